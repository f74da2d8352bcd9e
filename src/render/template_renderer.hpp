// Renders command data through a user's Mustache template (kainjow mustache).
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <variant>

namespace aistrat::render {

struct TemplateError {
    std::string message;
};

/// `templ` rendered over `data` (the same data as the JSON output), or the template's
/// syntax error.
std::variant<std::string, TemplateError> render_template(const std::string& templ,
                                                         const nlohmann::ordered_json& data);

} // namespace aistrat::render
