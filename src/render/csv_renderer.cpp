// CSV per RFC 4180, with formula injection guarded.
#include "render/csv_renderer.hpp"

#include "model/text.hpp"

#include <vector>

namespace aistrat::render {

std::string csv_field(std::string_view raw) {
    // Cells reach terminals too (`aistrat list -f csv | column`): control and format
    // characters are shown, not passed on; tabs and line breaks are data and stay.
    std::string cell = model::neutralize(model::strip_highlights(raw));
    if (!cell.empty() && std::string_view("=+-@\t\r").find(cell.front()) != std::string_view::npos)
        cell.insert(cell.begin(), '\'');
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
    std::vector<const report::Table*> tables;
    for (const auto& block : doc.blocks)
        if (const auto* t = std::get_if<report::Table>(&block)) {
            if (!tables.empty() && t->headers != tables.front()->headers)
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
    row(tables.front()->headers);
    for (const auto* table : tables)
        for (const auto& r : table->rows)
            row(r);
    return out;
}

} // namespace aistrat::render
