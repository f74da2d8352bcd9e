// Typed reading of YAML scalars and lists with precise diagnostics.
#include "load/node_reader.hpp"

#include "model/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace aistrat::load {

void NodeReader::error(const model::Location& where, std::string message) {
    m_diagnostics.push_back({where, model::Severity::Error, std::move(message)});
}

std::optional<std::string> NodeReader::text(const YamlNode& node, std::string_view what) {
    if (!node.is_scalar()) {
        error(node.where, fmt::format("{} must be text, found {}", what, describe(node)));
        return std::nullopt;
    }
    return node.value;
}

std::optional<std::vector<std::string>> NodeReader::text_list(const YamlNode& node,
                                                              std::string_view what) {
    if (node.is_scalar())
        return std::vector<std::string>{node.value};
    if (!node.is_sequence()) {
        error(node.where, fmt::format("{} must be a list of text, found {}", what, describe(node)));
        return std::nullopt;
    }
    std::vector<std::string> out;
    bool ok = true;
    for (const auto& item : node.items) {
        if (!item.is_scalar()) {
            error(item.where,
                  fmt::format("each item of {} must be text, found {}", what, describe(item)));
            ok = false;
            continue;
        }
        out.push_back(item.value);
    }
    return ok ? std::optional(out) : std::nullopt;
}

std::optional<bool> NodeReader::boolean(const YamlNode& node, std::string_view what) {
    if (node.is_scalar() && (node.value == "true" || node.value == "false"))
        return node.value == "true";
    error(node.where, fmt::format("{} must be true or false, found {}", what,
                                  node.is_scalar() ? "'" + node.value + "'" : describe(node)));
    return std::nullopt;
}

std::optional<long long> NodeReader::integer(const YamlNode& node, std::string_view what) {
    if (node.is_scalar()) {
        long long value = 0;
        const char* end = node.value.data() + node.value.size();
        auto [ptr, ec] = std::from_chars(node.value.data(), end, value);
        if (ec == std::errc{} && ptr == end && !node.value.empty())
            return value;
    }
    error(node.where, fmt::format("{} must be a whole number, found {}", what,
                                  node.is_scalar() ? "'" + node.value + "'" : describe(node)));
    return std::nullopt;
}

std::optional<double> NodeReader::number(const YamlNode& node, std::string_view what) {
    if (node.is_scalar()) {
        double value = 0;
        const char* end = node.value.data() + node.value.size();
        auto [ptr, ec] = std::from_chars(node.value.data(), end, value);
        if (ec == std::errc{} && ptr == end && !node.value.empty() && std::isfinite(value))
            return value;
    }
    error(node.where, fmt::format("{} must be a number, found {}", what,
                                  node.is_scalar() ? "'" + node.value + "'" : describe(node)));
    return std::nullopt;
}

void NodeReader::unknown_keys(const YamlNode& node, const std::vector<std::string>& known,
                              std::string_view what, std::string_view context) {
    for (std::size_t i = 0; i < node.pair_count(); ++i) {
        const YamlNode& key = node.key(i);
        if (!key.is_scalar()) {
            error(key.where, fmt::format("{} names must be text, found {}", what, describe(key)));
            continue;
        }
        if (std::find(known.begin(), known.end(), key.value) != known.end())
            continue;
        std::string message = fmt::format("unknown {} '{}'{}", what, key.value, context);
        const std::string hint = model::did_you_mean(model::closest(key.value, known));
        error(key.where, hint.empty() ? message : message + "; " + hint);
    }
}

void NodeReader::require(const YamlNode& node, std::string_view key, std::string_view what) {
    if (node.find(key) == nullptr)
        error(node.where, fmt::format("missing required {} '{}'", what, key));
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
    if (year < 0 || month < 1 || month > 12 || day < 1)
        return false;
    static constexpr int k_days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= (month == 2 && !leap ? 28 : k_days[month - 1]);
}

} // namespace aistrat::load
