// CSV per RFC 4180, with formula injection guarded.
#include "render/csv_renderer.hpp"

#include "model/text.hpp"

#include <vector>

namespace aistrat::render {

std::string csv_field(std::string_view raw) {
    // Cells reach terminals too (`aistrat list -f csv | column`): control and format
    // characters are shown, not passed on; tabs and line breaks are data and stay.
    const std::string text = model::neutralize(model::strip_highlights(raw));
    // A spreadsheet that splits on ';' (Excel where the decimal mark is a comma) or on tabs
    // starts a cell after each of them too, and a row after a line break (the quote that
    // makes it data is no quote to a reader that splits on ';'): a formula character there
    // is defused the same way.
    constexpr std::string_view formula = "=+-@\t\r";
    // Spaces before it do not save it: a spreadsheet may trim them ("first; =1+2", the
    // items of a list as one cell).
    std::string cell;
    cell.reserve(text.size() + 1);
    bool starts_cell = true;
    for (const char c : text) {
        if (starts_cell && formula.find(c) != std::string_view::npos)
            cell += '\'';
        cell += c;
        // (A carriage return is shown as \x0d by then, so a line feed is the only break.)
        // A quote there opens a quoted item of a list (`"a; b"; "=1"`): what follows it still
        // starts the item.
        starts_cell = c == ';' || c == '\t' || c == '\n' || (starts_cell && (c == ' ' || c == '"'));
    }
    if (cell.find_first_of(",\"\r\n") == std::string::npos)
        return cell;
    std::string out = "\"";
    for (char c : cell) {
        out += c;
        if (c == '"')
            out += '"';
    }
    return out + "\"";
}

std::optional<std::string> render_csv(const report::Document& doc) {
    // Tables with the same columns are one table (`show`'s links and the links to it, told
    // apart by the relation's name or inverse); tables with different columns are not.
    // A table's rows for programs, where it has them apart.
    const auto headers = [](const report::Table& t) -> const std::vector<std::string>& {
        return t.data_headers.empty() ? t.headers : t.data_headers;
    };
    const auto rows = [](const report::Table& t) -> const std::vector<std::vector<std::string>>& {
        return t.data_headers.empty() ? t.rows : t.data_rows;
    };
    std::vector<const report::Table*> tables;
    for (const auto& block : doc.blocks)
        if (const auto* t = std::get_if<report::Table>(&block)) {
            if (!tables.empty() && headers(*t) != headers(*tables.front()))
                return std::nullopt;
            tables.push_back(t);
        }
    if (tables.empty())
        return std::nullopt;
    std::string out;
    const auto row = [&](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i)
            out += (i == 0 ? "" : ",") + csv_field(cells[i]);
        out += "\r\n";
    };
    row(headers(*tables.front()));
    for (const auto* table : tables)
        for (const auto& r : rows(*table))
            row(r);
    return out;
}

} // namespace aistrat::render
