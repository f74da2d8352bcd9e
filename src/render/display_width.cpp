// Display width and wrapping with utf8proc.
#include "render/display_width.hpp"

#include "model/marks.hpp"
#include "model/text.hpp"

#include <fmt/format.h>
#include <utf8proc.h>

namespace aistrat::render {

namespace {

/// Decodes one code point at `text[i]`; returns its length, or -1 with `cp` unset when
/// the bytes are not valid UTF-8.
utf8proc_ssize_t next(std::string_view text, std::size_t i, utf8proc_int32_t& cp) {
    return utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                            static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
}

int char_width(utf8proc_int32_t cp) {
    const int w = utf8proc_charwidth(cp);
    return w < 0 ? 1 : w;
}

/// The width of code point `cp` as display_width counts it: highlight marks take no room.
std::size_t counted_width(utf8proc_int32_t cp) {
    return cp == 0xE000 || cp == 0xE001 ? 0 : static_cast<std::size_t>(char_width(cp));
}

/// The length in bytes and the width of the grapheme cluster at `text[i]`; a byte that is not
/// UTF-8 is a cluster of its own, one column wide.
std::pair<std::size_t, std::size_t> next_cluster(std::string_view text, std::size_t i) {
    utf8proc_int32_t first = 0;
    const auto n = next(text, i, first);
    if (n <= 0)
        return {1, 1};
    std::size_t end = i + static_cast<std::size_t>(n);
    std::size_t width = counted_width(first);
    utf8proc_int32_t state = 0;
    utf8proc_int32_t previous = first;
    while (end < text.size()) {
        utf8proc_int32_t cp = 0;
        const auto m = next(text, end, cp);
        if (m <= 0 || utf8proc_grapheme_break_stateful(previous, cp, &state))
            break;
        width += counted_width(cp);
        end += static_cast<std::size_t>(m);
        previous = cp;
    }
    return {end - i, width};
}

} // namespace

std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();) {
        utf8proc_int32_t cp = 0;
        const auto n = next(text, i, cp);
        if (n <= 0) {
            width += 1;
            i += 1;
            continue;
        }
        if (cp != 0xE000 && cp != 0xE001) // highlight marks take no room
            width += static_cast<std::size_t>(char_width(cp));
        i += static_cast<std::size_t>(n);
    }
    return width;
}

std::string sanitize(std::string_view text) {
    // A tab has no width a table could count on.
    return model::neutralize(text, {.keep_tabs = false, .keep_newlines = true});
}

std::string clip_line(std::string text, std::size_t max) {
    if (text.size() <= max)
        return text;
    // The head says what and where; the tail, often the reason ("File name too long") after a
    // long path or value, is kept too.
    const auto at_start = [&](std::size_t i) {
        while (i > 0 && i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0U) == 0x80U)
            --i;
        return i;
    };
    const std::size_t head = at_start(max * 3 / 4);
    const std::size_t tail = at_start(text.size() - max / 4);
    return fmt::format("{}\u2026 ({} bytes left out) \u2026{}",
                       std::string_view(text).substr(0, head), tail - head,
                       std::string_view(text).substr(tail));
}

std::string sanitize_line(std::string_view text) {
    const std::string safe = sanitize(text);
    std::string out;
    out.reserve(safe.size());
    for (const char c : safe)
        out += c == '\n' ? std::string("\\x0a") : std::string(1, c);
    // What is shown on one line comes from outside the knowledge (a file or folder name, a
    // message): it carries no marks of ours, and must not pass for them in markup.
    model::replace_marks(out);
    return out;
}

std::vector<std::string> wrap(std::string_view text, std::size_t width, bool keep_links) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (true) {
        const auto end = text.find('\n', start);
        const std::string_view paragraph = text.substr(
            start, end == std::string_view::npos ? std::string_view::npos : end - start);
        if (width == 0) {
            lines.emplace_back(paragraph);
        } else {
            std::string line;
            std::size_t line_width = 0;
            std::size_t i = 0;
            while (i < paragraph.size()) {
                while (i < paragraph.size() && paragraph[i] == ' ')
                    ++i;
                if (i == paragraph.size())
                    break;
                auto word_end = paragraph.find(' ', i);
                if (word_end == std::string_view::npos)
                    word_end = paragraph.size();
                std::string_view word = paragraph.substr(i, word_end - i);
                i = word_end;
                std::size_t word_width = display_width(word);
                if (line_width > 0 && line_width + 1 + word_width <= width) {
                    line += ' ';
                    line += word;
                    line_width += 1 + word_width;
                    continue;
                }
                if (line_width > 0) {
                    lines.push_back(std::move(line));
                    line.clear();
                    line_width = 0;
                }
                // Split a word wider than the line, between characters as a reader sees them
                // (grapheme clusters): a letter keeps its accents, a Hangul syllable written
                // in conjoining jamo and an emoji sequence stay whole.
                const bool whole = keep_links && word.find("://") != std::string_view::npos;
                while (word_width > width && !whole) {
                    std::size_t taken = 0;
                    std::size_t taken_width = 0;
                    while (taken < word.size()) {
                        const auto [len, w] = next_cluster(word, taken);
                        if (taken_width + w > width && taken > 0)
                            break;
                        taken += len;
                        taken_width += w;
                    }
                    if (taken == word.size()) // one character wider than the line: the line
                        break;
                    lines.emplace_back(word.substr(0, taken));
                    word = word.substr(taken);
                    // What is left, without measuring it again: linear in the word's length
                    // (measuring each rest made a long unbroken run quadratic).
                    word_width -= taken_width;
                }
                line = std::string(word);
                line_width = word_width;
            }
            lines.push_back(std::move(line));
        }
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    return lines;
}

} // namespace aistrat::render
