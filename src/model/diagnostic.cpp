// Formatting of diagnostics in the `file:line:col: error: message` convention.
#include "model/diagnostic.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace aistrat::model {

std::string format_diagnostic(const Diagnostic& d) {
    std::string out = d.where.path;
    if (d.where.line > 0) {
        out += fmt::format(":{}", d.where.line);
        if (d.where.column > 0)
            out += fmt::format(":{}", d.where.column);
    }
    const char* severity = d.severity == Severity::Error ? "error" : "warning";
    return out.empty() ? fmt::format("{}: {}", severity, d.message)
                       : fmt::format("{}: {}: {}", out, severity, d.message);
}

bool has_errors(const Diagnostics& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

} // namespace aistrat::model
