// The code points aistrat reserves for marks in its own output (U+E000 to U+E005: highlights
// and citations, model/text.hpp), kept out of the text that comes in.
#pragma once

#include <cstddef>
#include <string>

namespace aistrat::model {

/// Replaces each of U+E000 to U+E005 in `text` with U+FFFD, so that text from outside
/// (knowledge files, a source's text, a question, a query) cannot pass for the marks the
/// renderers turn into markup: a link, a citation, bold. Returns how many it replaced.
std::size_t replace_marks(std::string& text);

} // namespace aistrat::model
