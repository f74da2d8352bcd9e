// Finding web addresses in prose: where one starts and ends.
#include "render/links.hpp"

#include "model/text.hpp"

#include <algorithm>

namespace aistrat::render {

namespace {

/// A search highlight mark at `text[i]`: its length, else 0.
std::size_t mark_at(std::string_view text, std::size_t i) {
    for (const auto mark : {model::k_highlight_start, model::k_highlight_end})
        if (text.compare(i, mark.size(), mark) == 0)
            return mark.size();
    return 0;
}

/// Spaces and punctuation beyond ASCII that end an address written in prose: no-break and
/// other spaces, guillemets, curly quotes, the ellipsis, CJK and full-width punctuation.
bool ends_address(char32_t cp) {
    if (model::is_space_separator(cp))
        return true;
    switch (cp) {
    case 0x00AB:
    case 0x00BB:
    case 0x2026:
    case 0x2039:
    case 0x203A:
    case 0xFF01:
    case 0xFF08:
    case 0xFF09:
    case 0xFF0C:
    case 0xFF0E:
    case 0xFF1A:
    case 0xFF1B:
    case 0xFF1F:
    case 0xFFFD:
        return true;
    default:
        return (cp >= 0x2018 && cp <= 0x201F) || (cp >= 0x3001 && cp <= 0x3003) ||
               (cp >= 0x3008 && cp <= 0x3011) || (cp >= 0x3014 && cp <= 0x301F) ||
               (cp >= 0xFF3B && cp <= 0xFF3D) || (cp >= 0xFF5B && cp <= 0xFF65);
    }
}

/// ASCII that ends an address: a blank, a character that would end or break the markup
/// around it (<, >, quotes, backtick, |), and a backslash (never in an address as it is; an
/// escaped control character, \u{200b}, starts with one). In a text that is one address, an
/// apostrophe is part of it.
bool ends_address_ascii(unsigned char byte, bool whole) {
    return byte < 0x20 || byte == 0x7F ||
           std::string_view(whole ? " <>\"`|\\" : " <>\"'`|\\").find(static_cast<char>(byte)) !=
               std::string_view::npos;
}

/// Whether an address may start right after what comes before `text[at]` (highlight marks
/// aside): the start of the text, a blank, an opening bracket or a quote.
bool may_start_after(std::string_view text, std::size_t at) {
    // Step back over highlight marks (three bytes each).
    while (at >= 3 && mark_at(text, at - 3) != 0)
        at -= 3;
    if (at == 0)
        return true;
    const auto last = static_cast<unsigned char>(text[at - 1]);
    if (last < 0x80)
        return std::string_view(" \t\n(\"'<").find(static_cast<char>(last)) !=
               std::string_view::npos;
    std::size_t start = at - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0U) == 0x80U &&
           at - start < 4)
        --start;
    char32_t cp = 0;
    // Not after an ellipsis: a snippet cut there, perhaps inside a longer address.
    return model::decode_utf8(text, start, cp) == at - start && ends_address(cp) && cp != 0x2026;
}

} // namespace

