// libFuzzer target: bytes in as a knowledge file (or, after a "#schema" line, a schema),
// loaded beside the built-in schema, checked, then rendered in every format. Anything but
// a diagnostic (a crash, a sanitizer report, an exception) is a finding.
#include "check/checker.hpp"
#include "load/kb_loader.hpp"
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
#include <string>

using namespace aistrat;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    const bool schema = text.starts_with("#schema\n");
    load::Folder folder{"fuzz", "--kb", {{schema ? "schema.yaml" : "x.yaml", "fuzz/x.yaml", text}}};
    const auto loaded = load::load_folders({load::embedded_folder(true), folder});
    const auto diagnostics = check::check_knowledge_base(loaded.kb);
    for (const auto& d : diagnostics)
        (void)model::format_diagnostic(d);
    for (const auto& entity : loaded.kb.entities()) {
        const auto doc = report::show_document(loaded.kb, entity);
        (void)render::render_text(doc, {40, true});
        (void)render::render_markdown(doc);
        (void)render::render_html(doc);
        (void)render::render_csv(doc);
        (void)render::render_yaml(report::show_data(loaded.kb, entity));
    }
    (void)render::render_json(report::export_data(loaded.kb));
    const auto graph = report::build_graph(loaded.kb, {});
    (void)render::render_dot(graph);
    (void)render::render_mermaid(graph);
    return 0;
}
