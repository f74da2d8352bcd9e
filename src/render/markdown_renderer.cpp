// Markdown rendering: ATX headings, paragraphs, bullet lists and GFM pipe tables.
#include "render/markdown_renderer.hpp"

#include "model/text.hpp"
#include "render/display_width.hpp"
#include "render/links.hpp"

#include <cctype>

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

std::string escape_markdown(std::string_view raw) {
    // Leading and trailing blanks could make a code block or hide a marker: drop them.
    std::string text = sanitize(raw);
    const auto first = text.find_first_not_of(" \t\r\n");
    const auto last = text.find_last_not_of(" \t\r\n");
    text = first == std::string::npos ? std::string{} : text.substr(first, last - first + 1);
    std::string out;
    out.reserve(text.size());
    bool line_start = true;
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
            continue;
        }
        if (in_citation && (text[i] == '@' || text[i] == ';')) {
            out += '\\';
            out += text[i];
            continue;
        }
        // A web address becomes an autolink, whole and unescaped.
        if (const LinkSpan link = link_at(text, i, &memo); link.consumed > 0) {
            // Highlights inside the address open before the autolink and close after it.
            const FoundUrl found = split_url(text, link.start, link.length);
            for (std::size_t n = 0; n < found.opened; ++n)
                out += model::k_highlight_start;
            out += "<" + found.address + ">";
            for (std::size_t n = 0; n < found.closed; ++n)
                out += model::k_highlight_end;
            i += link.consumed - 1;
            line_start = false;
            continue;
        }
        const char c = text[i];
        switch (c) {
        case '\n':
        case '\r':
        case '\t':
            out += ' ';
            continue;
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '>':
        case '~':
        case '#':
        case '!':
            out += '\\';
            out += c;
            break;
        case '|':
            out += "\\|";
            break;
        case '&':
            out += "&amp;";
            break;
        case '-':
        case '+':
        case '=':
            // A marker at the start could open a list or underline a heading.
            if (line_start)
                out += '\\';
            out += c;
            break;
        case '.':
        case ')': {
            // "1. " or "1) " at the start would open an ordered list.
            const bool list_marker = !out.empty() &&
                                     out.find_first_not_of("0123456789") == std::string::npos &&
                                     (i + 1 == text.size() || text[i + 1] == ' ');
            if (list_marker)
                out += '\\';
            out += c;
            break;
        }
        default:
            out += c;
        }
        line_start = false;
    }
    return out;
}

namespace {

class MarkdownWriter {
public:
    std::string finish() { return std::move(m_out); }

    void separate() {
        if (!m_out.empty())
            m_out += "\n";
    }

    void operator()(const report::Heading& h) {
        m_out += std::string(static_cast<std::size_t>(std::max(1, std::min(h.level, 6))), '#') +
                 " " + escape_markdown(h.text) + "\n";
    }

    void operator()(const report::Paragraph& p) { m_out += escape_markdown(p.text) + "\n"; }

    void operator()(const report::BulletList& list) {
        // Lines of one item are kept apart with hard line breaks.
        for (const auto& item : list.items) {
            std::string lines;
            std::size_t start = 0;
            while (true) {
                const auto end = item.find('\n', start);
                lines += escape_markdown(
                    item.substr(start, end == std::string::npos ? end : end - start));
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
            m_out += "**" + escape_markdown(list.rows[i].first) +
                     "**: " + escape_markdown(list.rows[i].second) +
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
            m_out += " " + escape_markdown(cell) + " |";
        m_out += "\n";
    }

    std::string m_out;
};

} // namespace

std::string render_markdown(const report::Document& doc) {
    MarkdownWriter writer;
    for (const auto& block : doc.blocks) {
        writer.separate();
        std::visit(writer, block);
    }
    // Highlighted words become strong emphasis.
    std::string out = writer.finish();
    for (const auto mark : {model::k_highlight_start, model::k_highlight_end})
        for (auto at = out.find(mark); at != std::string::npos; at = out.find(mark, at))
            out.replace(at, mark.size(), "**");
    return out;
}

} // namespace aistrat::render
