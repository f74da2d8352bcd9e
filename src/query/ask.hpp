// `ask`: a question in plain English answered with the statements that answer it. The
// question's words are looked up as concepts (a word with its synonyms, or an entity named
// by its id, title or alias); statements are ranked by how much of the question they cover,
// weighted by how rare each concept is, then by BM25, with a lift for the kind of statement
// a cue asks for ("how much" wants a number). Every word list comes from vocabulary.yaml.
#pragma once

#include "model/text.hpp"
#include "model/vocabulary.hpp"
#include "search/search_index.hpp"

#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace aistrat::query {

struct Answer {
    std::size_t statement = 0; ///< index into the index's statements (a list: its first item)
    double score = 0;          ///< higher is better; 1 is about a full match
    /// How much of what the question asks this answer covers, 0 to 1: the weight of the
    /// concepts it holds over the weight of all the question's concepts, those the knowledge
    /// never uses included.
    double coverage = 0;
    /// A list answer: every item of the list, in the knowledge's order, as statements (the
    /// title of each entity of a kind, or each item of a list field). Empty for one statement.
    std::vector<std::size_t> items;
    /// For each item, the statement that puts it in the list and says on what it rests: the
    /// item itself, or the link between it and the entity the question names (which may be
    /// implied or our reading).
    std::vector<std::size_t> support;
    /// What a list answer lists: the kind's plural ("pillars") or the field ("activities").
    std::string list;
    /// Whose list it is: the entity a field list belongs to, or the one a kind list is
    /// linked to; null for every entity of a kind.
    const model::Entity* owner = nullptr;
    /// A source answer, to a question that asks which source says something: `statement` is
    /// the source's title, and this holds the one answer whose statement (or a list's
    /// items) cites it. Empty for any other answer.
    std::vector<Answer> cited_for;
};

/// The statements an answer rests on: a list's supports (or its items), else its statement.
std::vector<std::size_t> resting_on(const Answer& answer);

struct AskResult {
    std::vector<Answer> answers;       ///< best first
    std::vector<std::string> concepts; ///< what was looked up, as FTS5 expressions
    /// What the cues asked for: number, date, link, name, source.
    std::vector<std::string> prefers;
    std::vector<std::string> fields; ///< the fields the question asks for, as KIND.FIELD
    /// True when the best answer answers: no name of the question is missing from the
    /// knowledge, the best answer covers at least `k_min_coverage` of the question (a figure for
    /// a question that asks only for a number, `k_min_number_coverage`), and, when
    /// the cues ask only for a number or a date, it holds a digit (or is a list). A source
    /// answer answers as the answer it is cited for does.
    bool answered = false;
    /// Names in the question (capitalised words, acronyms) that occur nowhere in the
    /// knowledge, as the question spells them: "Taiwan", "United States".
    std::vector<std::string> unmatched;
    /// A field the question asks for by name (its `asks:` phrases, as "who wrote" asks for a
    /// source's author) that none of the entities it could come from holds: those of the
    /// field's kind that the question names, else, when it names none of any kind, every
    /// one of the kind (`entities` empty).
    /// When every field the question asks for is so, the question is not answered.
    struct NotGiven {
        std::string kind;
        std::string field;
        std::vector<const model::Entity*> entities;
    };
    std::vector<NotGiven> not_given;
};

/// The least coverage (see Answer::coverage) of a best answer that `ask` calls an answer.
constexpr double k_min_coverage = 0.4;
/// The least coverage of a best answer that is a figure, to a question that asks only for a
/// number ("how much", "how many"): a figure is a precise claim, and one about something
/// else misleads most.
constexpr double k_min_number_coverage = 0.55;

/// The most words a question may have: a bound on the work one question causes (the
/// lookups grow faster than the words). `ask` reads only the first ones of a longer one.
constexpr std::size_t k_max_question_words = 64;

/// What a question is matched against, as question words: every name of every entity (id,
/// title, aliases), the synonym groups, the cue phrases and the stop words. Built once per
/// knowledge base; the names and synonyms are found by their first word, so reading a
/// question costs what its words match, not what the knowledge holds.
class Lexicon {
public:
    explicit Lexicon(const model::KnowledgeBase& kb);

    struct Name {
        std::vector<std::string> words;
        const model::Entity* entity = nullptr;
    };
    struct Phrase {
        std::vector<std::string> words;
        std::size_t group = 0; ///< index into synonyms()
    };
    struct Cue {
        std::vector<std::string> words;
        model::Preference prefer{};
        bool also_concept = false; ///< looked up as well (see model::Cue)
    };

    /// The names whose first word is `word`, in the knowledge's order.
    const std::vector<Name>& names_from(const std::string& word) const;
    /// The synonym phrases whose first word is `word`, in vocabulary order.
    const std::vector<Phrase>& phrases_from(const std::string& word) const;
    /// Each synonym group's phrases as words.
    const std::vector<std::vector<std::vector<std::string>>>& synonyms() const {
        return m_synonyms;
    }
    const std::vector<Cue>& cues() const { return m_cues; }
    struct ListName {
        std::vector<std::string> words;
        const model::KindDef* kind = nullptr;
        std::string field; ///< a list field of `kind`; empty: the kind itself, in the plural
    };
    struct Ask {
        std::vector<std::string> words;
        std::string kind;
        std::string field;
    };
    /// The question phrases fields answer (`asks:` in the schema), longest first.
    const std::vector<Ask>& asks() const { return m_asks; }
    /// The plural names of kinds ("pillars", "priority areas") and the names of list fields
    /// ("activities", "data sources") whose first word is `word`.
    const std::vector<ListName>& lists_from(const std::string& word) const;
    bool is_stop_word(const std::string& word) const { return m_stop.count(word) != 0; }

private:
    std::set<std::string> m_stop;
    std::unordered_map<std::string, std::vector<Name>> m_names;
    std::vector<std::vector<std::vector<std::string>>> m_synonyms;
    std::unordered_map<std::string, std::vector<Phrase>> m_phrases;
    std::vector<Cue> m_cues;
    std::unordered_map<std::string, std::vector<ListName>> m_lists;
    std::vector<Ask> m_asks;
};

/// Answers `question` from `index` (built over `kb`) with at most `limit` statements.
AskResult ask(const model::KnowledgeBase& kb, const search::SearchIndex& index,
              std::string_view question, std::size_t limit);

/// The same with the knowledge's lexicon built beforehand (for many questions).
AskResult ask(const Lexicon& lexicon, const model::KnowledgeBase& kb,
              const search::SearchIndex& index, std::string_view question, std::size_t limit);

/// How a question is split into words (model/text.hpp): the vocabulary checks its words
/// against the same rule.
using model::question_words;

} // namespace aistrat::query
