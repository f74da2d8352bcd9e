// Writes references as CSL JSON (pandoc's citeproc, Zotero) and as BibTeX in biblatex's
// vocabulary (biber, pandoc, bibtool), every value escaped for its format.
#pragma once

#include "report/bibliography.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace aistrat::render {

/// The references as a CSL JSON array of items.
nlohmann::ordered_json csl_json(const std::vector<report::Reference>& references);

/// `text` as the inside of a braced BibTeX value: TeX's special characters escaped (a brace
/// without its partner as \textbraceleft{} or \textbraceright{}, which BibTeX does not
/// count), ligatures broken, control characters and line breaks as spaces: the value's
/// braces always balance.
std::string bibtex_text(std::string_view text);

/// The references as BibTeX entries: `@article` (with `entrysubtype = {newspaper}`) for
/// newspaper articles, `@online` for the rest.
std::string render_bibtex(const std::vector<report::Reference>& references);

} // namespace aistrat::render
