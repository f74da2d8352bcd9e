// libFuzzer target for what a query finds: the first byte chooses a search query, parsed
// and run against the full-text index (with the suggestions for words that match nothing),
// or a question for `ask`; the rest is the input. The built-in knowledge, its index and the
// lexicon `ask` reads questions with are built once. Each input runs SQLite's FTS5, so this target
// is the slow one: the parsers alone are fuzz_query's.
#include "load/kb_loader.hpp"
#include "query/ask.hpp"
#include "query/search.hpp"
#include "query/search_query.hpp"
#include "search/search_index.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

using namespace aistrat;

namespace {
struct Knowledge {
    load::LoadResult loaded = load::load_folders({load::embedded_folder(false)});
    search::SearchIndex index{loaded.kb};
    query::Lexicon lexicon{loaded.kb};
};
const Knowledge& knowledge() {
    static const auto k = std::make_unique<Knowledge>();
    return *k;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    const auto& k = knowledge();
    const std::string input(reinterpret_cast<const char*>(data) + 1, size - 1);
    if (data[0] % 2 == 0) {
        const auto parsed = query::parse_search_query(
            input, [&](std::string_view prefix) { return k.index.words_starting(prefix); });
        if (const auto* q = std::get_if<query::SearchQuery>(&parsed))
            (void)query::run_search(k.index, *q, nullptr, 10);
    } else {
        (void)query::ask(k.lexicon, k.loaded.kb, k.index, input, 3);
    }
    return 0;
}
