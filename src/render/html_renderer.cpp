// HTML rendering: semantic elements, one embedded style sheet, nothing fetched.
#include "render/html_renderer.hpp"

#include "model/text.hpp"
#include "render/display_width.hpp"
#include "render/links.hpp"

#include <fmt/format.h>

namespace aistrat::render {

namespace {

constexpr const char* k_style = R"(
:root { color-scheme: light; --ink: #1d2430; --muted: #5b6474; --line: #d5dae3;
        --accent: #0b5cad; --band: #f3f5f9; --mark: #0b7a3e; }
* { box-sizing: border-box; }
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
       color: var(--ink); max-width: 60rem; margin: 2rem auto; padding: 0 1.25rem; }
h1 { font-size: 1.8rem; line-height: 1.25; margin: 0 0 1rem; color: var(--accent); }
h2 { font-size: 1.35rem; margin: 2rem 0 .6rem; border-bottom: 2px solid var(--line);
     padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; }
p { margin: .5rem 0 .9rem; }
ul { margin: .3rem 0 1rem; padding-left: 1.4rem; }
li { margin: .15rem 0; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0 1rem; }
dt { font-weight: 600; color: var(--muted); }
dd { margin: 0; }
table { border-collapse: collapse; margin: .6rem 0 1.2rem; width: 100%; font-size: .95rem; }
th, td { border: 1px solid var(--line); padding: .35rem .55rem; text-align: left;
         vertical-align: top; }
thead th { background: var(--band); }
tbody tr:nth-child(even) { background: #fafbfd; }
table.matrix td:not(:first-child), table.matrix th:not(:first-child) { text-align: center; }
table.matrix td.mark { color: var(--mark); font-weight: 700; font-size: 1.1rem; }
table.matrix tr.totals td { font-weight: 700; background: var(--band); }
mark { background: #fff2a8; padding: 0 .1rem; }
a { color: var(--accent); overflow-wrap: anywhere; }
.source { color: var(--muted); font-size: .9rem; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem;
         border-top: 1px solid var(--line); padding-top: .5rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h1 { color: black; }
  h2 { break-after: avoid; }
  table, tr, li { break-inside: avoid; }
  thead { display: table-header-group; }
  tbody tr:nth-child(even) { background: none; }
}
)";

class HtmlWriter {
public:
    std::string finish() { return std::move(m_out); }

    void operator()(const report::Heading& h) {
        const int level = std::max(1, std::min(h.level, 6));
        m_out += fmt::format("<h{0}>{1}</h{0}>\n", level, escape_html(h.text));
    }

    void operator()(const report::Paragraph& p) { m_out += "<p>" + lines(p.text) + "</p>\n"; }

    void operator()(const report::BulletList& list) {
        m_out += "<ul>\n";
        for (const auto& item : list.items)
            m_out += "<li>" + lines(item) + "</li>\n";
        m_out += "</ul>\n";
    }

    void operator()(const report::FieldList& list) {
        m_out += "<dl>\n";
        for (const auto& [label, value] : list.rows)
            m_out += "<dt>" + escape_html(label) + "</dt><dd>" + lines(value) + "</dd>\n";
        m_out += "</dl>\n";
    }

    void operator()(const report::Table& table) {
        m_out += table.matrix ? "<table class=\"matrix\">\n<thead><tr>" : "<table>\n<thead><tr>";
        for (const auto& h : table.headers)
            m_out += "<th scope=\"col\">" + escape_html(h) + "</th>";
        m_out += "</tr></thead>\n<tbody>\n";
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            const bool totals = table.matrix && r + 1 == table.rows.size();
            m_out += totals ? "<tr class=\"totals\">" : "<tr>";
            for (std::size_t c = 0; c < table.rows[r].size(); ++c) {
                const std::string& cell = table.rows[r][c];
                if (c == 0 && table.matrix)
                    m_out += "<th scope=\"row\">" + escape_html(cell) + "</th>";
                else if (table.matrix && cell == report::k_mark)
                    m_out +=
                        "<td class=\"mark\" aria-label=\"linked\">" + escape_html(cell) + "</td>";
                else if (table.matrix && cell == report::k_mark_implied)
                    m_out += "<td class=\"mark\" aria-label=\"linked, implied\">" +
                             escape_html(cell) + "</td>";
                else if (table.matrix && cell == report::k_mark_interpretation)
                    m_out += "<td class=\"mark\" aria-label=\"linked, our reading\">" +
                             escape_html(cell) + "</td>";
                else
                    m_out += "<td>" + lines(cell) + "</td>";
            }
            m_out += "</tr>\n";
        }
        m_out += "</tbody>\n</table>\n";
    }

private:
    /// Escaped text with its line breaks kept.
    static std::string lines(std::string_view text) {
        std::string out;
        std::size_t start = 0;
        while (true) {
            const auto end = text.find('\n', start);
            out +=
                escape_html(text.substr(start, end == std::string_view::npos ? end : end - start));
            if (end == std::string_view::npos)
                return out;
            out += "<br>";
            start = end + 1;
        }
    }

    std::string m_out;
};

/// `text` with the five characters HTML gives meaning to as references; nothing else.
std::string escape_characters(std::string_view text) {
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace

std::string escape_html(std::string_view raw) {
    const std::string text = sanitize(raw);
    std::string out;
    out.reserve(text.size());
    ScanMemo memo;
    for (std::size_t i = 0; i < text.size();) {
        if (const LinkSpan link = link_at(text, i, &memo); link.consumed > 0) {
            // Highlights inside the address open before the link and close after it.
            const FoundUrl found = split_url(text, link.start, link.length);
            const std::string url = escape_characters(found.address);
            for (std::size_t n = 0; n < found.opened; ++n)
                out += "<mark>";
            out += "<a href=\"" + url + "\">" + url + "</a>";
            for (std::size_t n = 0; n < found.closed; ++n)
                out += "</mark>";
            for (std::size_t n = 0; n < found.reopened; ++n)
                out += "<mark>";
            i += link.consumed;
            continue;
        }
        if (text.compare(i, model::k_highlight_start.size(), model::k_highlight_start) == 0) {
            out += "<mark>";
            i += model::k_highlight_start.size();
            continue;
        }
        if (text.compare(i, model::k_highlight_end.size(), model::k_highlight_end) == 0) {
            out += "</mark>";
            i += model::k_highlight_end.size();
            continue;
        }
        out += escape_characters(std::string_view(text).substr(i, 1));
        ++i;
    }
    return out;
}

std::string render_html(const report::Document& doc) {
    // The page's title is what the document says it is, else its first top heading, else
    // aistrat's.
    std::string title = doc.title.empty() ? "aistrat" : model::strip_highlights(doc.title);
    if (doc.title.empty())
        for (const auto& block : doc.blocks)
            if (const auto* h = std::get_if<report::Heading>(&block);
                h != nullptr && h->level == 1) {
                title = model::strip_highlights(h->text);
                break;
            }
    HtmlWriter writer;
    for (const auto& block : doc.blocks)
        std::visit(writer, block);
    return fmt::format(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta name=\"generator\" content=\"aistrat\">\n"
        "<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n<main>\n{}</main>\n"
        "<footer>Made with aistrat from its knowledge base.</footer>\n</body>\n</html>\n",
        escape_characters(sanitize(title)), k_style, writer.finish());
}

} // namespace aistrat::render
