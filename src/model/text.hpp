// Small text helpers shared by every layer: case folding, "did you mean", the one rule of
// which characters may not reach a terminal raw, and YAML scalars.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace aistrat::model {

/// Marks around highlighted words in text (private-use code points that data never holds):
/// search puts them around matched words; renderers make them bold or `**`, or drop them.
inline constexpr std::string_view k_highlight_start = "\xEE\x80\x80"; // U+E000
inline constexpr std::string_view k_highlight_end = "\xEE\x80\x81";   // U+E001

/// Marks of a citation for pandoc's citeproc (private-use code points, as the highlights):
/// `start KEY [locator LOCATOR] [next KEY ...] end`. The markdown renderer writes it as
/// `[@KEY, LOCATOR; @KEY]`, the locators escaped; no other format is given one.
inline constexpr std::string_view k_citation_start = "\xEE\x80\x82";   // U+E002
inline constexpr std::string_view k_citation_locator = "\xEE\x80\x83"; // U+E003
inline constexpr std::string_view k_citation_next = "\xEE\x80\x84";    // U+E004
inline constexpr std::string_view k_citation_end = "\xEE\x80\x85";     // U+E005

/// `text` without highlight marks.
std::string strip_highlights(std::string_view text);

/// `s` case-folded: ASCII letters in lower case, other letters by Unicode case folding
/// (NFC first, so a letter typed composed or decomposed folds alike; "É" is "é", "ß" is
/// "ss"; marks are kept). Bytes that are not UTF-8 are kept.
/// How many code points the UTF-8 text `s` holds (each byte that is not UTF-8 counts as one).
std::size_t code_points(std::string_view s);

/// Unicode's stream-safe limit (UAX #15): at most 30 combining marks in a row.
inline constexpr std::size_t k_max_marks_in_a_row = 30;

/// `s` with each run of more than k_max_marks_in_a_row combining marks cut to that many:
/// normalising reorders a run of marks, at a cost of the square of its length, so text is
/// made stream-safe before utf8proc reads it. Bytes that are not UTF-8 are kept.
std::string stream_safe(std::string_view s);

std::string to_lower(std::string_view s);

/// True when `a` and `b` are equal ignoring case (as to_lower folds it).
bool iequals(std::string_view a, std::string_view b);

/// True when `s` starts with `prefix`, ignoring case (as to_lower folds it).
bool istarts_with(std::string_view s, std::string_view prefix);

/// The edit distance between `a` and `b` (insertions, deletions, substitutions and
/// transpositions of adjacent letters), ignoring ASCII case. With a `bound`, stops as soon as
/// the distance is known to exceed it and returns `bound + 1`.
std::size_t edit_distance(std::string_view a, std::string_view b,
                          std::size_t bound = static_cast<std::size_t>(-1) - 1);

/// The names in `candidates` nearest to `name` (at most `limit`, all at the same
/// distance); none when no name is close enough to be a plausible misspelling.
std::vector<std::string> closest(std::string_view name, const std::vector<std::string>& candidates,
                                 std::size_t limit = 3);

/// "did you mean 'a'?" or "did you mean 'a' or 'b'?"; empty when `suggestions` is.
std::string did_you_mean(const std::vector<std::string>& suggestions);

/// True when `text` holds nothing but blanks and line breaks (or nothing at all).
inline bool is_blank(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

/// True when `s` is lower-case kebab-case: `[a-z0-9]+(-[a-z0-9]+)*`.
bool is_kebab_case(std::string_view s);

/// A schema name as a label for people: "data-sources" -> "Data sources".
std::string label(std::string_view name);

/// True for a code point that must never reach a terminal raw, whatever the output format:
/// C0 controls but tab and newline, DEL, C1 controls (U+0080..U+009F), the line and paragraph
/// separators (U+2028, U+2029) and format characters (bidi overrides and isolates, zero-width
/// spaces, the BOM, tags, ...), except the zero-width joiner that emoji need. Tab and
/// newline are for the caller to decide.
bool is_unsafe_code_point(char32_t cp);

/// True when `text` is UTF-8 and holds no unsafe code point (see is_unsafe_code_point) and
/// no tab or newline: it shows on a terminal as what it is. With `spaces` false, no space
/// of any width either (a name typed as one word).
bool is_plain_text(std::string_view text, bool spaces = true);

/// True for a space separator (Unicode category Zs): the space, the no-break space, the em
/// and other typographic spaces, the ideographic space. Text pasted from web pages and word
/// processors holds them where a space is meant.
bool is_space_separator(char32_t cp);

/// The length in bytes of the space separator (see is_space_separator) that starts at
/// `text[i]`, or 0.
std::size_t space_at(std::string_view text, std::size_t i);

/// `text` in lower case, split into words as `ask` reads a question and as the index splits
/// text (an apostrophe splits too: "china's" is "china", "s"), keeping numbers and currencies
/// whole ("us$600", "3.7%", "1,000"). Unicode spaces separate words as a space does.
std::vector<std::string> question_words(std::string_view text);

/// Decodes the UTF-8 code point at `text[i]` into `cp`; returns its length in bytes, or 0
/// when the bytes there are not valid UTF-8.
std::size_t decode_utf8(std::string_view text, std::size_t i, char32_t& cp);

/// True when `text` is a calendar date written YYYY-MM-DD (2020-02-29 is, 2021-02-29 not).
bool is_iso_date(std::string_view text);

/// True when `text` is written NNNN-NN-NN, digits and dashes, whether or not it is a day of the
/// calendar (2020-02-30 is written so): to say why a date is refused.
bool is_iso_date_shaped(std::string_view text);

/// True when `text` is a year (YYYY), a month (YYYY-MM) or a date (YYYY-MM-DD) as ISO 8601
/// writes them: what a date compares with in order.
bool is_iso_date_prefix(std::string_view text);

/// What neutralize() does with tabs and newlines: keep them, or make each one a space.
struct Neutralize {
    bool keep_tabs = true;
    bool keep_newlines = true;
};

/// `text` with every unsafe code point (see is_unsafe_code_point) shown as `\xNN` (below
/// U+0080) or `\u{NN}`, and invalid UTF-8 replaced by U+FFFD: safe to print on a terminal.
/// Tabs and newlines are kept or made spaces as `how` says (a space keeps a comment or a
/// table cell on one line).
std::string neutralize(std::string_view text, Neutralize how = {});

/// `s` as a YAML double-quoted scalar that reads back as `s`: `"` and `\` escaped, every C0
/// control, DEL and unsafe code point written as a `\x`, `\u` or `\U` escape, invalid UTF-8
/// as `\uFFFD`. The result holds no line break and nothing a terminal acts on.
std::string yaml_quoted(std::string_view s);

/// `s` as a YAML scalar: plain when it reads back as the same string (not a number, a
/// boolean, null or an indicator, no `: ` or ` #`, nothing escaped), otherwise yaml_quoted.
std::string yaml_scalar(std::string_view s);

} // namespace aistrat::model