std::size_t url_length(std::string_view text, std::size_t at, ScanMemo* memo) {
    const std::string_view rest = text.substr(at);
    // The scheme, read past highlight marks (a search for "https" marks it).
    const auto scheme_of = [&](std::string_view prefix) {
        std::size_t i = 0;
        for (const char c : prefix) {
            while (mark_at(rest, i) != 0)
                i += 3;
            if (i >= rest.size() || rest[i] != c)
                return false;
            ++i;
        }
        return true;
    };
    const std::size_t scheme = scheme_of("https://") ? 8 : scheme_of("http://") ? 7 : 0;
    if (scheme == 0)
        return 0;
    if (!may_start_after(text, at))
        return 0;
    // The address runs to the first character that ends it (highlight marks aside). Where it
    // ends does not depend on where it starts: the memo of the last run serves every start
    // inside it, so that a text of many starts in one long run, each rejected ("(https://a"
    // again and again, then an ellipsis), is read once, not once a start.
    const auto run = [&](bool whole) {
        if (memo != nullptr && memo->valid && memo->whole == whole && memo->from <= at &&
            at <= memo->to)
            return memo->to - at;
        std::size_t end = 0;
        while (end < rest.size()) {
            if (const std::size_t mark = mark_at(rest, end); mark != 0) {
                end += mark;
                continue;
            }
            const auto byte = static_cast<unsigned char>(rest[end]);
            if (byte < 0x80) {
                if (ends_address_ascii(byte, whole))
                    break;
                ++end;
                continue;
            }
            char32_t cp = 0;
            const std::size_t length = model::decode_utf8(rest, end, cp);
            // In angle brackets, or as a whole text, only a space ends it: full-width
            // brackets and curly quotes are part of it there.
            if (length == 0 || (whole ? model::is_space_separator(cp) : ends_address(cp)) ||
                (cp >= 0xE000 && cp <= 0xF8FF))
                break;
            end += length;
        }
        if (memo != nullptr)
            *memo = {at, at + end, whole, true};
        return end;
    };
    // In angle brackets, the brackets say where it ends: an apostrophe is part of it.
    if (at > 0 && text[at - 1] == '<') {
        const std::size_t inside = run(true);
        if (inside < rest.size() && rest[inside] == '>')
            return inside - 3 * static_cast<std::size_t>(std::count(
                                    rest.begin(),
                                    rest.begin() + static_cast<std::ptrdiff_t>(inside), '\xEE')) >
                           scheme
                       ? inside
                       : 0;
    }
    std::size_t end = run(false);
    // Its length without highlight marks (three bytes each, the only 0xEE bytes it holds).
    const auto real_length = [&](std::size_t until) {
        return until -
               3 * static_cast<std::size_t>(std::count(
                       rest.begin(), rest.begin() + static_cast<std::ptrdiff_t>(until), '\xEE'));
    };
    // Cut short by a snippet's ellipsis: the address is not all there.
    if (rest.substr(end).starts_with("\u2026"))
        return 0;
    // A text that is one address and nothing else (a url field) is all of it. In prose,
    // punctuation after an address is the sentence's, and so is a ')' that closes no '('
    // inside it: https://en.wikipedia.org/wiki/Mercury_(planet) keeps its ')'.
    if (at == 0 && (end == rest.size() || run(true) == rest.size()))
        return real_length(rest.size()) > scheme ? rest.size() : 0;
    // Brackets likewise: a ']' that closes no '[' in it ends a citation marker around it.
    const auto count = [&](char c) {
        return std::count(rest.begin(), rest.begin() + static_cast<std::ptrdiff_t>(end), c);
    };
    const auto opened_round = count('(');
    const auto opened_square = count('[');
    auto closed_round = count(')');
    auto closed_square = count(']');
    while (end > 0) {
        const char last = rest[end - 1];
        if ((last == ')' && opened_round >= closed_round) ||
            (last == ']' && opened_square >= closed_square) ||
            std::string_view(".,;:)]!?").find(last) == std::string_view::npos)
            break;
        closed_round -= last == ')' ? 1 : 0;
        closed_square -= last == ']' ? 1 : 0;
        --end;
    }
    return real_length(end) > scheme ? end : 0;
}

LinkSpan link_at(std::string_view text, std::size_t at, ScanMemo* memo) {
    if (text[at] == '<' && at + 1 < text.size()) {
        const std::size_t length = url_length(text, at + 1, memo);
        if (length > 0 && at + 1 + length < text.size() && text[at + 1 + length] == '>')
            return {length + 2, at + 1, length};
        return {};
    }
    const std::size_t length = url_length(text, at, memo);
    return length == 0 ? LinkSpan{} : LinkSpan{length, at, length};
}

FoundUrl split_url(std::string_view text, std::size_t at, std::size_t length) {
    FoundUrl out;
    const std::string_view url = text.substr(at, length);
    std::size_t depth = 0;   // highlights opened inside and not yet closed
    std::size_t carried = 0; // closes of highlights opened before the address
    bool paired = false;     // a highlight opened and closed inside
    for (std::size_t i = 0; i < url.size();) {
        if (url.compare(i, model::k_highlight_start.size(), model::k_highlight_start) == 0) {
            ++depth;
            i += model::k_highlight_start.size();
        } else if (url.compare(i, model::k_highlight_end.size(), model::k_highlight_end) == 0) {
            if (depth > 0) {
                --depth;
                paired = true;
            } else {
                ++carried;
            }
            i += model::k_highlight_end.size();
        } else {
            out.address += url[i++];
        }
    }
    // The whole address is highlighted once, however many matches it holds: one opened
    // before it already covers it; else one opens before it when any match lies inside.
    if (carried > 0) {
        out.closed = carried;
        out.reopened = depth;
    } else if (depth > 0) {
        out.opened = depth;
    } else if (paired) {
        out.opened = 1;
        out.closed = 1;
    }
    return out;
}

} // namespace aistrat::render
