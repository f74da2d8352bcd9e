// Case folding, edit distance and suggestions for misspelt names; unsafe characters and
// YAML scalars.
#include "model/text.hpp"

#include <fmt/format.h>
#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <chrono>
#include <cstdlib>

namespace aistrat::model {

namespace {
char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}
} // namespace

std::string strip_highlights(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        if (text.substr(i).starts_with(k_highlight_start) ||
            text.substr(i).starts_with(k_highlight_end)) {
            i += k_highlight_start.size();
            continue;
        }
        out += text[i++];
    }
    return out;
}

namespace {

bool is_ascii(std::string_view s) {
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

} // namespace

/// Normalising reorders a run of marks, which costs the square of its length: a name of
/// 80,000 alternating accents took seconds to fold. Bytes that are not UTF-8 are kept as
/// they are (and end any run).
std::size_t code_points(std::string_view s) {
    // Every byte but a continuation byte (10xxxxxx) starts a code point or is one on its own.
    return static_cast<std::size_t>(std::count_if(
        s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string stream_safe(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    std::size_t run = 0;
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
    auto left = static_cast<utf8proc_ssize_t>(s.size());
    while (left > 0) {
        utf8proc_int32_t cp = 0;
        utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
        const bool mark = n > 0 && utf8proc_get_property(cp)->combining_class != 0;
        if (n <= 0)
            n = 1;
        run = mark ? run + 1 : 0;
        if (run <= k_max_marks_in_a_row)
            out.append(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n));
        p += n;
        left -= n;
    }
    return out;
}

std::string to_lower(std::string_view s) {
    std::string out(s);
    if (is_ascii(s)) { // ids, kinds and most names: no table needed
        std::transform(out.begin(), out.end(), out.begin(), lower);
        return out;
    }
    // Unicode case folding, composed (NFC) so that É typed either way folds alike; marks are
    // kept (é is not e), at most 30 in a row. Text that is not UTF-8 keeps its bytes, its
    // ASCII letters folded.
    const std::string safe = stream_safe(s);
    utf8proc_uint8_t* folded = nullptr;
    const auto n = utf8proc_map(
        reinterpret_cast<const utf8proc_uint8_t*>(safe.data()),
        static_cast<utf8proc_ssize_t>(safe.size()), &folded,
        static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD));
    if (n >= 0 && folded != nullptr)
        out.assign(reinterpret_cast<const char*>(folded), static_cast<std::size_t>(n));
    else
        std::transform(out.begin(), out.end(), out.begin(), lower);
    std::free(folded);
    return out;
}

bool iequals(std::string_view a, std::string_view b) {
    if (is_ascii(a) && is_ascii(b))
        return a.size() == b.size() &&
               std::equal(a.begin(), a.end(), b.begin(),
                          [](char x, char y) { return lower(x) == lower(y); });
    return to_lower(a) == to_lower(b);
}

bool istarts_with(std::string_view s, std::string_view prefix) {
    if (is_ascii(s) && is_ascii(prefix))
        return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
    return to_lower(s).starts_with(to_lower(prefix));
}

std::size_t edit_distance(std::string_view a_text, std::string_view b_text, std::size_t bound) {
    // Optimal string alignment: Levenshtein plus transposition of two adjacent letters. Three
    // rows of the table are enough (a transposition looks two rows back). Every cell of a row
    // comes from the row above, from its left neighbour plus one, or from two rows above plus
    // one: once a row's least cell exceeds the bound and the row above's reaches it, every
    // later row exceeds it too.
    const std::string a = to_lower(a_text);
    const std::string b = to_lower(b_text);
    const std::size_t columns = b.size() + 1;
    std::vector<std::size_t> before(columns), previous(columns), row(columns);
    for (std::size_t j = 0; j < columns; ++j)
        previous[j] = j;
    std::size_t least_before = 0;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        row[0] = i;
        std::size_t least = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t cell = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cell = std::min(cell, std::min(previous[j], row[j - 1]) + 1);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                cell = std::min(cell, before[j - 2] + 1);
            row[j] = cell;
            least = std::min(least, cell);
        }
        if (least > bound && least_before >= bound)
            return bound + 1;
        least_before = least;
        std::swap(before, previous);
        std::swap(previous, row);
    }
    return std::min(previous[b.size()], bound + 1);
}

