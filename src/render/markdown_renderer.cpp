// Markdown rendering: ATX headings, paragraphs, bullet lists and GFM pipe tables.
#include "render/markdown_renderer.hpp"

#include "model/text.hpp"
#include "render/display_width.hpp"
#include "render/links.hpp"

#include <cctype>
#include <vector>

namespace aistrat::render {

namespace {

/// The citation mark at `at` in `text`, or an empty view.
std::string_view citation_mark(std::string_view text, std::size_t at) {
    for (const auto mark : {model::k_citation_start, model::k_citation_locator,
                            model::k_citation_next, model::k_citation_end})
        if (text.compare(at, mark.size(), mark) == 0)
            return mark;
    return {};
}

} // namespace

namespace {

/// An ASCII letter or digit: `_` between two is inside a word, never emphasis. (Beside a
/// character beyond ASCII it is escaped: Unicode punctuation and spaces let it open
/// emphasis, and telling them from letters is not worth a wrong guess.)
bool word_byte(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

/// True when the `&` at `at` starts what markdown reads as an entity: `&name;`, or any
/// `&#` (CommonMark reads `&#123;` of up to seven digits and `&#x1F;` of up to six, but
/// cmark-gfm and pandoc also decode longer ones: `&#00000062;` is `>` there).
bool entity_at(std::string_view text, std::size_t at) {
    std::size_t i = at + 1;
    const auto run = [&](auto&& ok, std::size_t most) {
        std::size_t n = 0;
        while (i < text.size() && n < most && ok(static_cast<unsigned char>(text[i]))) {
            ++i;
            ++n;
        }
        return n;
    };
    std::size_t n = 0;
    if (i < text.size() && text[i] == '#')
        return true;
    if (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i])) != 0) {
        n = run([](unsigned char c) { return std::isalnum(c) != 0; }, 32);
    }
    return n > 0 && i < text.size() && text[i] == ';';
}

/// Whether `address` holds an `&` that a markdown reader may take for an entity: one that
/// ends in ';', or one without it, which pandoc's reader decodes in an autolink too
/// ("https://x.example/&amp", the ';' left out as the sentence's).
bool holds_entity(std::string_view address) {
    for (std::size_t at = address.find('&'); at != std::string_view::npos;
         at = address.find('&', at + 1))
        if (entity_at(address, at) ||
            (at + 1 < address.size() &&
             std::isalnum(static_cast<unsigned char>(address[at + 1])) != 0))
            return true;
    return false;
}

/// Whether "www" (in any case) stands right before the '.' at `at`.
bool www_before(std::string_view text, std::size_t at) {
    if (at < 3)
        return false;
    for (std::size_t i = at - 3; i < at; ++i)
        if (text[i] != 'w' && text[i] != 'W')
            return false;
    return true;
}

/// For each position of `text`, whether a `]` followed by `(`, `[`, `{` or `:` stands at
/// or after it: found once, so that a run of many `[` costs its length, not its square.
std::vector<bool> closers_after(std::string_view text) {
    std::vector<bool> after(text.size() + 1, false);
    for (std::size_t i = text.size(); i-- > 0;)
        after[i] =
            after[i + 1] || (text[i] == ']' && i + 1 < text.size() &&
                             std::string_view("([{:").find(text[i + 1]) != std::string_view::npos);
    return after;
}

/// True when the ':' at `i` opens an emoji shortcode: ":name:", the name made of letters,
/// digits, '_', '+' and '-'.
bool emoji_at(std::string_view text, std::size_t i) {
    std::size_t j = i + 1;
    while (j < text.size() && j - i <= 64 &&
           (std::isalnum(static_cast<unsigned char>(text[j])) != 0 || text[j] == '_' ||
            text[j] == '+' || text[j] == '-'))
        ++j;
    return j > i + 1 && j < text.size() && text[j] == ':';
}

/// True when the `[` at `at` could open a link, an image's text, a span, a footnote or a
/// citation: some `]` after it is followed by `(`, `[`, `{` or `:` (link text may hold
/// brackets of its own, "[a [b] c](u)", so not only the first `]` counts), or `^` or `@`
/// follows it.
bool opens_bracket(std::string_view text, std::size_t at, const std::vector<bool>& after) {
    if (at + 1 < text.size() && (text[at + 1] == '^' || text[at + 1] == '@'))
        return true;
    return after[at + 1];
}

} // namespace

