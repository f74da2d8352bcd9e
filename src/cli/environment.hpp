// The environment variables aistrat reads, read once when it starts: the one place that
// calls getenv. Everything else is handed an Environment, so a test can make one.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace aistrat::cli {

struct Environment {
    std::optional<std::string> aistrat_kb;            ///< AISTRAT_KB: folders to load
    std::optional<std::string> aistrat_max_file_size; ///< AISTRAT_MAX_FILE_SIZE
    std::optional<std::string> aistrat_no_cache;      ///< AISTRAT_NO_CACHE
    std::optional<std::string> pager;                 ///< AISTRAT_PAGER, else PAGER
    std::optional<std::string> columns;               ///< COLUMNS
    std::optional<std::string> term;                  ///< TERM
    std::optional<std::string> no_color;              ///< NO_COLOR
    std::optional<std::string> clicolor_force;        ///< CLICOLOR_FORCE
    std::optional<std::string> home;                  ///< HOME
    std::optional<std::string> xdg_cache_home;        ///< XDG_CACHE_HOME
    std::optional<std::string> xdg_data_home;         ///< XDG_DATA_HOME

    /// The variables of this process.
    static Environment read();
};

/// True when `value` is set and not empty (NO_COLOR, CLICOLOR_FORCE, AISTRAT_NO_CACHE).
inline bool is_set(const std::optional<std::string>& value) {
    return value && !value->empty();
}

/// The cache folder: `$XDG_CACHE_HOME/aistrat`, else `~/.cache/aistrat`; empty without
/// either (a relative XDG_CACHE_HOME does not count, and the home folder must exist).
std::string cache_dir(const Environment& env);

/// The width text output should fit: `COLUMNS`, else the terminal's, else 0 (no limit).
std::size_t output_width(const Environment& env);

/// Whether text output is in colour: --color `choice` always or never decides; auto: a
/// non-empty NO_COLOR turns colour off, a non-empty CLICOLOR_FORCE on; otherwise colour only
/// on a terminal whose TERM is not dumb.
bool use_color(const std::string& choice, const Environment& env);

} // namespace aistrat::cli
