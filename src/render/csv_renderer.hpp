// Renders a document's table as CSV (RFC 4180), safe to open in a spreadsheet.
#pragma once

#include "report/document.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace aistrat::render {

/// `cell` as one CSV field: control and format characters shown as escapes
/// (model::neutralize: tabs and newlines stay), quoted when it holds a comma, quote or LF
/// (quotes doubled);
/// a cell that a spreadsheet would run as a formula (it begins with =, +, -, @, tab or CR)
/// is prefixed with `'`, and so is such a character after a ';', a tab or a line break
/// inside a cell, where a spreadsheet that splits on them starts a cell or a row.
std::string csv_field(std::string_view cell);

/// The table of `doc` as CSV with CRLF line ends (tables with the same columns print as
/// one, rows in order), or nullopt when `doc` holds no table or tables with different
/// columns.
std::optional<std::string> render_csv(const report::Document& doc);

} // namespace aistrat::render
