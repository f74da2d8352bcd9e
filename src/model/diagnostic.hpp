// Diagnostics are values: loaders and checkers return them, only the CLI prints them.
#pragma once

#include <string>
#include <vector>

namespace aistrat::model {

/// A place in a knowledge file; `line` and `column` count from 1, 0 means unknown.
struct Location {
    std::string path;
    int line = 0;
    int column = 0;
    bool operator==(const Location&) const = default;
};

enum class Severity { Error, Warning };

/// One problem found in the knowledge base, at `where`.
struct Diagnostic {
    Location where;
    Severity severity = Severity::Error;
    std::string message;
    /// Found by checking the whole graph (a duplicate id, a link to an entity that is not
    /// there), not by reading one file: it may be another file's doing.
    bool whole_graph = false;
    bool operator==(const Diagnostic&) const = default;
};

using Diagnostics = std::vector<Diagnostic>;

/// Formats `d` as `path:line:col: error: message` (the position parts only when known).
std::string format_diagnostic(const Diagnostic& d);

/// True when `diagnostics` holds at least one error.
bool has_errors(const Diagnostics& diagnostics);

} // namespace aistrat::model
