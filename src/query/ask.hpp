// `ask`: a question in plain English answered with the statements that answer it. The
// question's words are looked up as concepts (a word with its synonyms, or an entity named
// by its id, title or alias); statements are ranked by how much of the question they cover,
// weighted by how rare each concept is, then by BM25, with a lift for the kind of statement
// a cue asks for ("how much" wants a number). Every word list comes from vocabulary.yaml.
#pragma once

#include "search/search_index.hpp"

#include <string>
#include <string_view>
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

/// Answers `question` from `index` (built over `kb`) with at most `limit` statements.
AskResult ask(const model::KnowledgeBase& kb, const search::SearchIndex& index,
              std::string_view question, std::size_t limit);

/// `text` in lower case, split into words as the index splits them (an apostrophe splits
/// too: "china's" is "china", "s"), keeping numbers and currencies whole ("us$600", "3.7%").
std::vector<std::string> question_words(std::string_view text);

} // namespace aistrat::query