std::string escape_markdown(std::string_view raw, MarkdownPlace place, bool pandoc) {
    // Leading and trailing blanks could make a code block or hide a marker: drop them.
    std::string text = sanitize(raw);
    const auto first = text.find_first_not_of(" \t\r\n");
    const auto last = text.find_last_not_of(" \t\r\n");
    text = first == std::string::npos ? std::string{} : text.substr(first, last - first + 1);
    const bool block = place == MarkdownPlace::Block;
    const std::vector<bool> closing =
        text.find('[') == std::string::npos ? std::vector<bool>{} : closers_after(text);
    // Where the run of '#' that ends the text starts (a heading's closing sequence).
    const std::size_t last_other = text.find_last_not_of('#');
    const std::size_t closing_hashes = last_other == std::string::npos ? 0 : last_other + 1;
    std::string out;
    out.reserve(text.size());
    bool line_start = true;
    bool digits_only = true;  // all written so far is digits: a list's number, maybe
    bool letters_only = true; // or letters: a list's letter or roman number, for pandoc
    bool in_citation = false;
    ScanMemo memo;
    for (std::size_t i = 0; i < text.size(); ++i) {
        // A citation for pandoc: "[@key, locator; @key]", its locators escaped as text, with
        // '@' and ';' too, which would start or end a citation there.
        if (const std::string_view mark = citation_mark(text, i); !mark.empty()) {
            i += mark.size() - 1;
            in_citation = mark != model::k_citation_end;
            out += mark == model::k_citation_start     ? "[@"
                   : mark == model::k_citation_locator ? ", "
                   : mark == model::k_citation_next    ? "; @"
                                                       : "]";
            line_start = false;
            digits_only = false;
            letters_only = false;
            continue;
        }
        if (in_citation && (text[i] == '@' || text[i] == ';' || text[i] == '[' || text[i] == ']')) {
            out += '\\';
            out += text[i];
            digits_only = false;
            letters_only = false;
            continue;
        }
        // A web address becomes an autolink, whole and unescaped; but not one that holds what
        // reads as an HTML entity ("&amp;"), which cmark-gfm decodes in an autolink and pandoc
        // does not: it is written as text, its entity escaped.
        const LinkSpan link = link_at(text, i, &memo);
        if (const FoundUrl found =
                link.consumed > 0 ? split_url(text, link.start, link.length) : FoundUrl{};
            link.consumed > 0 && !holds_entity(found.address)) {
            // Highlights inside the address open before the autolink and close after it.
            for (std::size_t n = 0; n < found.opened; ++n)
                out += model::k_highlight_start;
            out += "<" + found.address + ">";
            for (std::size_t n = 0; n < found.closed; ++n)
                out += model::k_highlight_end;
            for (std::size_t n = 0; n < found.reopened; ++n)
                out += model::k_highlight_start;
            i += link.consumed - 1;
            line_start = false;
            digits_only = false;
            letters_only = false;
            continue;
        }
        const char c = text[i];
        const char prev = i > 0 ? text[i - 1] : '\0';
        const char next = i + 1 < text.size() ? text[i + 1] : '\0';
        bool escape = false;
        switch (c) {
        case '\n':
        case '\r':
        case '\t':
            out += ' ';
            digits_only = false;
            letters_only = false;
            continue;
        case '\\': // always: before a letter, pandoc's markdown reads a TeX command
        case '`':
        case '*':
        case '~':
            escape = true;
            break;
        case '_': // inside a word, never emphasis
            escape = !(word_byte(prev) && word_byte(next));
            break;
        case '[':
            // At the start of a list item, "[ ]" or "[x]" would be a task's checkbox.
            escape = opens_bracket(text, i, closing) ||
                     (block && line_start && i + 2 < text.size() && text[i + 2] == ']' &&
                      std::string_view(" xX").find(text[i + 1]) != std::string_view::npos);
            break;
        case ']':
            // One that a '(', '[', '{' or ':' follows could close a '[' of a value before it
            // in the same paragraph (a field list's rows, a list item's lines) into a link; in
            // its own text every '[' before it is escaped already (see opens_bracket).
            escape = std::string_view("([{:").find(next) != std::string_view::npos;
            break;
        case '<': // a tag, a comment or an autolink starts so
            escape = std::isalpha(static_cast<unsigned char>(next)) != 0 || next == '/' ||
                     next == '!' || next == '?';
            break;
        case '>':
            escape = block && line_start;
            break;
        case '#':
            // A heading at the start of a block; at the end of a heading, a run would
            // close it and vanish (pandoc's markdown needs no blank before it).
            escape =
                (block && line_start) || (place == MarkdownPlace::Heading && i >= closing_hashes);
            break;
        case '!':
            escape = next == '[';
            break;
        case ':':
            // ":smile:" is an emoji in GFM (pandoc's gfm reads it so too). And "://" where no
            // autolink was written (after a letter: "see:https://", CJK text) would still be
            // linked by GFM's extended autolinks, from the raw text, escapes and all.
            escape = emoji_at(text, i) || text.compare(i + 1, 2, "//") == 0;
            break;
        case '{': // pandoc reads "{...}" ending a heading as its attributes
            escape = place == MarkdownPlace::Heading;
            break;
        case '|':
            escape = place == MarkdownPlace::Cell;
            break;
        case '$':
            // GitHub, and pandoc's gfm since 3.1, read "$...$" as math ("US$600 ... US$115").
            escape = true;
            break;
        case '&':
            // Pandoc's markdown reads "&copy" without its ';' as an entity too.
            if (entity_at(text, i) ||
                (pandoc && std::isalnum(static_cast<unsigned char>(next)) != 0)) {
                out += "&amp;";
                line_start = false;
                digits_only = false;
                letters_only = false;
                continue;
            }
            break;
        case '-':
        case '+':
        case '=':
            // A marker at the start could open a list or underline a heading.
            escape = block && line_start;
            break;
        case '.':
        case ')':
            // "1. " or "1) " at the start would open an ordered list.
            escape = block && digits_only && !out.empty() && (next == '\0' || next == ' ');
            // "www." starts one of GFM's extended autolinks, read from the raw text.
            escape = escape || (c == '.' && www_before(text, i));
            break;
        default:
            break;
        }
        if (pandoc && !escape)
            switch (c) {
            case '[': // pandoc's markdown pairs a '[' with a ']' blocks later, and drops
            case ']': // what lies between: every bracket is escaped
            case '@':
            case '^':
            case '$':
            case '{':
            case '}':
                escape = true;
                break;
            case '-':
                escape = prev == '-' || next == '-';
                break;
            case '\'': // pandoc's smart punctuation would curl them, and "..." an ellipsis
            case '"':
                escape = true;
                break;
            case ':':
            case '|':
            case '(': // "(b) " opens a list too
                escape = block && line_start;
                break;
            case '.':
            case ')': // "a) " and "iv. " open lists in pandoc's markdown (fancy_lists)
                escape = block && letters_only && !out.empty() && (next == '\0' || next == ' ');
                escape = escape || (c == '.' && (prev == '.' || next == '.'));
                break;
            default:
                break;
            }
        if (escape)
            out += '\\';
        out += c;
        line_start = false;
        digits_only = digits_only && c >= '0' && c <= '9';
        letters_only = letters_only && std::isalpha(static_cast<unsigned char>(c)) != 0;
    }
    // "[ ] " or "[x] " opening a list item is a checkbox to pandoc's markdown (task_lists), its
    // escapes or not; an empty span before it ("[]{}", nothing in any output) keeps the text.
    if (pandoc && block && text.size() >= 3 && text[0] == '[' && text[2] == ']' &&
        (text[1] == ' ' || text[1] == 'x' || text[1] == 'X'))
        out.insert(0, "[]{}");
    return out;
}

