// The exit codes of DESIGN.md, in one place, and the one error type commands throw.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>

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
    /// `message` is printed on one line (a newline or control character in it, which may
    /// come from what the user typed, is shown as a space or an escape); `detail` is printed
    /// under it as written, line by line (each line neutralised): a quoted argument with a
    /// caret under the fault.
    Failure(ExitCode code, const std::string& message, std::string detail = {})
        : std::runtime_error(message), m_code(code), m_detail(std::move(detail)) {}
    ExitCode code() const { return m_code; }
    const std::string& detail() const { return m_detail; }

private:
    ExitCode m_code;
    std::string m_detail;
};

} // namespace aistrat::cli
