// Renders a document as one standalone HTML page: embedded CSS, no external requests,
// readable on screen and in print, every value escaped.
#pragma once

#include "report/document.hpp"

#include <string>
#include <string_view>

namespace aistrat::render {

/// `text` with &, <, >, " and ' as character references, control characters escaped and
/// highlight marks as <mark> elements.
std::string escape_html(std::string_view text);

/// `doc` as an HTML5 page; its first heading is the page's title.
std::string render_html(const report::Document& doc);

} // namespace aistrat::render
