// The search query language: words (stemmed), "phrases", prefix* words, AND / OR / NOT
// and parentheses, turned into a safe SQLite FTS5 expression. Nothing the user types
// reaches FTS5 unquoted.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace aistrat::query {

struct SearchQuery {
    std::string match;              ///< the FTS5 expression
    std::string any_words;          ///< an OR of every term not under NOT, for snippets
    std::vector<std::string> words; ///< the plain words not under NOT, for suggestions
};

/// The most terms (words, phrases, prefixes) a query may have, and the deepest its
/// parentheses may nest: enough for any query a person types, and a bound on the work a
/// query can cause (FTS5's own parser overflows at about a hundred levels).
constexpr std::size_t k_max_query_terms = 64;
/// The most words a query may stand for once each `prefix*` is replaced by the words that
/// start so (up to 64 each): what FTS5 weighs at every row, so a bound on its time (64
/// copies of `a*` took 98 s over 1,500 small entities).
constexpr std::size_t k_max_query_words = 256;
constexpr std::size_t k_max_query_depth = 16;

/// A malformed query, with the 0-based byte offset of the offending character.
struct QueryError {
    std::size_t position = 0;
    std::string message;
};

/// The words of the knowledge that start with a prefix, for `prefix*` terms.
using PrefixExpander = std::function<std::vector<std::string>(std::string_view prefix)>;

/// Parses `text`: terms side by side must all match (AND); `OR` and `NOT` (in capitals)
/// combine terms; `a NOT b` excludes; parentheses group. A `prefix*` term stands for the
/// words `expand` gives (the index stems what it stores, so "educat*" could not match
/// "education" by itself); without an expander, or when none start so, FTS5's own prefix
/// match is used.
std::variant<SearchQuery, QueryError> parse_search_query(std::string_view text,
                                                         const PrefixExpander& expand = {});

} // namespace aistrat::query
