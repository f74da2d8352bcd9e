// Plain-text rendering: headings, wrapped paragraphs, aligned tables.
#include "render/text_renderer.hpp"

#include "model/text.hpp"
#include "render/display_width.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>

namespace aistrat::render {

namespace {

constexpr std::size_t k_gap = 2;
/// The widest a column is padded to in a table printed without a width (see rows()).
constexpr std::size_t k_max_padding = 200;

std::string upper(std::string s) {
    for (char& c : s)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return s;
}

/// Closes a highlight left open at the end of each line and reopens it on the next, so
/// that no highlight runs into a neighbouring cell.
std::vector<std::string> balance_highlights(std::vector<std::string> lines) {
    bool open = false;
    for (auto& line : lines) {
        if (open)
            line = std::string(model::k_highlight_start) + line;
        for (std::size_t at = 0; at < line.size(); ++at) {
            if (line.compare(at, model::k_highlight_start.size(), model::k_highlight_start) == 0)
                open = true;
            else if (line.compare(at, model::k_highlight_end.size(), model::k_highlight_end) == 0)
                open = false;
        }
        if (open)
            line += model::k_highlight_end;
    }
    return lines;
}

/// Turns highlight marks into bold on and off, or drops them.
std::string apply_highlights(const std::string& text, bool bold) {
    if (!bold)
        return model::strip_highlights(text);
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        if (text.compare(i, model::k_highlight_start.size(), model::k_highlight_start) == 0) {
            out += "\x1b[1m";
            i += model::k_highlight_start.size();
        } else if (text.compare(i, model::k_highlight_end.size(), model::k_highlight_end) == 0) {
            out += "\x1b[22m";
            i += model::k_highlight_end.size();
        } else {
            out += text[i++];
        }
    }
    return out;
}

/// The display width of the widest word of `text` (words end at blanks and line breaks).
std::size_t longest_word(std::string_view text) {
    std::size_t longest = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find_first_of(" \n", start);
        if (end == std::string_view::npos)
            end = text.size();
        longest = std::max(longest, display_width(text.substr(start, end - start)));
        start = end + 1;
    }
    return longest;
}

std::string pad(const std::string& s, std::size_t width) {
    const std::size_t w = display_width(s);
    return w >= width ? s : s + std::string(width - w, ' ');
}

class TextWriter {
public:
    explicit TextWriter(const TextOptions& options) : m_options(options) {}

    std::string finish() { return apply_highlights(m_out, m_options.bold); }

    void operator()(const report::Heading& h) {
        m_indent = h.level >= 2 ? 2 : 0;
        // Headings stand out (in bold where the terminal shows it).
        for (const auto& line : wrap(sanitize(h.text), available(0)))
            m_out += std::string(model::k_highlight_start) + line +
                     std::string(model::k_highlight_end) + "\n";
    }

    void operator()(const report::Paragraph& p) { lines(sanitize(p.text), "", ""); }

    void operator()(const report::BulletList& list) {
        for (const auto& item : list.items)
            lines(sanitize(item), "- ", "  ");
    }

    void operator()(const report::FieldList& list) {
        std::size_t label_width = 0;
        for (const auto& [label, value] : list.rows)
            label_width = std::max(label_width, display_width(label));
        label_width = std::min(label_width, k_max_padding); // a huge label pads only its row
        const std::string hang(label_width + k_gap, ' ');
        for (const auto& [label, value] : list.rows)
            lines(sanitize(value), pad(sanitize(label), label_width + k_gap), hang);
    }

