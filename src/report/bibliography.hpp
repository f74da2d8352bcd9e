// The sources as references a citation tool reads: the fields of each source mapped to the
// CSL data model (the one pandoc's citeproc, Zotero and biber's CSL styles share).
#pragma once

#include "model/knowledge_base.hpp"

#include <string>
#include <vector>

namespace aistrat::report {

/// A publication date, as precise as the source says: a year, a month or a day (0 where
/// the source does not say).
struct DateParts {
    int year = 0;
    int month = 0;
    int day = 0;
};

/// One source as a reference. `type` is a CSL item type: `article-newspaper` (news, opinion
/// and analysis articles, interviews: the publisher is the container), `entry-encyclopedia`
/// (the publisher is the encyclopedia), `report`, or `webpage` for anything else.
struct Reference {
    std::string id;
    std::string type;
    std::string title;
    std::string author;    ///< the `author` field as written: one name, read literally
    std::string publisher; ///< empty when `container` holds it
    std::string container; ///< the newspaper or encyclopedia, for those types
    std::string url;
    DateParts issued;          ///< year 0: not a date we can read (see `issued_text`)
    std::string issued_text;   ///< the `published` field as written
    std::string language;      ///< as the source's `language` field says it
    std::string language_code; ///< its BCP 47 code where we know the name; empty otherwise
    std::string note;          ///< where the knowledge was read from a copy, that copy
};

/// `sources` (entities of the schema's citation kind) as references, in the order given.
std::vector<Reference> references(const std::vector<const model::Entity*>& sources);

/// Every source of `kb`, in id order.
std::vector<const model::Entity*> all_sources(const model::KnowledgeBase& kb);

} // namespace aistrat::report
