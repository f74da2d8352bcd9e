// Checked writes to standard output.
#include "cli/output.hpp"

#include "cli/exit_codes.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace aistrat::cli {

void write_stdout(std::string_view text) {
    errno = 0;
    const std::size_t written = std::fwrite(text.data(), 1, text.size(), stdout);
    const bool ok = written == text.size() && std::fflush(stdout) == 0;
    if (ok)
        return;
    const int error = errno;
    std::clearerr(stdout);
    if (error == EPIPE)
        throw BrokenPipe{};
    throw Failure(ExitCode::Io, fmt::format("cannot write to standard output: {}",
                                            error != 0 ? std::strerror(error) : "write failed"));
}

bool stdout_is_terminal() {
    return ::isatty(STDOUT_FILENO) == 1;
}
bool stderr_is_terminal() {
    return ::isatty(STDERR_FILENO) == 1;
}

} // namespace aistrat::cli
