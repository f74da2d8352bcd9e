// libFuzzer target: Mustache templates (`--template`). The first byte chooses the data the
// template is rendered over (a small hand-made value, one entity as `show` gives it, a
// kind's `list`, or the whole built-in knowledge as `export` gives it); the rest is the
// template. The built-in knowledge and the data are built, and converted for the template
// engine, once. A template's syntax error
// is an answer; a crash, a sanitizer report, an exception, a hang or unbounded memory is a
// finding.
#include "load/kb_loader.hpp"
#include "render/template_renderer.hpp"
#include "report/entity_data.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

using namespace aistrat;

namespace {

struct Data {
    std::vector<render::TemplateData> choices;
};

const Data& data() {
    static const auto made = [] {
        auto d = std::make_unique<Data>();
        const auto loaded = load::load_folders({load::embedded_folder(false)});
        const auto& kb = loaded.kb;
        if (kb.entities().empty())
            std::abort(); // the built-in knowledge must load
        d->choices.emplace_back(nlohmann::ordered_json::parse(R"({
            "schema_version": 1, "kind": "opportunity", "title": "A <b>&\"title\"",
            "empty": "", "zero": 0, "pi": 3.14159, "big": 9223372036854775807, "yes": true,
            "no": false, "none": null, "list": ["a", "b", ["c", {"d": "e"}], [], {}],
            "entities": [{"id": "x", "number": 1, "tags": ["t"], "pillar": ["p", "q"]},
                         {"id": "y", "number": 2, "tags": [], "links": {"supports": ["x"]}}],
            "nested": {"a": {"b": {"c": "deep", "list": [1, 2, 3]}}}
        })"));
        d->choices.emplace_back(report::show_data(kb, kb.entities().front()));
        const auto* kind = kb.schema().find_kind(kb.entities().front().kind);
        const auto of_kind = kb.of_kind(kind->name);
        d->choices.emplace_back(report::list_data(kb, *kind, {of_kind.begin(), of_kind.end()}));
        d->choices.emplace_back(report::export_data(kb));
        return d;
    }();
    return *made;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    if (size == 0)
        return 0;
    const auto& d = data();
    const std::string templ(reinterpret_cast<const char*>(bytes) + 1, size - 1);
    // Limits a hundredth of the product's: the same checks, reached in milliseconds rather
    // than the seconds a render at the real step limit takes (the long runs had slowed to a
    // few hundred inputs a second on such templates).
    render::TemplateLimits limits;
    limits.steps = render::k_max_template_steps / 100;
    limits.output = render::k_max_template_output / 100;
    (void)render::render_template(templ, d.choices[bytes[0] % d.choices.size()], limits);
    return 0;
}