std::vector<std::string> closest(std::string_view name, const std::vector<std::string>& candidates,
                                 std::size_t limit) {
    // Plausible: within a third of the name's length (at least one edit), or the candidate
    // starts with the name. Only the nearest are kept: a typo has one likely fix.
    if (name.size() > 64) // no one misspells a name that long; spare the quadratic work
        return {};
    const std::size_t budget = std::max<std::size_t>(1, name.size() / 3);
    std::vector<std::pair<std::size_t, std::string>> scored;
    for (const auto& candidate : candidates) {
        std::size_t distance = 0;
        if (name.size() >= 3 && istarts_with(candidate, name)) {
            distance = candidate.size() == name.size() ? 0 : 1;
        } else {
            // The distance is at least the difference in length: most candidates of a large
            // vocabulary are ruled out without filling a table.
            const std::size_t apart = candidate.size() > name.size()
                                          ? candidate.size() - name.size()
                                          : name.size() - candidate.size();
            if (apart > budget)
                continue;
            distance = edit_distance(name, candidate, budget);
        }
        if (distance <= budget)
            scored.emplace_back(distance, candidate);
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto& x, const auto& y) { return x.first < y.first; });
    std::vector<std::string> out;
    for (const auto& [distance, candidate] : scored) {
        if (distance > scored.front().first)
            break;
        if (std::find(out.begin(), out.end(), candidate) != out.end())
            continue;
        out.push_back(candidate);
        if (out.size() == limit)
            break;
    }
    return out;
}

std::string did_you_mean(const std::vector<std::string>& suggestions) {
    if (suggestions.empty())
        return {};
    std::string out = "did you mean ";
    for (std::size_t i = 0; i < suggestions.size(); ++i) {
        if (i > 0)
            out += i + 1 == suggestions.size() ? " or " : ", ";
        out += "'" + suggestions[i] + "'";
    }
    return out + "?";
}

bool is_kebab_case(std::string_view s) {
    if (s.empty() || s.front() == '-' || s.back() == '-')
        return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok || (c == '-' && s[i + 1] == '-'))
            return false;
    }
    return true;
}

std::string label(std::string_view name) {
    std::string out(name);
    std::replace(out.begin(), out.end(), '-', ' ');
    if (!out.empty())
        out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

bool is_unsafe_code_point(char32_t cp) {
    if (cp < 0x20)
        return cp != '\t' && cp != '\n';
    if (cp < 0x7F)
        return false;
    if (cp <= 0x9F) // DEL and the C1 controls (U+009B is a one-byte CSI on some terminals)
        return true;
    if (cp == 0x2028 || cp == 0x2029) // line breaks to YAML 1.1 and JavaScript
        return true;
    if (cp == 0x200D) // the zero-width joiner holds emoji sequences together
        return false;
    if (cp > 0x10FFFF)
        return true;
    return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_CF;
}

bool is_plain_text(std::string_view text, bool spaces) {
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        const std::size_t length = decode_utf8(text, i, cp);
        if (length == 0 || is_unsafe_code_point(cp) || cp == '\t' || cp == '\n' ||
            (!spaces && (cp == ' ' || is_space_separator(cp))))
            return false;
        i += length;
    }
    return true;
}

bool is_space_separator(char32_t cp) {
    return cp <= 0x10FFFF &&
           utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_ZS;
}

std::size_t space_at(std::string_view text, std::size_t i) {
    if (i >= text.size())
        return 0;
    if (text[i] == ' ')
        return 1;
    if (static_cast<unsigned char>(text[i]) < 0x80)
        return 0;
    char32_t cp = 0;
    const std::size_t length = decode_utf8(text, i, cp);
    return length > 0 && is_space_separator(cp) ? length : 0;
}

std::size_t decode_utf8(std::string_view text, std::size_t i, char32_t& cp) {
    utf8proc_int32_t c = 0;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                    static_cast<utf8proc_ssize_t>(text.size() - i), &c);
    if (n <= 0)
        return 0;
    cp = static_cast<char32_t>(c);
    return static_cast<std::size_t>(n);
}

