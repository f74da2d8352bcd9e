// JSON through nlohmann-json; YAML by a small block-style emitter over the same values.
#include "render/data_writer.hpp"

#include <fmt/format.h>

namespace aistrat::render {

using json = nlohmann::ordered_json;

std::string render_json(const json& data) {
    return data.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

namespace {

/// A string as a YAML scalar: plain when it is safe to read back as the same string,
/// otherwise double-quoted with JSON escapes (valid YAML).
std::string yaml_scalar(const std::string& s) {
    static const char* k_reserved[] = {"true",  "false", "null", "yes", "no", "on", "off", "~",
                                       "True",  "False", "Null", "Yes", "No", "On", "Off", "TRUE",
                                       "FALSE", "NULL",  "YES",  "NO",  "ON", "OFF"};
    bool plain = !s.empty() && s.front() != ' ' && s.back() != ' ';
    for (const char* word : k_reserved)
        if (s == word)
            plain = false;
    if (plain &&
        std::string("-?:,[]{}#&*!|>'\"%@`0123456789.+").find(s.front()) != std::string::npos)
        plain = false;
    for (std::size_t i = 0; plain && i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 || c == 0x7F || (c == ':' && (i + 1 == s.size() || s[i + 1] == ' ')) ||
            (c == '#' && i > 0 && s[i - 1] == ' '))
            plain = false;
    }
    return plain ? s : json(s).dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string scalar(const json& value) {
    if (value.is_string())
        return yaml_scalar(value.get<std::string>());
    if (value.is_null())
        return "null";
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
            out += pad + yaml_scalar(key) + ":";
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
