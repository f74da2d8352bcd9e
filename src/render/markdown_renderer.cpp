// Markdown rendering: ATX headings, paragraphs, bullet lists and GFM pipe tables.
#include "render/markdown_renderer.hpp"

#include "render/display_width.hpp"

#include <cctype>

namespace aistrat::render {

std::string escape_markdown(std::string_view raw) {
    // Leading and trailing blanks could make a code block or hide a marker: drop them.
    std::string text = sanitize(raw);
    const auto first = text.find_first_not_of(" \t\r\n");
    const auto last = text.find_last_not_of(" \t\r\n");
    text = first == std::string::npos ? std::string{} : text.substr(first, last - first + 1);
    std::string out;
    out.reserve(text.size());
    bool line_start = true;
    for (std::size_t i = 0; i < text.size(); ++i) {
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
        for (const auto& item : list.items)
            m_out += "- " + escape_markdown(item) + "\n";
    }

    void operator()(const report::FieldList& list) {
        for (const auto& [label, value] : list.rows)
            m_out += "- **" + escape_markdown(label) + "**: " + escape_markdown(value) + "\n";
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
    return writer.finish();
}

} // namespace aistrat::render