std::string neutralize(std::string_view text, Neutralize how) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        const std::size_t n = decode_utf8(text, i, cp);
        if (n == 0) {
            out += "\xEF\xBF\xBD"; // U+FFFD
            i += 1;
            continue;
        }
        if ((cp == '\t' && !how.keep_tabs) || (cp == '\n' && !how.keep_newlines))
            out += ' ';
        else if (is_unsafe_code_point(cp))
            out += cp < 0x80 ? fmt::format("\\x{:02x}", static_cast<std::uint32_t>(cp))
                             : fmt::format("\\u{{{:x}}}", static_cast<std::uint32_t>(cp));
        else
            out.append(text.substr(i, n));
        i += n;
    }
    return out;
}

namespace {

/// `s` double-quoted for YAML; `clean` tells whether nothing had to be escaped but `"` and `\`.
std::string double_quoted(std::string_view s, bool& clean) {
    std::string out = "\"";
    clean = true;
    for (std::size_t i = 0; i < s.size();) {
        char32_t cp = 0;
        const std::size_t n = decode_utf8(s, i, cp);
        if (n == 0) {
            out += "\\uFFFD";
            clean = false;
            i += 1;
            continue;
        }
        const auto code = static_cast<std::uint32_t>(cp);
        if (cp == '"' || cp == '\\') {
            out += '\\';
            out += static_cast<char>(cp);
        } else if (cp < 0x20 || is_unsafe_code_point(cp) || cp == 0xFFFE || cp == 0xFFFF) {
            out += code < 0x100     ? fmt::format("\\x{:02X}", code)
                   : code < 0x10000 ? fmt::format("\\u{:04X}", code)
                                    : fmt::format("\\U{:08X}", code);
            clean = false;
        } else {
            out.append(s.substr(i, n));
        }
        i += n;
    }
    return out + "\"";
}

} // namespace

std::string yaml_quoted(std::string_view s) {
    bool clean = true;
    return double_quoted(s, clean);
}

std::string yaml_scalar(std::string_view s) {
    // YAML 1.2's core schema and YAML 1.1's booleans (which PyYAML and go-yaml v2 still
    // read, y and n among them): quoted, they stay text.
    static constexpr std::array<std::string_view, 26> k_reserved = {
        "true",  "false", "null", "yes", "no", "on",  "off",  "~",     "True",
        "False", "Null",  "Yes",  "No",  "On", "Off", "TRUE", "FALSE", "NULL",
        "YES",   "NO",    "ON",   "OFF", "y",  "Y",   "n",    "N"};
    bool clean = true;
    std::string quoted = double_quoted(s, clean);
    bool plain = clean && !s.empty() && s.front() != ' ' && s.back() != ' ';
    for (const auto word : k_reserved)
        if (s == word)
            plain = false;
    if (plain && std::string_view("-?:,[]{}#&*!|>'\"%@`0123456789.+<=").find(s.front()) !=
                     std::string_view::npos)
        plain = false;
    for (std::size_t i = 0; plain && i < s.size(); ++i) {
        const char c = s[i];
        if (c == '\t' || (c == ':' && (i + 1 == s.size() || s[i + 1] == ' ')) ||
            (c == '#' && i > 0 && s[i - 1] == ' '))
            plain = false;
    }
    return plain ? std::string(s) : quoted;
}

bool is_iso_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return false;
    auto part = [&](std::size_t at, std::size_t len) {
        int value = -1;
        auto [ptr, ec] = std::from_chars(text.data() + at, text.data() + at + len, value);
        return ec == std::errc{} && ptr == text.data() + at + len ? value : -1;
    };
    const int year = part(0, 4);
    const int month = part(5, 2);
    const int day = part(8, 2);
    if (year < 0 || month < 0 || day < 0)
        return false;
    // The calendar (months' lengths, leap years) is the standard library's.
    return std::chrono::year_month_day{std::chrono::year{year},
                                       std::chrono::month{static_cast<unsigned>(month)},
                                       std::chrono::day{static_cast<unsigned>(day)}}
        .ok();
}

