// Renders documents as GitHub-flavoured markdown, with every data value escaped.
#pragma once

#include "report/document.hpp"

#include <string>
#include <string_view>

namespace aistrat::render {

/// `text` escaped for inline markdown, in a paragraph or a table cell alike: punctuation
/// that could start markup (and `|`) is backslash-escaped, `&` becomes `&amp;`, newlines
/// become spaces.
std::string escape_markdown(std::string_view text);

/// `doc` as GitHub-flavoured markdown.
std::string render_markdown(const report::Document& doc);

} // namespace aistrat::render
