// JSON through nlohmann-json; YAML by a small block-style emitter over the same values.
#include "render/data_writer.hpp"

#include "model/text.hpp"

#include <fmt/format.h>

#include <cmath>

namespace aistrat::render {

using json = nlohmann::ordered_json;

namespace {

/// `code` as a JSON `\uXXXX` escape, a surrogate pair beyond the basic plane.
void json_escape(std::uint32_t code, std::string& out) {
    if (code >= 0x10000) {
        code -= 0x10000;
        out += fmt::format("\\u{:04x}\\u{:04x}", 0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF));
    } else {
        out += fmt::format("\\u{:04x}", code);
    }
}

} // namespace

std::string render_json(const json& data, bool one_line) {
    // nlohmann escapes C0 controls; DEL, C1 controls and format characters (bidi overrides,
    // zero-width spaces, line separators) it leaves raw. Outside strings JSON is ASCII, so
    // every such code point in the text is inside a string, where an escape means the same.
    const std::string dumped =
        data.dump(one_line ? -1 : 2, ' ', false, json::error_handler_t::replace);
    std::string out;
    out.reserve(dumped.size() + 1);
    for (std::size_t i = 0; i < dumped.size();) {
        char32_t cp = 0;
        const std::size_t n = model::decode_utf8(dumped, i, cp);
        if (n == 0) { // cannot happen after the replacing dump; never pass a broken byte on
            out += "\\ufffd";
            i += 1;
            continue;
        }
        if (cp >= 0x7F && model::is_unsafe_code_point(cp))
            json_escape(static_cast<std::uint32_t>(cp), out);
        else
            out.append(dumped, i, n);
        i += n;
    }
    return out + "\n";
}

namespace {

/// A number as YAML that both YAML 1.1 (PyYAML) and 1.2 (yaml-cpp) read back as the same
/// number: a float always has a dot in its mantissa (`1.0e+26`, not `1e+26`, which YAML 1.1
/// reads as a string), and infinities and NaN are `.inf`, `-.inf` and `.nan`.
std::string yaml_number(const json& value) {
    if (!value.is_number_float())
        return value.dump();
    const double d = value.get<double>();
    if (std::isnan(d))
        return ".nan";
    if (std::isinf(d))
        return d > 0 ? ".inf" : "-.inf";
    std::string text = value.dump();
    const auto exponent = text.find_first_of("eE");
    const std::string_view mantissa = std::string_view(text).substr(0, exponent);
    if (mantissa.find('.') == std::string_view::npos)
        text.insert(mantissa.size(), ".0");
    if (const auto e = text.find_first_of("eE");
        e != std::string::npos && e + 1 < text.size() && text[e + 1] != '+' && text[e + 1] != '-')
        text.insert(e + 1, "+"); // YAML 1.1 wants the exponent's sign
    return text;
}

std::string scalar(const json& value) {
    if (value.is_string())
        return model::yaml_scalar(value.get<std::string>());
    if (value.is_null())
        return "null";
    if (value.is_number())
        return yaml_number(value);
    return value.dump();
}

bool is_empty_collection(const json& value) {
    return (value.is_array() || value.is_object()) && value.empty();
}

void emit(const json& value, std::size_t indent, std::string& out);

void emit_child(const json& value, std::size_t indent, std::string& out) {
    if (is_empty_collection(value)) {
        out += value.is_array() ? " []\n" : " {}\n";
    } else if (value.is_object() || value.is_array()) {
        out += "\n";
        emit(value, indent, out);
    } else {
        out += " " + scalar(value) + "\n";
    }
}

void emit(const json& value, std::size_t indent, std::string& out) {
    const std::string pad(indent, ' ');
    if (value.is_object()) {
        for (const auto& [key, child] : value.items()) {
            out += pad + model::yaml_scalar(key) + ":";
            emit_child(child, indent + 2, out);
        }
    } else if (value.is_array()) {
        for (const auto& child : value) {
            if (child.is_object() && !child.empty()) {
                // The first key goes on the dash's line, the rest align under it.
                std::string nested;
                emit(child, indent + 2, nested);
                out += pad + "- " + nested.substr(indent + 2);
            } else {
                out += pad + "-";
                emit_child(child, indent + 2, out);
            }
        }
    } else {
        out += pad + scalar(value) + "\n";
    }
}

} // namespace

std::string render_yaml(const json& data) {
    std::string out = "---\n";
    if (is_empty_collection(data))
        return out + (data.is_array() ? "[]\n" : "{}\n");
    emit(data, 0, out);
    return out;
}

} // namespace aistrat::render