    void operator()(const report::Table& table) {
        const std::size_t columns = table.headers.size();
        std::vector<std::vector<std::string>> cells;
        std::vector<std::string> header;
        // Field names are shouted; a matrix's headers are titles and stay as written.
        for (const auto& h : table.headers)
            header.push_back(std::string(model::k_highlight_start) +
                             (table.matrix ? sanitize(h) : upper(sanitize(h))) +
                             std::string(model::k_highlight_end));
        cells.push_back(header);
        for (const auto& row : table.rows) {
            std::vector<std::string> clean;
            for (std::size_t c = 0; c < columns; ++c)
                clean.push_back(c < row.size() ? sanitize(row[c]) : "");
            cells.push_back(std::move(clean));
        }
        std::vector<std::size_t> widths(columns, 0);
        for (const auto& row : cells)
            for (std::size_t c = 0; c < columns; ++c)
                widths[c] = std::max(widths[c], display_width(row[c]));
        std::vector<std::string> legend;
        const std::vector<std::string> titles = cells[0];
        if (!fit(widths, cells) && table.matrix && columns > 2) {
            // A matrix's column heads are titles: numbered, with a legend, rather than split
            // inside a word.
            for (std::size_t c = 1; c + 1 < columns; ++c) {
                legend.push_back(fmt::format("{}: {}", c, model::strip_highlights(cells[0][c])));
                cells[0][c] = std::string(model::k_highlight_start) + std::to_string(c) +
                              std::string(model::k_highlight_end);
            }
            for (std::size_t c = 0; c < columns; ++c) {
                widths[c] = 0;
                for (const auto& row : cells)
                    widths[c] = std::max(widths[c], display_width(row[c]));
            }
            if (!fit(widths, cells)) {
                // Blocks of lines then, each line led by its column's title in full.
                legend.clear();
                cells[0] = titles;
            }
        }
        if (legend.empty() && !fits(widths)) {
            vertical(cells);
            return;
        }
        rows(cells, widths);
        for (const auto& line : legend)
            lines(line, "", "   ");
    }

    void separate(const report::Block& next) {
        if (!m_out.empty() && !m_after_subheading)
            m_out += "\n";
        const auto* heading = std::get_if<report::Heading>(&next);
        m_after_subheading = heading != nullptr && heading->level >= 2;
    }

private:
    /// The table's rows as columns `widths` wide. Unwrapped (no width), a column is padded
    /// to at most k_max_padding: one huge cell would pad every row of the table to its
    /// width (a million-character title made gigabytes of blanks); its own row is pushed
    /// right instead.
    void rows(const std::vector<std::vector<std::string>>& cells,
              const std::vector<std::size_t>& widths) {
        const std::size_t columns = widths.size();
        const bool unwrapped = m_options.width == 0;
        for (const auto& row : cells) {
            std::vector<std::vector<std::string>> wrapped;
            std::size_t height = 1;
            for (std::size_t c = 0; c < columns; ++c) {
                wrapped.push_back(balance_highlights(wrap(row[c], unwrapped ? 0 : widths[c])));
                height = std::max(height, wrapped.back().size());
            }
            for (std::size_t line = 0; line < height; ++line) {
                std::string out(m_indent, ' ');
                for (std::size_t c = 0; c < columns; ++c) {
                    const std::string& part = line < wrapped[c].size() ? wrapped[c][line] : "";
                    const std::size_t width =
                        unwrapped ? std::min(widths[c], k_max_padding) : widths[c];
                    // A cell wider than its column (past k_max_padding) keeps its gap.
                    out += c + 1 == columns
                               ? part
                               : pad(part, std::max(width, display_width(part)) + k_gap);
                }
                while (!out.empty() && out.back() == ' ')
                    out.pop_back();
                m_out += out + "\n";
            }
        }
    }

    /// A table too wide for whole words: each row as a block of `HEADER  value` lines, as
    /// psql's expanded display prints it, the blocks apart by a blank line.
    void vertical(const std::vector<std::vector<std::string>>& cells) {
        std::size_t label_width = 0;
        for (const auto& header : cells.front())
            label_width = std::max(label_width, display_width(header));
        label_width = std::min(label_width, k_max_padding);
        const std::string hang(label_width + k_gap, ' ');
        for (std::size_t r = 1; r < cells.size(); ++r) {
            if (r > 1)
                m_out += "\n";
            for (std::size_t c = 0; c < cells[r].size(); ++c) {
                const std::string& value = cells[r][c];
                const std::string label = pad(cells.front()[c], label_width + k_gap);
                if (value.empty()) { // the label alone, no blanks after it
                    m_out += std::string(m_indent, ' ') + cells.front()[c] + "\n";
                } else if (longest_word(value) > available(display_width(label))) {
                    // A word wider than the line (a long id) is not split: the value runs on.
                    const auto whole = balance_highlights(wrap(value, 0));
                    for (std::size_t i = 0; i < whole.size(); ++i)
                        m_out +=
                            std::string(m_indent, ' ') + (i == 0 ? label : hang) + whole[i] + "\n";
                } else {
                    lines(value, label, hang);
                }
            }
        }
    }

