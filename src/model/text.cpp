// Case folding, edit distance and suggestions for misspelt names.
#include "model/text.hpp"

#include <algorithm>
#include <cctype>

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

std::string to_lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), lower);
    return out;
}

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                              [](char x, char y) { return lower(x) == lower(y); });
}

bool istarts_with(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    // Optimal string alignment: Levenshtein plus transposition of two adjacent letters.
    const std::size_t columns = b.size() + 1;
    std::vector<std::size_t> d((a.size() + 1) * columns);
    const auto at = [&](std::size_t i, std::size_t j) -> std::size_t& {
        return d[i * columns + j];
    };
    for (std::size_t i = 0; i <= a.size(); ++i)
        at(i, 0) = i;
    for (std::size_t j = 0; j <= b.size(); ++j)
        at(0, j) = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) &&
                lower(a[i - 2]) == lower(b[j - 1]))
                at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
        }
    }
    return at(a.size(), b.size());
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
        std::size_t distance = edit_distance(name, candidate);
        if (name.size() >= 3 && istarts_with(candidate, name))
            distance = std::min(distance, std::size_t{1});
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

std::string join(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += separator;
        out += items[i];
    }
    return out;
}

} // namespace aistrat::model