namespace {

class MarkdownWriter {
public:
    explicit MarkdownWriter(bool pandoc) : m_pandoc(pandoc) {}

    std::string finish() { return std::move(m_out); }

    void separate() {
        if (!m_out.empty())
            m_out += "\n";
    }

    void operator()(const report::Heading& h) {
        m_out += std::string(static_cast<std::size_t>(std::max(1, std::min(h.level, 6))), '#') +
                 " " + escape(h.text, MarkdownPlace::Heading) + "\n";
    }

    void operator()(const report::Paragraph& p) { m_out += escape(p.text) + "\n"; }

    void operator()(const report::BulletList& list) {
        // Lines of one item are kept apart with hard line breaks.
        for (const auto& whole : list.items) {
            // Line breaks around the item break nothing: a hard break there would show as a
            // backslash (a YAML "|" block ends with one).
            std::string_view item = whole;
            while (!item.empty() && (item.back() == '\n' || item.back() == '\r'))
                item.remove_suffix(1);
            while (!item.empty() && (item.front() == '\n' || item.front() == '\r'))
                item.remove_prefix(1);
            std::string lines;
            std::size_t start = 0;
            while (true) {
                const auto end = item.find('\n', start);
                lines += escape(item.substr(start, end == std::string::npos ? end : end - start));
                if (end == std::string::npos)
                    break;
                lines += "\\\n  ";
                start = end + 1;
            }
            m_out += "- " + lines + "\n";
        }
    }

