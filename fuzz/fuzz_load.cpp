// libFuzzer target: bytes in as one knowledge file (or, after a "#schema" line, a schema),
// read against the built-in schema, checked, then rendered in one format. The built-in
// schema is loaded once, not per input; the format is chosen by the input's size (so that
// no byte of a YAML seed is spent on the choice), which spreads the formats over the
// corpus at the cost of one rendering per input. Anything but a diagnostic (a crash, a
// sanitizer report, an exception) is a finding.
#include "check/checker.hpp"
#include "load/entity_reader.hpp"
#include "load/kb_loader.hpp"
#include "load/schema_reader.hpp"
#include "load/yaml_tree.hpp"
#include "render/csv_renderer.hpp"
#include "render/data_writer.hpp"
#include "render/graph_writer.hpp"
#include "render/html_renderer.hpp"
#include "render/markdown_renderer.hpp"
#include "render/text_renderer.hpp"
#include "report/entity_data.hpp"
#include "report/entity_documents.hpp"
#include "report/graph.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <utility>
#include <vector>

using namespace aistrat;

namespace {

/// The built-in schema, loaded once: reloading it was most of the time per input.
const model::Schema& builtin_schema() {
    static const auto loaded = [] {
        auto result =
            std::make_unique<load::LoadResult>(load::load_folders({load::embedded_folder(true)}));
        if (!result->diagnostics.empty())
            std::abort(); // the built-in schema must load cleanly
        return result;
    }();
    return loaded->kb.schema();
}

enum Format { Text, Markdown, Html, Csv, Yaml, Json, Dot, Mermaid, Check, Formats };

void render_in(const model::KnowledgeBase& kb, const model::Diagnostics& diagnostics,
               Format format) {
    switch (format) {
    case Check:
        (void)render::render_yaml(report::check_data(kb, diagnostics));
        (void)report::check_summary(kb);
        return;
    case Dot:
        (void)render::render_dot(report::build_graph(kb, {}));
        return;
    case Mermaid:
        (void)render::render_mermaid(report::build_graph(kb, {}));
        return;
    default:
        break;
    }
    for (const auto& entity : kb.entities()) {
        // `export` is these entities under the schema, and the schema is the built-in one,
        // the same for every input: rendering it was a fifth of the time per input.
        if (format == Yaml || format == Json) {
            const auto data = report::show_data(kb, entity);
            (void)(format == Yaml ? render::render_yaml(data) : render::render_json(data));
            continue;
        }
        const auto doc = report::show_document(kb, entity);
        switch (format) {
        case Text:
            (void)render::render_text(doc, {40, true});
            break;
        case Markdown:
            (void)render::render_markdown(doc);
            break;
        case Html:
            (void)render::render_html(doc);
            break;
        default:
            (void)render::render_csv(doc);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const model::Schema& base = builtin_schema();
    const std::string text(reinterpret_cast<const char*>(data), size);
    const bool is_schema = text.starts_with("#schema\n");
    const std::string path = is_schema ? "fuzz/schema.yaml" : "fuzz/x.yaml";
    load::YamlParse parse = load::parse_yaml(path, text);
    model::Diagnostics diagnostics = std::move(parse.diagnostics);
    if (is_schema) {
        model::Schema schema = base;
        for (const auto& document : parse.documents)
            load::read_schema(document, schema, diagnostics);
        load::check_schema(schema, diagnostics);
        for (const auto& d : diagnostics)
            (void)model::format_diagnostic(d);
        return 0;
    }
    std::vector<model::Entity> entities;
    for (const auto& document : parse.documents)
        if (auto entity = load::read_entity(document, base, diagnostics)) {
            entity->folder = "fuzz";
            entities.push_back(std::move(*entity));
        }
    const std::size_t count = entities.size();
    const model::KnowledgeBase kb(base, std::move(entities), {{"fuzz", "--kb", count}});
    const auto checked = check::check_knowledge_base(kb);
    diagnostics.insert(diagnostics.end(), checked.begin(), checked.end());
    for (const auto& d : diagnostics)
        (void)model::format_diagnostic(d);
    render_in(kb, diagnostics, static_cast<Format>(size % Formats));
    return 0;
}
