// Renders documents as plain text for a terminal or a pipe.
#pragma once

#include "report/document.hpp"

#include <string>

namespace aistrat::render {

struct TextOptions {
    std::size_t width = 0; ///< columns to fit; 0 means no limit (a pipe without COLUMNS)
    bool bold = false; ///< headings, table headers and highlights in bold (a terminal); else plain
};

/// `doc` as text: tables aligned by display width and fitted to `options.width` by
/// wrapping their widest cells; every value passed through `sanitize`.
std::string render_text(const report::Document& doc, const TextOptions& options);

} // namespace aistrat::render