    /// True when columns `widths` wide fit the width (any do without one).
    bool fits(const std::vector<std::size_t>& widths) const {
        if (m_options.width == 0 || widths.empty())
            return true;
        const std::size_t limit = m_options.width > m_indent ? m_options.width - m_indent : 1;
        return std::accumulate(widths.begin(), widths.end(), std::size_t{0}) +
                   k_gap * (widths.size() - 1) <=
               limit;
    }

    std::size_t available(std::size_t used) const {
        if (m_options.width == 0)
            return 0;
        const std::size_t taken = m_indent + used;
        return m_options.width > taken + 10 ? m_options.width - taken : 10;
    }

    /// Writes `text` wrapped, the first line after `first`, the others after `rest`.
    void lines(const std::string& text, const std::string& first, const std::string& rest) {
        const auto wrapped = balance_highlights(wrap(text, available(display_width(first)), true));
        for (std::size_t i = 0; i < wrapped.size(); ++i)
            m_out += std::string(m_indent, ' ') + (i == 0 ? first : rest) + wrapped[i] + "\n";
    }

    /// Narrows columns until the table fits the width, down to their longest word at most
    /// (so ids, words and URLs stay whole), taking from the column with the most room to
    /// give. False when even that is too wide: no word is broken to fit.
    bool fit(std::vector<std::size_t>& widths,
             const std::vector<std::vector<std::string>>& cells) const {
        if (m_options.width == 0 || widths.empty())
            return true;
        const std::size_t limit = m_options.width > m_indent ? m_options.width - m_indent : 1;
        const auto total = [&] {
            return std::accumulate(widths.begin(), widths.end(), std::size_t{0}) +
                   k_gap * (widths.size() - 1);
        };
        std::vector<std::size_t> longest_word(widths.size(), 1);
        for (const auto& row : cells)
            for (std::size_t c = 0; c < row.size(); ++c)
                for (const auto& word : wrap(row[c], 1'000'000))
                    for (std::size_t start = 0; start <= word.size();) {
                        auto end = word.find(' ', start);
                        if (end == std::string::npos)
                            end = word.size();
                        longest_word[c] = std::max(longest_word[c],
                                                   display_width(word.substr(start, end - start)));
                        start = end + 1;
                    }
        if (total() > limit)
            narrow(widths, longest_word, total() - limit);
        return total() <= limit;
    }

    /// Takes `excess` columns of width, one at a time, from the column with the most room
    /// above its floor (the first of equals), until none has room. Computed as levels
    /// rather than step by step: one step at a time took the square of the columns times
    /// the width (20,000 columns: 26 s).
    static void narrow(std::vector<std::size_t>& widths, const std::vector<std::size_t>& floors,
                       std::size_t excess) {
        const std::size_t n = widths.size();
        std::vector<std::size_t> room(n);
        for (std::size_t c = 0; c < n; ++c)
            room[c] = widths[c] > floors[c] ? widths[c] - floors[c] : 0;
        std::vector<std::size_t> order(n);
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::sort(order.begin(), order.end(),
                  [&](std::size_t a, std::size_t b) { return room[a] > room[b]; });
        // The columns with the most room are brought down together, level by level, to the
        // room of the next; the last level is reached part way, the first columns first.
        std::size_t level = n == 0 ? 0 : room[order[0]];
        std::size_t group = 0; // order[0, group) are at `level`
        std::size_t extra = 0; // of those, the first `extra` by position get one less
        while (level > 0 && excess > 0) {
            while (group < n && room[order[group]] >= level)
                ++group;
            const std::size_t next = group < n ? room[order[group]] : 0;
            const std::size_t cost = group * (level - next);
            if (excess >= cost) {
                excess -= cost;
                level = next;
                continue;
            }
            level -= excess / group;
            extra = excess % group;
            excess = 0;
        }
        for (std::size_t c = 0; c < n; ++c) {
            if (room[c] < level || (level == 0 && room[c] == 0))
                continue;
            widths[c] = floors[c] + level;
            if (extra > 0) {
                --widths[c];
                --extra;
            }
        }
    }

    const TextOptions& m_options;
    std::string m_out;
    std::size_t m_indent = 0;
    bool m_after_subheading = false;
};

} // namespace

std::string render_text(const report::Document& doc, const TextOptions& options) {
    TextWriter writer(options);
    for (const auto& block : doc.blocks) {
        writer.separate(block);
        std::visit(writer, block);
    }
    return writer.finish();
}

} // namespace aistrat::render
