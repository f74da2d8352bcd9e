// Small text helpers shared by every layer: case folding and "did you mean".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace aistrat::model {

/// Marks around highlighted words in text (private-use code points that data never holds):
/// search puts them around matched words; renderers make them bold or `**`, or drop them.
inline constexpr std::string_view k_highlight_start = "\xEE\x80\x80"; // U+E000
inline constexpr std::string_view k_highlight_end = "\xEE\x80\x81";   // U+E001

/// `text` without highlight marks.
std::string strip_highlights(std::string_view text);

/// `s` with ASCII letters in lower case (ids and names are ASCII kebab-case).
std::string to_lower(std::string_view s);

/// True when `a` and `b` are equal ignoring ASCII case.
bool iequals(std::string_view a, std::string_view b);

/// True when `s` starts with `prefix`, ignoring ASCII case.
bool istarts_with(std::string_view s, std::string_view prefix);

/// The edit distance between `a` and `b` (insertions, deletions, substitutions and
/// transpositions of adjacent letters), ignoring ASCII case.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The names in `candidates` nearest to `name` (at most `limit`, all at the same
/// distance); none when no name is close enough to be a plausible misspelling.
std::vector<std::string> closest(std::string_view name, const std::vector<std::string>& candidates,
                                 std::size_t limit = 3);

/// "did you mean 'a'?" or "did you mean 'a' or 'b'?"; empty when `suggestions` is.
std::string did_you_mean(const std::vector<std::string>& suggestions);

/// True when `s` is lower-case kebab-case: `[a-z0-9]+(-[a-z0-9]+)*`.
bool is_kebab_case(std::string_view s);

/// A schema name as a label for people: "data-sources" -> "Data sources".
std::string label(std::string_view name);

/// `items` joined with `separator`.
std::string join(const std::vector<std::string>& items, std::string_view separator);

} // namespace aistrat::model
