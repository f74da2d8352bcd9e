// Renders documents as GitHub-flavoured markdown, with every data value escaped.
#pragma once

#include "report/document.hpp"

#include <string>
#include <string_view>

namespace aistrat::render {

/// `text` escaped for inline markdown: punctuation that could start markup is
/// backslash-escaped, `&` becomes `&amp;`, newlines become spaces; `in_table` also
/// escapes `|`.
std::string escape_markdown(std::string_view text, bool in_table = false);

/// `doc` as GitHub-flavoured markdown.
std::string render_markdown(const report::Document& doc);

} // namespace aistrat::render
