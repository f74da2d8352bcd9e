// Renders command data through a user's Mustache template (kainjow mustache), within limits.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <variant>

namespace aistrat::render {

/// The largest template accepted, in bytes.
inline constexpr std::size_t k_max_template_bytes = std::size_t{1} << 20; // 1 MiB
/// How deep sections (`{{#x}}`, `{{^x}}`) may nest.
inline constexpr std::size_t k_max_template_depth = 32;
/// The longest tag (a name such as `entity.fields.value`, with its sigil).
inline constexpr std::size_t k_max_template_name = 256;
/// The largest output a template may print, in bytes.
inline constexpr std::size_t k_max_template_output = std::size_t{64} << 20; // 64 MiB
/// How many names a render may look up (each variable, each section and each repetition of
/// a section counts one, and each further part of a dotted name one more, since each part is
/// a lookup of its own): what bounds its time (a few seconds at most).
inline constexpr std::uint64_t k_max_template_steps = 10'000'000;

/// The limits of one render; the defaults are the documented ones.
struct TemplateLimits {
    std::size_t bytes = k_max_template_bytes;
    std::size_t depth = k_max_template_depth;
    std::size_t output = k_max_template_output;
    std::uint64_t steps = k_max_template_steps;
};

struct TemplateError {
    std::string message;
    std::size_t line = 0;   ///< where in the template, from 1; 0 when no place is at fault
    std::size_t column = 0; ///< in characters, from 1
};

/// Data converted once to the template engine's form, for rendering many templates over one
/// value (the conversion costs more than most renders of it).
class TemplateData {
public:
    explicit TemplateData(const nlohmann::ordered_json& data);
    ~TemplateData();
    TemplateData(TemplateData&&) noexcept;
    TemplateData& operator=(TemplateData&&) noexcept;
    TemplateData(const TemplateData&) = delete;
    TemplateData& operator=(const TemplateData&) = delete;

    struct Converted;
    const Converted& converted() const { return *m_converted; }

private:
    std::unique_ptr<Converted> m_converted;
};

/// `templ` rendered over `data` (the same data as the JSON output), or why not: the
/// template's syntax error, partials (`{{>name}}`, not supported), or a limit above passed.
/// Every value substituted has its control and format characters shown as escapes
/// (model::neutralize), whether the tag escapes HTML or not, and so has the template's own
/// text (its CRLF line endings kept).
std::variant<std::string, TemplateError> render_template(const std::string& templ,
                                                         const nlohmann::ordered_json& data,
                                                         const TemplateLimits& limits = {});

/// The same over data converted beforehand.
std::variant<std::string, TemplateError> render_template(const std::string& templ,
                                                         const TemplateData& data,
                                                         const TemplateLimits& limits = {});

} // namespace aistrat::render
