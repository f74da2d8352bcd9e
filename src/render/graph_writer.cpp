// DOT and Mermaid writers; nodes filled by kind from one palette, with a legend.
#include "render/graph_writer.hpp"

#include "render/display_width.hpp"
#include "report/entity_documents.hpp"

#include <fmt/format.h>

#include <array>

namespace aistrat::render {

namespace {

constexpr std::array<const char*, 12> k_palette{"#cfe3ff", "#ffe3b3", "#d6f5d6", "#f7d6e6",
                                                "#e6dcff", "#fff3b0", "#d0f0f0", "#f2d9c4",
                                                "#e0e0e0", "#c8e6c9", "#ffcdd2", "#d1c4e9"};

const char* colour(std::size_t kind_index) {
    return k_palette[kind_index % k_palette.size()];
}

} // namespace

std::string dot_string(std::string_view raw) {
    // Graphviz refuses labels of 16 KiB and more: a label is cut well below that.
    constexpr std::size_t k_max = 1024;
    std::string text = sanitize(raw.substr(0, k_max));
    if (raw.size() > k_max) {
        while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80)
            text.pop_back(); // no half character
        if (!text.empty() && static_cast<unsigned char>(text.back()) >= 0xC0)
            text.pop_back();
        text += "…";
    }
    std::string out = "\"";
    for (char c : text) {
        // Graphviz reads "&amp;", "&lt;" or "&#65;" in a label as the character it names.
        if (c == '&') {
            out += "&amp;";
            continue;
        }
        if (c == '"' || c == '\\')
            out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out + "\"";
}

std::string mermaid_label(std::string_view raw) {
    const std::string text = sanitize(raw);
    std::string out = "\"";
    for (char c : text) {
        switch (c) {
        case '"':
            out += "#quot;";
            break;
        case '<':
            out += "#lt;";
            break;
        case '>':
            out += "#gt;";
            break;
        case '&':
            out += "#amp;";
            break;
        case '#':
            out += "#35;";
            break;
        // Mermaid reads a directive (%%{init: ...}%%) anywhere in the text and a label in
        // backticks as markdown: the data must not configure or format the reader's diagram.
        case '%':
            out += "#37;";
            break;
        case '{':
            out += "#123;";
            break;
        case '}':
            out += "#125;";
            break;
        case '`':
            out += "#96;";
            break;
        case '\n':
            out += ' ';
            break;
        default:
            out += c;
        }
    }
    return out + "\"";
}

std::string render_dot(const report::Graph& graph) {
    std::string out = "digraph aistrat {\n"
                      "  graph [rankdir=LR, fontname=\"Helvetica\", overlap=false];\n"
                      "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n"
                      "  edge [fontname=\"Helvetica\", fontsize=10, color=\"#555555\"];\n";
    for (const auto& node : graph.nodes) {
        const auto& e = *node.entity;
        out += fmt::format("  {} [label={}, fillcolor=\"{}\", tooltip={}];\n",
                           dot_string(e.kind + ":" + e.id), dot_string(e.title),
                           colour(node.kind_index), dot_string(e.kind));
    }
    bool unstated = false;
    for (const auto& edge : graph.edges) {
        const auto& from = *graph.nodes[edge.from].entity;
        const auto& to = *graph.nodes[edge.to].entity;
        unstated = unstated || edge.basis != model::Basis::Stated;
        out += fmt::format("  {} -> {} [label={}{}];\n", dot_string(from.kind + ":" + from.id),
                           dot_string(to.kind + ":" + to.id),
                           dot_string(edge.relation + std::string(report::basis_mark(edge.basis))),
                           edge.basis == model::Basis::Implied          ? ", style=dashed"
                           : edge.basis == model::Basis::Interpretation ? ", style=dotted"
                                                                        : "");
    }
    // What the lines mean, under the graph, when not every link is one a source states.
    if (unstated)
        out += "  label=\"links: solid, a source states it; dashed (implied), it follows from a "
               "source's framing; dotted (our reading), no source states it\";\n"
               "  labelloc=b;\n";
    // A legend: one box per kind that appears.
    std::vector<bool> shown(graph.kinds.size(), false);
    for (const auto& node : graph.nodes)
        shown[node.kind_index] = true;
    out += "  subgraph cluster_legend {\n    label=\"kinds\"; style=dashed;\n";
    for (std::size_t k = 0; k < graph.kinds.size(); ++k)
        if (shown[k])
            out += fmt::format("    {} [label={}, fillcolor=\"{}\"];\n",
                               dot_string("legend:" + graph.kinds[k]), dot_string(graph.kinds[k]),
                               colour(k));
    out += "  }\n}\n";
    return out;
}

std::string render_mermaid(const report::Graph& graph) {
    std::string out = "flowchart LR\n";
    for (std::size_t i = 0; i < graph.nodes.size(); ++i)
        out += fmt::format("  n{}[{}]\n", i, mermaid_label(graph.nodes[i].entity->title));
    // A link no source states is dotted, and its label says why.
    for (const auto& edge : graph.edges)
        out += fmt::format(
            "  n{} {}|{}| n{}\n", edge.from, edge.basis == model::Basis::Stated ? "-->" : "-.->",
            mermaid_label(edge.relation + std::string(report::basis_mark(edge.basis))), edge.to);
    for (std::size_t k = 0; k < graph.kinds.size(); ++k) {
        std::string members;
        for (std::size_t i = 0; i < graph.nodes.size(); ++i)
            if (graph.nodes[i].kind_index == k)
                members += (members.empty() ? "n" : ",n") + std::to_string(i);
        if (members.empty())
            continue;
        out += fmt::format("  classDef kind{} fill:{},stroke:#555555\n", k, colour(k));
        out += fmt::format("  class {} kind{}\n", members, k);
    }
    return out;
}

} // namespace aistrat::render
