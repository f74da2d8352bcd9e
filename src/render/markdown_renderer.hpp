// Renders documents as GitHub-flavoured markdown, with every data value escaped.
#pragma once

#include "report/document.hpp"

#include <string>
#include <string_view>

namespace aistrat::render {

/// Where escaped text stands, which decides what could change its rendering.
enum class MarkdownPlace {
    Block,   ///< at the start of a paragraph or a list item's line: `- `, `1. `, `#`, `>` too
    Inline,  ///< after other markup on its line (a field's label or value)
    Heading, ///< an ATX heading's text: a trailing `#` run too
    Cell,    ///< a table cell: `|` too
};

/// `text` escaped for markdown that reads as written: only what would change the rendering
/// is escaped (emphasis and code marks, a `[` that could open a link, a `<` that could open
/// a tag, an `&` that would read as an entity, `_` outside a word, and the markers of
/// `place`), so that "R&D" and "[1: intro/1]" stay as they are; newlines become spaces.
/// cmark-gfm and pandoc render it as they render the text fully escaped.
/// With `pandoc`, also what pandoc's own markdown reads as markup: `@` (a citation), `^`,
/// `$`, braces, a `-` beside another (a smart dash), and `:` or `|` starting a block.
std::string escape_markdown(std::string_view text, MarkdownPlace place = MarkdownPlace::Block,
                            bool pandoc = false);

/// `doc` as GitHub-flavoured markdown.
std::string render_markdown(const report::Document& doc);

/// `text` with its highlight marks (model::k_highlight_start/end) as strong emphasis, `**`,
/// where CommonMark reads them so (flanking the text), else left out; two side by side are
/// one.
std::string strong_highlights(std::string_view text);

} // namespace aistrat::render
