// Finding web addresses in text, so that markdown and HTML can make them links (only
// http and https; nothing else becomes a link).
#pragma once

#include <algorithm>
#include <string_view>

namespace aistrat::render {

/// The length of the http(s) URL that starts at `text[at]` (after a blank, an opening
/// bracket or the start), without the punctuation of the prose around it; 0 when none starts
/// there.
inline std::size_t url_length(std::string_view text, std::size_t at) {
    const std::string_view rest = text.substr(at);
    if (!(rest.starts_with("https://") || rest.starts_with("http://")))
        return 0;
    if (at > 0 && std::string_view(" \t\n(").find(text[at - 1]) == std::string_view::npos)
        return 0;
    std::size_t end = 0;
    // A URL ends at a blank, a character that would end or break the markup around it
    // (<, >, quotes, backtick, |), a control character, or a highlight mark (0xEE).
    while (end < rest.size() &&
           std::string_view(" \t\r\n<>\"'`|").find(rest[end]) == std::string_view::npos &&
           static_cast<unsigned char>(rest[end]) >= 0x20 &&
           static_cast<unsigned char>(rest[end]) != 0xEE)
        ++end;
    // A text that is one address and nothing else (a url field) is all of it. In prose,
    // punctuation after an address is the sentence's, and so is a ')' that closes no '('
    // inside it: https://en.wikipedia.org/wiki/Mercury_(planet) keeps its ')'.
    if (at == 0 && end == rest.size())
        return end > rest.find("//") + 2 ? end : 0;
    const auto opened = std::count(rest.begin(), rest.begin() + end, '(');
    auto closed = std::count(rest.begin(), rest.begin() + end, ')');
    while (end > 0) {
        const char last = rest[end - 1];
        if ((last == ')' && opened >= closed) ||
            std::string_view(".,;:)!?").find(last) == std::string_view::npos)
            break;
        closed -= last == ')' ? 1 : 0;
        --end;
    }
    return end > rest.find("//") + 2 ? end : 0;
}

} // namespace aistrat::render
