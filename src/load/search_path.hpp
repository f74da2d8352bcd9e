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
};

struct FolderSpec {
    std::string dir;
    std::string origin;   ///< user, AISTRAT_KB or --kb
    bool required = true; ///< the user's folder may be absent; named folders may not
};

/// The folder the user's own knowledge lives in: `$XDG_DATA_HOME/aistrat/knowledge`, or
/// `~/.local/share/aistrat/knowledge`; empty when neither variable is set.
std::string user_knowledge_dir(const SearchOptions& options);

/// The folders on disk to load after the built-in one, in order.
std::vector<FolderSpec> knowledge_path(const SearchOptions& options);

} // namespace aistrat::load
