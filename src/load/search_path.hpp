// Where knowledge is looked for: the built-in folder, the user's folder, AISTRAT_KB, --kb.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace aistrat::load {

/// Everything that decides the knowledge search path, gathered by the CLI from the
/// environment and its options.
struct SearchOptions {
    bool builtin = true;
    std::vector<std::string> kb_dirs;                 ///< each --kb DIR, in order
    std::optional<std::string> aistrat_kb;            ///< AISTRAT_KB
    std::optional<std::string> xdg_data_home;         ///< XDG_DATA_HOME
    std::optional<std::string> home;                  ///< HOME
    std::uintmax_t max_file_bytes = 16 * 1024 * 1024; ///< AISTRAT_MAX_FILE_SIZE
    /// Files of the user's own folder to leave out, by the path diagnostics show: those with
    /// errors, so that the rest of the knowledge still serves (see cli::Context::knowledge).
    /// Files of folders named with --kb or AISTRAT_KB are never left out.
    std::vector<std::string> skip;
    /// Leave the user's own folder out altogether: when leaving out its files with errors
    /// kept breaking others.
    bool skip_user_folder = false;
};

struct FolderSpec {
    std::string dir;
    std::string origin;   ///< user, AISTRAT_KB or --kb
    bool required = true; ///< the user's folder may be absent; named folders may not
};

/// The folder the user's own knowledge lives in: `$XDG_DATA_HOME/aistrat/knowledge`, or
/// `~/.local/share/aistrat/knowledge`; empty when neither variable is set.
std::string user_knowledge_dir(const SearchOptions& options);

/// What stands where the user's folder is looked for. Not there yet is fine; there but no
/// folder (a file, a link that leads nowhere) or a folder that cannot be read is left out,
/// with a warning, so that the user's knowledge is never left out without a word.
struct UserFolder {
    enum class State { Missing, Folder, LeftOut };
    State state = State::Missing;
    std::string why;     ///< for LeftOut: "not a folder", "a link that leads to no folder", ...
    std::string warning; ///< for LeftOut: the warning a command prints
};

/// Looks at `dir`, the user's folder (see user_knowledge_dir).
UserFolder examine_user_folder(const std::string& dir);

/// The folders on disk to load after the built-in one, in order.
std::vector<FolderSpec> knowledge_path(const SearchOptions& options);

} // namespace aistrat::load
