// Terminal text measured in columns: display width of UTF-8 (wide CJK characters count
// two), word wrapping by width, and neutralising control characters from untrusted data.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace aistrat::render {

/// The number of terminal columns `text` takes (invalid UTF-8 bytes count one each).
std::size_t display_width(std::string_view text);

/// `text` with control characters (C0 but tab and newline, DEL, C1) and invisible format
/// characters (bidi overrides, zero-width spaces) shown as `\xNN` or `\u{NN}`, tabs as
/// spaces and invalid UTF-8 replaced by U+FFFD, so that data cannot drive or deceive a
/// terminal: model::neutralize, the one rule every output format applies.
std::string sanitize(std::string_view text);

/// `sanitize`, with newlines shown as `\x0a` too: for what must stay one line, such as a
/// diagnostic whose file name holds a newline (it could otherwise forge a line of its own).
/// The marks of aistrat's own output (U+E000 to U+E005, model/marks.hpp) become U+FFFD.
std::string sanitize_line(std::string_view text);

/// A message line cut to about `max` bytes (at characters' starts): its first three quarters
/// and its last quarter, with "… (N bytes left out) …" between them. A value quoted in an error
/// (a 100,000-digit number, a list of 8,000 kinds) does not fill the terminal, and the end of
/// the line, often the reason after a long path, is kept.
std::string clip_line(std::string text, std::size_t max = 1000);

/// `text` broken into lines of at most `width` columns at spaces; words longer than
/// `width` are split, except, with `keep_links`, a web address (a word holding "://"),
/// which gets a line of its own however long: a split address cannot be followed or copied.
/// A `width` of 0 means no limit. Newlines in `text` are kept.
std::vector<std::string> wrap(std::string_view text, std::size_t width, bool keep_links = false);

} // namespace aistrat::render
