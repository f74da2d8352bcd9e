// libFuzzer target for the parsers of user input: the first byte chooses one (a search
// query, a --where condition, a name to resolve); the rest is the input. Parsing only: what a
// parsed query finds is fuzz_ask's. The built-in knowledge is loaded once.
#include "load/kb_loader.hpp"
#include "query/filter.hpp"
#include "query/resolve.hpp"
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
    switch (data[0] % 3) {
    case 0:
        // A prefix (`educat*`) is expanded from the index's words, as `search` does.
        (void)query::parse_search_query(
            input, [&](std::string_view prefix) { return k.index.words_starting(prefix); });
        break;
    case 1: {
        const auto* kind = k.loaded.kb.schema().find_kind("opportunity");
        const auto parsed = query::parse_condition(k.loaded.kb, *kind, input);
        if (const auto* c = std::get_if<query::Condition>(&parsed))
            for (const auto* e : k.loaded.kb.of_kind("opportunity"))
                (void)query::matches(k.loaded.kb, *e, *c);
        break;
    }
    default:
        (void)query::resolve_entity(k.loaded.kb, nullptr, input);
        (void)query::resolve_kind(k.loaded.kb.schema(), input);
    }
    return 0;
}
