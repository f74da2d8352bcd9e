#include "cache/temporary.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <csignal>
#include <optional>
#include <unistd.h>

namespace aistrat::cache {

namespace {

constexpr std::string_view k_mark = ".tmp-";
/// Linux's largest process id (2^22): a larger number in a file name is no process's.
constexpr long long k_max_pid = 1LL << 22;

bool all_hex(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    });
}

} // namespace

std::string temporary_name(std::string_view final_name, std::uint64_t n) {
    return fmt::format("{}{}{}-{:x}", final_name, k_mark, ::getpid(), n);
}

bool is_temporary(std::string_view file_name) {
    return file_name.find(k_mark) != std::string_view::npos;
}

namespace {

/// The process id in a well-formed temporary name, with the final name before its mark.
struct Parts {
    std::string_view final_name;
    long long pid = 0;
};

/// `with_suffix`: a name may go on after N with '-' and anything, as the files SQLite keeps
/// beside a database while it writes it do (`….tmp-PID-N-journal`).
std::optional<Parts> parts_of(std::string_view file_name, bool with_suffix) {
    const auto mark = file_name.rfind(k_mark);
    if (mark == std::string_view::npos || mark == 0)
        return std::nullopt;
    const std::string_view tail = file_name.substr(mark + k_mark.size());
    const auto dash = tail.find('-');
    if (dash == std::string_view::npos)
        return std::nullopt;
    std::string_view n = tail.substr(dash + 1);
    if (with_suffix)
        n = n.substr(0, n.find('-'));
    if (dash == 0 || !all_hex(n) ||
        !std::all_of(tail.begin(), tail.begin() + static_cast<std::ptrdiff_t>(dash),
                     [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    Parts parts{file_name.substr(0, mark)};
    const auto [end, ec] = std::from_chars(tail.data(), tail.data() + dash, parts.pid);
    if (ec != std::errc{} || parts.pid <= 0 || parts.pid > k_max_pid)
        return std::nullopt;
    return parts;
}

} // namespace

std::optional<std::string_view> final_name_of(std::string_view file_name) {
    const auto parts = parts_of(file_name, false);
    if (!parts)
        return std::nullopt;
    return parts->final_name;
}

bool in_progress(std::string_view file_name, std::chrono::seconds age) {
    const auto parts = parts_of(file_name, true);
    if (!parts || age >= std::chrono::hours(1))
        return false;
    if (age >= std::chrono::seconds(0) && age < std::chrono::minutes(1))
        return true;
    return ::kill(static_cast<pid_t>(parts->pid), 0) == 0 || errno == EPERM;
}

} // namespace aistrat::cache
