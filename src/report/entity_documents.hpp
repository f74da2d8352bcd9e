// Documents for the core commands: list, show, kinds and the check summary.
#pragma once

#include "model/knowledge_base.hpp"
#include "query/filter.hpp"
#include "report/document.hpp"

#include <map>
#include <string_view>
#include <utility>
#include <vector>

namespace aistrat::report {

/// The numbered references of one entity's view (`show`, the profile report): its own sources
/// first (numbered 1 to n), then each citation a statement makes, numbered as first met.
class EntityReferences {
public:
    EntityReferences(const model::KnowledgeBase& kb, const model::Entity& entity);

    /// The marks a statement with `support` carries: " [7, 8]" for its own citations, and
    /// " (implied)" or " (our reading)" for its basis; empty for a plain one. The citations
    /// are kept by address: `support` must be the knowledge's, not a temporary.
    std::string marks(const model::Support& support);
    /// " [7, 8]" for `citations`, kept by address as `marks` keeps them.
    std::string cites(const std::vector<model::Citation>& citations);

    /// The Sources section: a note on the marks when a statement carried one, then the list
    /// (source, locator, title, publisher, address).
    void add_to(Document& doc) const;

private:
    std::size_t number(const model::Citation& citation);

    const model::KnowledgeBase& m_kb;
    std::vector<const model::Citation*> m_items;
    /// Each (source, locator) cited so far and its number: one entity may cite thousands.
    std::map<std::pair<std::string_view, std::string_view>, std::size_t> m_numbers;
    std::size_t m_defaults = 0;
    bool m_marked = false;
};

/// A table of `entities` (all of `kind`) with one column per field of `columns`.
Document list_document(const model::KnowledgeBase& kb, const model::KindDef& kind,
                       const std::vector<const model::Entity*>& entities,
                       const std::vector<query::FieldRef>& columns);

/// Everything about `entity`: fields, links both ways, sources.
Document show_document(const model::KnowledgeBase& kb, const model::Entity& entity);

/// The kinds with their counts, fields and relations.
Document kinds_document(const model::KnowledgeBase& kb);

/// The one-line summary `check` prints on success: entities per kind.
std::string check_summary(const model::KnowledgeBase& kb);

/// The items of a list as one cell, joined with "; ": an item that holds a ';' or starts with
/// a '"' is quoted as CSV quotes a cell (`"a; b"; c`), so that the items can be told apart.
std::string items_cell(const std::vector<std::string>& items);

/// The columns of `show`'s links for programs (CSV): relation, kind, id, title, basis, sources.
const std::vector<std::string>& link_data_columns();

/// Citations as one cell for programs (CSV): each source's id and locator, as in
/// "article intro/1; wikipedia-bssn", joined with "; ".
std::string citations_cell(const std::vector<model::Citation>& citations);

/// What a statement's text adds for its basis, wherever it is shown: nothing when a source
/// states it, " (implied)" or " (our reading)".
std::string_view basis_mark(model::Basis basis);

} // namespace aistrat::report
