#include "cli/environment.hpp"

#include "cli/output.hpp"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <string_view>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace aistrat::cli {

namespace {
std::optional<std::string> variable(const char* name) {
    const char* value = std::getenv(name);
    return value == nullptr ? std::nullopt : std::optional<std::string>(value);
}
} // namespace

Environment Environment::read() {
    Environment env;
    env.aistrat_kb = variable("AISTRAT_KB");
    env.aistrat_max_file_size = variable("AISTRAT_MAX_FILE_SIZE");
    env.aistrat_no_cache = variable("AISTRAT_NO_CACHE");
    env.pager = variable("AISTRAT_PAGER");
    if (!env.pager)
        env.pager = variable("PAGER");
    env.columns = variable("COLUMNS");
    env.term = variable("TERM");
    env.no_color = variable("NO_COLOR");
    env.clicolor_force = variable("CLICOLOR_FORCE");
    env.home = variable("HOME");
    env.xdg_cache_home = variable("XDG_CACHE_HOME");
    env.xdg_data_home = variable("XDG_DATA_HOME");
    return env;
}

std::string cache_dir(const Environment& env) {
    // The XDG base directory rules: a relative XDG_CACHE_HOME is ignored. The home folder
    // is never made: without one, there is no cache.
    if (env.xdg_cache_home && env.xdg_cache_home->starts_with('/'))
        return *env.xdg_cache_home + "/aistrat";
    if (env.home && env.home->starts_with('/')) {
        struct stat st {};
        if (::stat(env.home->c_str(), &st) == 0 && S_ISDIR(st.st_mode))
            return *env.home + "/.cache/aistrat";
    }
    return {};
}

std::size_t output_width(const Environment& env) {
    if (env.columns) {
        std::size_t value = 0;
        const std::string_view text(*env.columns);
        auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec == std::errc{} && ptr == text.data() + text.size() && value > 0)
            return std::max<std::size_t>(value, 20);
    }
    if (stdout_is_terminal()) {
        winsize size{};
        if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
            return size.ws_col;
        return 80;
    }
    return 0;
}

bool use_color(const std::string& choice, const Environment& env) {
    if (choice == "always")
        return true;
    if (choice == "never" || is_set(env.no_color))
        return false;
    if (is_set(env.clicolor_force))
        return true;
    return stdout_is_terminal() && env.term != "dumb";
}

} // namespace aistrat::cli
