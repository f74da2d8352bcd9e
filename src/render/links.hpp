// Finding web addresses in text, so that markdown and HTML can make them links (only
// http and https; nothing else becomes a link).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace aistrat::render {

/// The length of the http(s) URL that starts at `text[at]`, without the punctuation of the
/// prose around it; 0 when none starts there. An address starts after a blank, an opening
/// bracket or quote (ASCII or not) or at the start; it ends at a blank (a no-break space
/// too), a character that would end or break the markup around it, a control character, or
/// punctuation no address is written with (CJK full stops and commas, curly quotes). Search
/// highlights inside it are part of it. One cut short by a snippet (an ellipsis right after
/// it) is no address: 0.
/// An address in angle brackets, `<https://e.org/a.>`, is taken whole (RFC 3986, appendix C):
/// what composes text around an address from a url field writes it so.
///
/// A renderer that looks for an address at each place of one text passes the same `memo`
/// to every call: where the last scan ended serves every start inside it, so that the text
/// is read once, however many addresses start in it (without one, each start reads on to
/// the end of its run).
struct ScanMemo {
    std::size_t from = 0; ///< where the last scan started
    std::size_t to = 0;   ///< where it ended
    bool whole = false;   ///< whether it read an address that is all of a text (or bracketed)
    bool valid = false;
};
std::size_t url_length(std::string_view text, std::size_t at, ScanMemo* memo = nullptr);

/// A link at `text[at]`: an address, or one in angle brackets, which delimit it and are not
/// shown. `consumed` is 0 when no link starts there.
struct LinkSpan {
    std::size_t consumed = 0; ///< bytes of `text` the link takes, brackets included
    std::size_t start = 0;    ///< where the address starts
    std::size_t length = 0;   ///< the address's length
};
LinkSpan link_at(std::string_view text, std::size_t at, ScanMemo* memo = nullptr);

/// A URL found by url_length, `text[at, at + length)`, split for a renderer: the address
/// without highlight marks, and the highlights a renderer writes around the link (a link's
/// text cannot hold them): `opened` before it, then `closed` and `reopened` after it. A
/// highlight covers the whole address once, however many matches lie inside it; one that
/// opened before it or is still open at its end carries on.
struct FoundUrl {
    std::string address;
    std::size_t opened = 0;
    std::size_t closed = 0;
    std::size_t reopened = 0;
};
FoundUrl split_url(std::string_view text, std::size_t at, std::size_t length);

} // namespace aistrat::render
