// Renders command data (JSON values) as JSON or YAML text.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace aistrat::render {

/// `data` as indented JSON; invalid UTF-8 in strings is replaced, never fatal. Control and
/// format characters (C0, DEL, C1, bidi overrides, zero-width spaces, U+2028/2029, ...) are
/// written as `\uXXXX` escapes, so the text holds none raw and decodes to the same strings.
/// With `one_line`, the value is written on one line (a line of JSON Lines).
std::string render_json(const nlohmann::ordered_json& data, bool one_line = false);

/// `data` as a YAML 1.2 block document; strings are quoted wherever a plain scalar would
/// be read back as something else, with control and format characters escaped
/// (model::yaml_scalar); numbers are written so YAML 1.1 readers (PyYAML) and yaml-cpp read
/// them back as the same numbers (`1.0e+26`, `.inf`, `.nan`).
std::string render_yaml(const nlohmann::ordered_json& data);

} // namespace aistrat::render
