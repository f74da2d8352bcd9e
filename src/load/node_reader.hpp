// Reading typed values out of YamlNode trees, each failure a diagnostic at the node.
#pragma once

#include "load/yaml_tree.hpp"
#include "model/diagnostic.hpp"
#include "model/number.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace aistrat::load {

/// The largest whole number a field may hold (model::k_max_integer).
inline constexpr long long k_max_integer = model::k_max_integer;
/// Diagnostics of one file past which messages leave out hints and lists of names, and
/// the loader reads no more of the file's documents.
inline constexpr std::size_t k_max_file_diagnostics = 100;

/// Collects diagnostics for one file as it is read.
class NodeReader {
public:
    explicit NodeReader(model::Diagnostics& diagnostics) : m_diagnostics(diagnostics) {}

    /// Records an error at `where`.
    void error(const model::Location& where, std::string message);
    /// "did you mean ...?" for `name` among `candidates`, or nothing once the diagnostics
    /// hold k_max_file_diagnostics entries: each hint measures `name` against every candidate, and
    /// thousands of misspelt keys against thousands of fields grew with their square (8,000: 64 s).
    std::string hint(std::string_view name, const std::vector<std::string>& candidates) const;
    /// Whether the diagnostics are short enough for long messages (hints, lists of names).
    bool room_for_detail() const;

    /// The text of scalar `node` (`what` names it in the message), or nullopt with an error.
    std::optional<std::string> text(const YamlNode& node, std::string_view what);
    /// A list of texts: a sequence of scalars, or a single scalar.
    std::optional<std::vector<std::string>> text_list(const YamlNode& node, std::string_view what);
    /// `true` or `false`, unquoted.
    std::optional<bool> boolean(const YamlNode& node, std::string_view what);
    /// A whole number written in decimal, unquoted, without leading zeros (7, not 007 or
    /// -0), from -k_max_integer to k_max_integer.
    std::optional<long long> integer(const YamlNode& node, std::string_view what);
    /// A finite decimal number ("-1.5", "2e9"), unquoted, without leading zeros.
    std::optional<double> number(const YamlNode& node, std::string_view what);

    /// Reports each key of map `node` not among `known` (with a suggestion), as "unknown
    /// `what` 'key'`context`".
    void unknown_keys(const YamlNode& node, const std::vector<std::string>& known,
                      std::string_view what, std::string_view context = {});
    /// Reports the one key `key` as unknown, as `unknown_keys` does.
    void unknown_key(const YamlNode& key, const std::vector<std::string>& known,
                     std::string_view what, std::string_view context = {});
    /// Reports a missing `key` of map `node` (located at the mapping).
    void require(const YamlNode& node, std::string_view key, std::string_view what);

private:
    model::Diagnostics& m_diagnostics;
};

} // namespace aistrat::load
