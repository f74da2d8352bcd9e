// JSON through nlohmann-json; YAML by a small block-style emitter over the same values.
#include "render/data_writer.hpp"

#include <fmt/format.h>
#include <utf8proc.h>

namespace aistrat::render {

using json = nlohmann::ordered_json;

std::string render_json(const json& data) {
    return data.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

namespace {

/// `s` as a YAML double-quoted scalar. Control characters (C0, DEL, C1), line and
/// paragraph separators and the BOM are escaped, as YAML requires; invalid UTF-8 becomes
/// U+FFFD. Returns whether `s` was printable as it is in `printable`.
std::string double_quoted(std::string_view s, bool* printable = nullptr) {
    std::string out = "\"";
    bool clean = true;
    for (std::size_t i = 0; i < s.size();) {
        utf8proc_int32_t cp = 0;
        const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                        static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
        if (n <= 0) {
            out += "\\uFFFD";
            clean = false;
            i += 1;
            continue;
        }
        const bool control = cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || cp == 0x2028 ||
                             cp == 0x2029 || cp == 0xFEFF;
        if (cp == '"' || cp == '\\') {
            out += '\\';
            out += static_cast<char>(cp);
        } else if (control) {
            out += cp < 0x100 ? fmt::format("\\x{:02X}", cp) : fmt::format("\\u{:04X}", cp);
            clean = false;
        } else {
            out.append(s.substr(i, static_cast<std::size_t>(n)));
        }
        i += static_cast<std::size_t>(n);
    }
    if (printable != nullptr)
        *printable = clean;
    return out + "\"";
}

/// A string as a YAML scalar: plain when it reads back as the same string, otherwise
/// double-quoted.
std::string yaml_scalar(const std::string& s) {
    static const char* k_reserved[] = {"true",  "false", "null", "yes", "no", "on", "off", "~",
                                       "True",  "False", "Null", "Yes", "No", "On", "Off", "TRUE",
                                       "FALSE", "NULL",  "YES",  "NO",  "ON", "OFF"};
    bool printable = true;
    std::string quoted = double_quoted(s, &printable);
    bool plain = printable && !s.empty() && s.front() != ' ' && s.back() != ' ';
    for (const char* word : k_reserved)
        if (s == word)
            plain = false;
    if (plain && std::string_view("-?:,[]{}#&*!|>'\"%@`0123456789.+<=").find(s.front()) !=
                     std::string_view::npos)
        plain = false;
    for (std::size_t i = 0; plain && i < s.size(); ++i) {
        const char c = s[i];
        if (c == '\t' || (c == ':' && (i + 1 == s.size() || s[i + 1] == ' ')) ||
            (c == '#' && i > 0 && s[i - 1] == ' '))
            plain = false;
    }
    return plain ? s : quoted;
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
