// Entity search with kind filter, limit and did-you-mean.
#include "query/search.hpp"

#include "model/text.hpp"

#include <algorithm>

namespace aistrat::query {

SearchResult run_search(const search::SearchIndex& index, const SearchQuery& query,
                        const model::KindDef* kind, std::size_t limit) {
    SearchResult out;
    auto hits = index.search_entities(query.match, query.any_words);
    // Sources are about documents; what a user looks for is usually the thing itself, so a
    // source ranks a little below an entity that matches as well.
    const std::string& citation_kind = index.knowledge().schema().citation_kind;
    for (auto& hit : hits)
        if (hit.entity->kind == citation_kind)
            hit.score *= 0.85;
    std::stable_sort(hits.begin(), hits.end(),
                     [](const auto& a, const auto& b) { return a.score > b.score; });
    for (auto& hit : hits) {
        if (kind != nullptr && hit.entity->kind != kind->name)
            continue;
        ++out.total;
        if (limit == 0 || out.hits.size() < limit)
            out.hits.push_back(std::move(hit));
    }
    index.describe(out.hits, query.any_words);
    if (!out.hits.empty())
        return out;
    // Suggestions for the first few words that match nothing: each one is compared with the
    // whole vocabulary, which a large knowledge base makes long (1.6 million words: 0.3 s).
    constexpr std::size_t k_max_suggested_words = 4;
    std::size_t suggested = 0;
    for (const auto& word : query.words) {
        if (suggested == k_max_suggested_words)
            break;
        if (index.count_entities(search::fts_quote(word)) > 0)
            continue;
        ++suggested;
        for (const auto& suggestion : model::closest(word, index.words()))
            if (std::find(out.suggestions.begin(), out.suggestions.end(), suggestion) ==
                out.suggestions.end())
                out.suggestions.push_back(suggestion);
    }
    return out;
}

} // namespace aistrat::query
