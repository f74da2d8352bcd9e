// Checked writes to standard output.
#include "cli/output.hpp"

#include "cli/exit_codes.hpp"
#include "render/display_width.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace aistrat::cli {

namespace {

bool g_stderr_lost = false; ///< a write to standard error failed

/// Writes all of `text` to `fd`: the error of the write that failed (0: it wrote nothing),
/// or nothing.
std::optional<int> write_all(int fd, std::string_view text) {
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n > 0) {
            done += static_cast<std::size_t>(n);
            continue;
        }
        const int error = n < 0 ? errno : 0;
        if (error == EINTR)
            continue;
        // A pipe the parent made non-blocking (Node's child_process, some editors and CI
        // runners) is full while its reader catches up: wait for room, as a blocking write
        // would, instead of losing the rest.
        if (error == EAGAIN || error == EWOULDBLOCK) {
            pollfd ready{fd, POLLOUT, 0};
            if (::poll(&ready, 1, -1) >= 0 || errno == EINTR)
                continue;
            return errno; // poll's own error
        }
        return error;
    }
    return std::nullopt;
}

} // namespace

void write_stdout(std::string_view text) {
    const auto fail = [](int error) {
        std::clearerr(stdout);
        if (error == EPIPE)
            throw BrokenPipe{};
        throw Failure(ExitCode::Io,
                      fmt::format("write error on standard output: {}",
                                  error != 0 ? std::strerror(error) : "write failed"));
    };
    errno = 0;
    if (std::fflush(stdout) != 0)
        fail(errno);
    if (const auto error = write_all(STDOUT_FILENO, text))
        fail(*error);
}

void write_stderr(std::string_view text) {
    std::fflush(stderr);
    // Into a closed pipe (`2>&1 | head -1`) is silent, as on standard output.
    if (const auto error = write_all(STDERR_FILENO, text); error && *error != EPIPE)
        g_stderr_lost = true;
}

bool stderr_lost() {
    return g_stderr_lost;
}

void write_paged(std::string_view text, bool allowed, const std::optional<std::string>& chosen) {
    if (!allowed || !stdout_is_terminal())
        return write_stdout(text);
    winsize size{};
    const auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || lines < size.ws_row)
        return write_stdout(text);
    const std::string pager = chosen.value_or("less -FRX");
    if (pager.find_first_not_of(" \t") == std::string::npos)
        return write_stdout(text);
    std::fflush(stdout);
    // The pager runs as `sh -c PAGER` reading a pipe whose read end is kept here too, so that
    // what it left unread can be counted once it has exited.
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return write_stdout(text);
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attributes;
    ::posix_spawn_file_actions_init(&actions);
    ::posix_spawn_file_actions_adddup2(&actions, fds[0], STDIN_FILENO);
    ::posix_spawnattr_init(&attributes);
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE); // ignored here, not in the pager
    ::posix_spawnattr_setsigdefault(&attributes, &defaults);
    ::posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF);
    std::string command = pager;
    char sh[] = "sh";
    char dash_c[] = "-c";
    char* argv[] = {sh, dash_c, command.data(), nullptr};
    pid_t pid = 0;
    const int spawned = ::posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, environ);
    ::posix_spawn_file_actions_destroy(&actions);
    ::posix_spawnattr_destroy(&attributes);
    if (spawned != 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return write_stdout(text);
    }
    // Written as the pager reads, until it has all or has exited (a reader that quits early,
    // q in less, is no error): with the read end open here, a full pipe is no sign of that.
    ::fcntl(fds[1], F_SETFL, ::fcntl(fds[1], F_GETFL) | O_NONBLOCK);
    int status = 0;
    bool exited = false;
    std::size_t done = 0;
    while (done < text.size() && !exited) {
        const ssize_t n = ::write(fds[1], text.data() + done, text.size() - done);
        if (n > 0) {
            done += static_cast<std::size_t>(n);
            continue;
        }
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
            break;
        pollfd ready{fds[1], POLLOUT, 0};
        ::poll(&ready, 1, 100);
        exited = ::waitpid(pid, &status, WNOHANG) == pid;
    }
    ::close(fds[1]); // the end of the text
    while (!exited && ::waitpid(pid, &status, 0) == -1 && errno == EINTR) {
    }
    int unread = 0;
    if (::ioctl(fds[0], FIONREAD, &unread) != 0)
        unread = 0;
    ::close(fds[0]);
    const bool written = done == text.size();
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
        return;
    const std::string how =
        WIFEXITED(status)     ? fmt::format("exited with status {}", WEXITSTATUS(status))
        : WIFSIGNALED(status) ? fmt::format("was stopped by signal {}", WTERMSIG(status))
                              : std::string("failed");
    // A pager that read all the text and then failed (quit with an error status) showed it:
    // it is not printed twice. One that could not run (the shell exits 126 or 127) or left
    // text unread loses nothing: the text is printed without it.
    const bool not_run =
        WIFEXITED(status) && (WEXITSTATUS(status) == 126 || WEXITSTATUS(status) == 127);
    if (written && unread == 0 && !not_run) {
        write_stderr(
            render::sanitize(fmt::format("aistrat: warning: the pager '{}' {}\n", pager, how)));
        return;
    }
    const std::string warning =
        fmt::format("aistrat: warning: the pager '{}' {}; printing without it\n", pager, how);
    write_stderr(render::sanitize(warning));
    write_stdout(text);
}

bool stdout_is_terminal() {
    return ::isatty(STDOUT_FILENO) == 1;
}
bool stderr_is_terminal() {
    return ::isatty(STDERR_FILENO) == 1;
}

std::string caret_under(std::string_view text, std::size_t position) {
    constexpr std::size_t k_context = 30;
    position = std::min(position, text.size());
    std::size_t begin = position > k_context ? position - k_context : 0;
    std::size_t end = std::min(text.size(), position + k_context);
    // Whole UTF-8 characters only.
    while (begin > 0 && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80)
        --begin;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        ++end;
    const std::string before = begin > 0 ? "..." : "";
    const std::string after = end < text.size() ? "..." : "";
    const std::string lead =
        render::sanitize_line(before + std::string(text.substr(begin, position - begin)));
    return fmt::format("  {}{}{}\n  {}^", lead,
                       render::sanitize_line(text.substr(position, end - position)), after,
                       std::string(render::display_width(lead), ' '));
}

} // namespace aistrat::cli
