// Writes a graph as Graphviz DOT or as a Mermaid flowchart, every label escaped.
#pragma once

#include "report/graph.hpp"

#include <string>
#include <string_view>

namespace aistrat::render {

/// `text` as a DOT double-quoted string (quotes and backslashes escaped, newlines as \n),
/// cut to 1 KiB with an ellipsis, well below Graphviz's 16 KiB limit.
std::string dot_string(std::string_view text);

/// `text` as a Mermaid quoted label (quotes, <, >, & and # as entity codes).
std::string mermaid_label(std::string_view text);

std::string render_dot(const report::Graph& graph);
std::string render_mermaid(const report::Graph& graph);

} // namespace aistrat::render
