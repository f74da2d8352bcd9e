// Renders command data (JSON values) as JSON or YAML text.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace aistrat::render {

/// `data` as indented JSON; invalid UTF-8 in strings is replaced, never fatal.
std::string render_json(const nlohmann::ordered_json& data);

/// `data` as a YAML 1.2 block document; strings are quoted wherever a plain scalar would
/// be read back as something else.
std::string render_yaml(const nlohmann::ordered_json& data);

} // namespace aistrat::render
