// A YAML document as a plain tree with 1-based positions, built from yaml-cpp's events so
// that duplicate keys, alias expansion and nesting depth are under our control.
#pragma once

#include "model/diagnostic.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace aistrat::load {

struct YamlNode {
    enum class Type { Null, Scalar, Sequence, Map };
    Type type = Type::Null;
    std::string value;           ///< scalars
    bool plain = true;           ///< a scalar written without quotes or block style
    bool tagged = false;         ///< a scalar with a tag of its own (`!!float 3`, `!x y`)
    bool text_tag = false;       ///< that tag is `!!str`: text to every YAML reader
    std::vector<YamlNode> items; ///< sequences; for maps, keys and values alternate
    model::Location where;

    bool is_scalar() const { return type == Type::Scalar; }
    bool is_map() const { return type == Type::Map; }
    bool is_sequence() const { return type == Type::Sequence; }
    /// The number of key/value pairs of a map.
    std::size_t pair_count() const { return items.size() / 2; }
    const YamlNode& key(std::size_t i) const { return items[2 * i]; }
    const YamlNode& val(std::size_t i) const { return items[2 * i + 1]; }
    /// The value of the map key `name`, or nullptr.
    const YamlNode* find(std::string_view name) const;
};

/// Limits that keep hostile input from taking unbounded time or memory.
struct YamlLimits {
    std::size_t max_depth = 64;
    std::size_t max_nodes = 1'000'000;  ///< after alias expansion
    std::size_t max_documents = 10'000; ///< in one file
    /// Bytes of text (every scalar, and every copy an alias makes) in one file; 0 means
    /// twice the file's size and 64 KiB more, so that aliases cannot make a small file hold
    /// gigabytes of text.
    std::size_t max_text = 0;
};

/// Brackets (`[`, `{`) open at once, anywhere in a file's text, past which it is refused
/// before it is parsed (see parse_yaml).
inline constexpr std::size_t k_max_open_brackets = 16384;

struct YamlParse {
    std::vector<YamlNode> documents;
    model::Diagnostics diagnostics;
    /// Bytes of text that aliases copied (each alias counts the text of what it names),
    /// for a limit over every file of a knowledge base, and where the first alias stands.
    std::size_t alias_bytes = 0;
    model::Location first_alias;
};

/// Parses every document of `text`; `path` names it in diagnostics. Text that is not UTF-8,
/// holds a NUL byte or has more than k_max_open_brackets brackets open at once is rejected
/// first. A byte-order mark is fine at the start of the file, and at the start of a later
/// document's first key. Lines may end in LF, CR LF or a lone CR, YAML's three line
/// breaks. Duplicate keys, syntax errors and exceeded limits become diagnostics; parsing
/// stops at a syntax error.
YamlParse parse_yaml(const std::string& path, const std::string& text, YamlLimits limits = {});

/// A short description of a node's type for messages: "a mapping", "a list", "text".
std::string_view describe(const YamlNode& node);

} // namespace aistrat::load
