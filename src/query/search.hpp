// `search`: entities ranked by BM25 for a parsed query, with suggestions when none match.
#pragma once

#include "query/search_query.hpp"
#include "search/search_index.hpp"

#include <string>
#include <vector>

namespace aistrat::query {

struct SearchResult {
    std::vector<search::EntityHit> hits;  ///< best first, at most the limit
    std::size_t total = 0;                ///< matches before the limit
    std::vector<std::string> suggestions; ///< for words that match nothing, when no hits
};

/// Runs `query` over `index`, keeping entities of `kind` (every kind when null), at most
/// `limit` (0: all).
SearchResult run_search(const search::SearchIndex& index, const SearchQuery& query,
                        const model::KindDef* kind, std::size_t limit);

} // namespace aistrat::query
