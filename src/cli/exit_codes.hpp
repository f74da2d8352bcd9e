// The exit codes of DESIGN.md, in one place, and the one error type commands throw.
#pragma once

#include <stdexcept>
#include <string>

namespace aistrat::cli {

enum class ExitCode : int {
    Ok = 0,               ///< success
    NotFound = 1,         ///< nothing found: unknown id, no hits
    Usage = 2,            ///< bad option, unknown command, kind or format
    InvalidKnowledge = 3, ///< the knowledge base has errors
    Io = 4,               ///< unreadable input, failed write
    Internal = 70,        ///< a bug in aistrat (EX_SOFTWARE); never expected
};

/// A failure a command reports to the user; `cli::run` prints it as `aistrat: error: ...`
/// and exits with `code`.
class Failure : public std::runtime_error {
public:
    Failure(ExitCode code, const std::string& message)
        : std::runtime_error(message), m_code(code) {}
    ExitCode code() const { return m_code; }

private:
    ExitCode m_code;
};

} // namespace aistrat::cli