bool is_iso_date_shaped(std::string_view text) {
    return text.size() == 10 && text[4] == '-' && text[7] == '-' &&
           std::all_of(text.begin(), text.end(),
                       [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
}

bool is_iso_date_prefix(std::string_view text) {
    const auto digits = [&](std::size_t at, std::size_t len) {
        return std::all_of(text.begin() + static_cast<std::ptrdiff_t>(at),
                           text.begin() + static_cast<std::ptrdiff_t>(at + len),
                           [](char c) { return c >= '0' && c <= '9'; });
    };
    if (text.size() == 4)
        return digits(0, 4);
    if (text.size() == 7)
        return digits(0, 4) && text[4] == '-' && digits(5, 2) && text.substr(5) >= "01" &&
               text.substr(5) <= "12";
    return is_iso_date(text);
}

std::vector<std::string> question_words(std::string_view text) {
    // Folded first, as the index's tokenizer (unicode61, remove_diacritics 2) reads text:
    // Unicode case folding, compatibility forms and diacritics removed ("Ｃhina", "CHINA" and
    // "Chína" are "china"), and characters to ignore (a soft hyphen) dropped, as the index
    // drops them.
    std::string folded;
    {
        utf8proc_uint8_t* out = nullptr;
        const std::string safe = stream_safe(text);
        const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(safe.data()),
                                    static_cast<utf8proc_ssize_t>(safe.size()), &out,
                                    static_cast<utf8proc_option_t>(
                                        UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT |
                                        UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_IGNORE));
        if (n >= 0 && out != nullptr)
            folded.assign(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
        std::free(out);
        if (n < 0) // not UTF-8: its ASCII letters and digits still make words
            for (char c : text)
                folded += static_cast<unsigned char>(c) < 0x80
                              ? static_cast<char>(std::tolower(static_cast<unsigned char>(c)))
                              : ' ';
    }
    std::vector<std::string> words;
    std::string word;
    const auto flush = [&] {
        // Trailing punctuation of a number is not part of the word.
        while (!word.empty() && (word.back() == '.' || word.back() == ','))
            word.pop_back();
        if (!word.empty()) {
            // A number with its magnitude abbreviated ("US$600bn", "270m", "$5b") is the
            // number and the magnitude's word, as the knowledge writes them ("US$600 billion").
            const std::size_t digit = word.find_last_of("0123456789");
            const std::string_view tail =
                digit == std::string::npos ? "" : std::string_view(word).substr(digit + 1);
            static constexpr std::pair<std::string_view, std::string_view> k_magnitudes[] = {
                {"bn", "billion"},      {"mn", "million"},      {"tn", "trillion"},
                {"billion", "billion"}, {"million", "million"}, {"trillion", "trillion"},
                {"b", "billion"},       {"m", "million"},       {"k", "thousand"}};
            const auto* magnitude = std::find_if(std::begin(k_magnitudes), std::end(k_magnitudes),
                                                 [&](const auto& m) { return m.first == tail; });
            // A single letter is a magnitude only after a currency sign ("$5b", not "5g").
            if (!tail.empty() && magnitude != std::end(k_magnitudes) &&
                (tail.size() > 1 || word.find('$') != std::string::npos)) {
                words.push_back(word.substr(0, digit + 1));
                words.emplace_back(magnitude->second);
            } else {
                words.push_back(word);
            }
        }
        word.clear();
    };
    for (std::size_t i = 0; i < folded.size();) {
        const auto c = static_cast<unsigned char>(folded[i]);
        if (c < 0x80) {
            const bool digit_next =
                i + 1 < folded.size() && std::isdigit(static_cast<unsigned char>(folded[i + 1]));
            if (std::isalnum(c) || c == '$' || c == '%')
                word += static_cast<char>(c);
            else if ((c == '.' || c == ',') && !word.empty() &&
                     std::isdigit(static_cast<unsigned char>(word.back())) && digit_next)
                word += static_cast<char>(c);
            else
                flush();
            ++i;
            continue;
        }
        // A letter or a digit of any script is part of a word; punctuation (typographic
        // apostrophes and quotes, dashes), symbols and spaces separate words.
        char32_t cp = 0;
        const std::size_t length = decode_utf8(folded, i, cp);
        if (length == 0) {
            flush();
            ++i;
            continue;
        }
        const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
        const bool letter = category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LL ||
                            category == UTF8PROC_CATEGORY_LT || category == UTF8PROC_CATEGORY_LM ||
                            category == UTF8PROC_CATEGORY_LO || category == UTF8PROC_CATEGORY_ND ||
                            category == UTF8PROC_CATEGORY_NL || category == UTF8PROC_CATEGORY_NO ||
                            category == UTF8PROC_CATEGORY_MN || category == UTF8PROC_CATEGORY_MC ||
                            category == UTF8PROC_CATEGORY_CO;
        if (letter)
            word.append(folded, i, length);
        else
            flush();
        i += length;
    }
    flush();
    return words;
}

} // namespace aistrat::model
