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
    std::size_t statement = 0; ///< index into the index's statements
    double score = 0;          ///< higher is better; 1 is about a full match
};

struct AskResult {
    std::vector<Answer> answers;       ///< best first
    std::vector<std::string> concepts; ///< what was looked up, as FTS5 expressions
    std::vector<std::string> prefers;  ///< what the cues asked for: number, date, link
};

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
    bool is_stop_word(const std::string& word) const { return m_stop.count(word) != 0; }

private:
    std::set<std::string> m_stop;
    std::unordered_map<std::string, std::vector<Name>> m_names;
    std::vector<std::vector<std::vector<std::string>>> m_synonyms;
    std::unordered_map<std::string, std::vector<Phrase>> m_phrases;
    std::vector<Cue> m_cues;
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
