// Typed reading of YAML scalars and lists with precise diagnostics.
#include "load/node_reader.hpp"

#include "model/number.hpp"
#include "model/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>

namespace aistrat::load {

void NodeReader::error(const model::Location& where, std::string message) {
    m_diagnostics.push_back({where, model::Severity::Error, std::move(message)});
}

namespace {

/// A scalar with a tag that makes it other than text to other YAML readers (`!!int 7`,
/// `!!binary aGk=`, `!custom x`): the same file would hold different values for them.
bool foreign_tag(const YamlNode& node) {
    return node.tagged && !node.text_tag;
}

std::string tagged_text(std::string_view what, const YamlNode& node) {
    return fmt::format("{} must be text, found the tagged value '{}' (write it without the tag, "
                       "or with !!str)",
                       what, node.value);
}

} // namespace

std::optional<std::string> NodeReader::text(const YamlNode& node, std::string_view what) {
    if (!node.is_scalar()) {
        error(node.where, fmt::format("{} must be text, found {}", what, describe(node)));
        return std::nullopt;
    }
    if (foreign_tag(node)) // an error; the text is still read, so nothing else is said of it
        error(node.where, tagged_text(what, node));
    return node.value;
}

std::optional<std::vector<std::string>> NodeReader::text_list(const YamlNode& node,
                                                              std::string_view what) {
    if (node.is_scalar()) {
        if (foreign_tag(node))
            error(node.where, tagged_text(what, node));
        return std::vector<std::string>{node.value};
    }
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
        if (foreign_tag(item))
            error(item.where, tagged_text(fmt::format("each item of {}", what), item));
        out.push_back(item.value);
    }
    return ok ? std::optional(out) : std::nullopt;
}

namespace {

/// What a scalar that is not the value wanted was: "'x'", or "a list" for other nodes.
std::string found(const YamlNode& node) {
    return node.is_scalar() ? "'" + node.value + "'" : std::string(describe(node));
}

/// `text` (a number as written) without the zeros that lead its whole part: "-007.5" is
/// "-7.5", "00" is "0"; a negative zero is "0".
std::string without_leading_zeros(std::string_view text) {
    const bool negative = text.starts_with('-');
    std::size_t at = negative ? 1 : 0;
    while (at + 1 < text.size() && text[at] == '0' && text[at + 1] >= '0' && text[at + 1] <= '9')
        ++at;
    std::string out(text.substr(at));
    if (out.find_first_not_of("0.") == std::string::npos || !negative)
        return out;
    return "-" + out;
}

/// True when the whole part of number `text` starts with a zero followed by a digit.
bool has_leading_zero(std::string_view text) {
    if (text.starts_with('-'))
        text.remove_prefix(1);
    return text.size() > 1 && text[0] == '0' && text[1] >= '0' && text[1] <= '9';
}

/// How a scalar that is not plain was written, for the message that says to write it plain.
std::string not_plain(const YamlNode& node) {
    return node.tagged ? fmt::format("the tagged value '{}' (write it without the tag)", node.value)
                       : fmt::format("the quoted text '{}' (write it without quotes)", node.value);
}

} // namespace

std::optional<bool> NodeReader::boolean(const YamlNode& node, std::string_view what) {
    const bool valid = node.is_scalar() && (node.value == "true" || node.value == "false");
    if (valid && node.plain)
        return node.value == "true";
    error(node.where, valid
                          ? fmt::format("{} must be true or false, found {}", what, not_plain(node))
                          : fmt::format("{} must be true or false, found {}", what, found(node)));
    return std::nullopt;
}

std::optional<long long> NodeReader::integer(const YamlNode& node, std::string_view what) {
    const std::string_view text = node.value;
    const std::string_view digits = text.starts_with('-') ? text.substr(1) : text;
    if (!node.is_scalar() || digits.empty() ||
        digits.find_first_not_of("0123456789") != std::string_view::npos) {
        error(node.where, fmt::format("{} must be a whole number, found {}", what, found(node)));
        return std::nullopt;
    }
    if (!node.plain) {
        error(node.where,
              fmt::format("{} must be a whole number, found {}", what, not_plain(node)));
        return std::nullopt;
    }
    if (has_leading_zero(text) || text == "-0") {
        error(node.where, fmt::format("{} must be written without leading zeros ({}, not {})", what,
                                      without_leading_zeros(text), text));
        return std::nullopt;
    }
    long long value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || ptr != text.data() + text.size() || value > k_max_integer ||
        value < -k_max_integer) {
        error(node.where, fmt::format("{} must be a whole number from {} to {}, found '{}'", what,
                                      -k_max_integer, k_max_integer, text));
        return std::nullopt;
    }
    return value;
}

std::optional<double> NodeReader::number(const YamlNode& node, std::string_view what) {
    const std::string_view text = node.value;
    if (!node.is_scalar() || !model::parse_decimal(text)) {
        error(node.where, fmt::format("{} must be a number, found {}", what, found(node)));
        return std::nullopt;
    }
    if (!node.plain) {
        error(node.where, fmt::format("{} must be a number, found {}", what, not_plain(node)));
        return std::nullopt;
    }
    if (has_leading_zero(text)) {
        error(node.where, fmt::format("{} must be written without leading zeros ({}, not {})", what,
                                      without_leading_zeros(text), text));
        return std::nullopt;
    }
    double value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc::result_out_of_range || (ec == std::errc{} && !std::isfinite(value))) {
        error(node.where,
              fmt::format("{} is too large or too small for a number, found '{}'", what, text));
        return std::nullopt;
    }
    if (ec != std::errc{} || ptr != text.data() + text.size()) {
        error(node.where, fmt::format("{} must be a number, found '{}'", what, text));
        return std::nullopt;
    }
    return value;
}

bool NodeReader::room_for_detail() const {
    return m_diagnostics.size() < k_max_file_diagnostics;
}

std::string NodeReader::hint(std::string_view name,
                             const std::vector<std::string>& candidates) const {
    if (!room_for_detail())
        return {};
    return model::did_you_mean(model::closest(name, candidates));
}

void NodeReader::unknown_keys(const YamlNode& node, const std::vector<std::string>& known,
                              std::string_view what, std::string_view context) {
    for (std::size_t i = 0; i < node.pair_count(); ++i) {
        const YamlNode& key = node.key(i);
        if (key.is_scalar() && std::find(known.begin(), known.end(), key.value) != known.end())
            continue;
        unknown_key(key, known, what, context);
    }
}

void NodeReader::unknown_key(const YamlNode& key, const std::vector<std::string>& known,
                             std::string_view what, std::string_view context) {
    if (!key.is_scalar()) {
        error(key.where, fmt::format("{} names must be text, found {}", what, describe(key)));
        return;
    }
    std::string message = fmt::format("unknown {} '{}'{}", what, key.value, context);
    const std::string did_you_mean = hint(key.value, known);
    error(key.where, did_you_mean.empty() ? message : message + "; " + did_you_mean);
}

void NodeReader::require(const YamlNode& node, std::string_view key, std::string_view what) {
    if (node.find(key) == nullptr)
        error(node.where, fmt::format("missing required {} '{}'", what, key));
}

} // namespace aistrat::load