    // Labelled values as one paragraph with hard line breaks, so that they never run into a
    // list before or after them.
    void operator()(const report::FieldList& list) {
        for (std::size_t i = 0; i < list.rows.size(); ++i)
            m_out += "**" + escape(list.rows[i].first, MarkdownPlace::Inline) +
                     "**: " + escape(list.rows[i].second, MarkdownPlace::Inline) +
                     (i + 1 < list.rows.size() ? "\\\n" : "\n");
    }

    void operator()(const report::Table& table) {
        row(table.headers);
        m_out += "|";
        for (std::size_t c = 0; c < table.headers.size(); ++c)
            m_out += " --- |";
        m_out += "\n";
        for (const auto& r : table.rows)
            row(r);
    }

private:
    void row(const std::vector<std::string>& cells) {
        m_out += "|";
        for (const auto& cell : cells)
            m_out += " " + escape(cell, MarkdownPlace::Cell) + " |";
        m_out += "\n";
    }

    std::string escape(std::string_view text, MarkdownPlace place = MarkdownPlace::Block) const {
        return escape_markdown(text, place, m_pandoc);
    }

    bool m_pandoc = false;
    std::string m_out;
};

} // namespace

std::string render_markdown(const report::Document& doc) {
    MarkdownWriter writer(doc.for_pandoc);
    for (const auto& block : doc.blocks) {
        writer.separate();
        std::visit(writer, block);
    }
    return strong_highlights(writer.finish());
}

std::string strong_highlights(std::string_view text) {
    const auto start = model::k_highlight_start;
    const auto end = model::k_highlight_end;
    // Two highlights side by side are one ("****" would read as neither).
    std::string joined;
    for (std::size_t i = 0; i < text.size();) {
        if (text.compare(i, end.size(), end) == 0 &&
            text.compare(i + end.size(), start.size(), start) == 0) {
            i += end.size() + start.size();
            continue;
        }
        joined += text[i++];
    }
    const auto space = [](char c) { return c == '\0' || c == ' ' || c == '\n' || c == '\t'; };
    const auto punct = [](char c) {
        return c != '\0' && std::ispunct(static_cast<unsigned char>(c)) != 0;
    };
    // The text's character before `at` and at `at`, past any marks.
    const auto before = [&](std::size_t at) {
        while (at >= start.size() && (joined.compare(at - start.size(), start.size(), start) == 0 ||
                                      joined.compare(at - end.size(), end.size(), end) == 0))
            at -= start.size();
        return at == 0 ? '\0' : joined[at - 1];
    };
    const auto after = [&](std::size_t at) {
        while (joined.compare(at, start.size(), start) == 0 ||
               joined.compare(at, end.size(), end) == 0)
            at += start.size();
        return at < joined.size() ? joined[at] : '\0';
    };
    std::string out;
    out.reserve(joined.size());
    for (std::size_t i = 0; i < joined.size();) {
        if (joined.compare(i, start.size(), start) != 0) {
            if (joined.compare(i, end.size(), end) == 0) { // one without its start: dropped
                i += end.size();
                continue;
            }
            out += joined[i++];
            continue;
        }
        const std::size_t close = joined.find(end, i + start.size());
        if (close == std::string::npos) {
            i += start.size();
            continue;
        }
        // "**" is strong emphasis only where CommonMark finds it flanking the text: not
        // between a letter and punctuation ("2**<https://...>**then"). There the highlight
        // is left out, never printed as asterisks.
        const char open_before = before(i);
        const char open_after = after(i + start.size());
        const char close_before = before(close);
        const char close_after = after(close + end.size());
        const bool opens =
            !space(open_after) && (!punct(open_after) || space(open_before) || punct(open_before));
        const bool closes = !space(close_before) &&
                            (!punct(close_before) || space(close_after) || punct(close_after));
        const std::string mark = opens && closes ? "**" : "";
        out += mark;
        for (std::size_t k = i + start.size(); k < close;) { // a mark inside: none nests
            if (joined.compare(k, start.size(), start) == 0) {
                k += start.size();
                continue;
            }
            out += joined[k++];
        }
        out += mark;
        i = close + end.size();
    }
    return out;
}

} // namespace aistrat::render
