// Loads knowledge folders into a KnowledgeBase, collecting every diagnostic.
#pragma once

#include "load/folder.hpp"
#include "load/search_path.hpp"
#include "model/knowledge_base.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace aistrat::load {

struct LoadResult {
    model::KnowledgeBase kb;
    model::Diagnostics diagnostics;
    std::uint64_t content_hash = 0;                   ///< over every file loaded, for `--version`
    std::map<std::string, std::uint64_t> file_hashes; ///< each file's FNV-1a by its shown path
    std::vector<std::string> io_errors; ///< folders that were named but cannot be read
    std::vector<std::string> warnings; ///< files of the user's folder that cannot be read: left out
};

/// Loads `folders` in order: every root `schema.yaml` is merged into the schema first,
/// then every other file is read as entities of that schema.
LoadResult load_folders(const std::vector<Folder>& folders);

/// The knowledge folders of a search path, listed and stat'ed but not read: what a cache
/// compares to tell whether the knowledge changed.
struct KnowledgeScan {
    bool builtin = true;
    std::uintmax_t max_file_bytes = 0;
    std::vector<FolderScan> folders;
    std::vector<std::string> canonical; ///< each folder's absolute path, as resolved
    std::vector<std::string> io_errors; ///< folders that were named but cannot be read
    /// The user's folder, or a file or folder in it, there but unreadable: left out.
    std::vector<std::string> warnings;
};

/// The FNV-1a hash of `bytes`, as `LoadResult::file_hashes` holds it.
std::uint64_t hash_of(std::string_view bytes);

/// A hash over the knowledge compiled into the binary.
std::uint64_t embedded_hash();

KnowledgeScan scan_knowledge(const SearchOptions& options);

/// Reads and loads the folders of `scan`, after the built-in ones.
LoadResult load_scanned(const KnowledgeScan& scan);

/// Loads the built-in folder (or only its schema, without `options.builtin`) and then the
/// folders of the search path.
LoadResult load_knowledge(const SearchOptions& options);

} // namespace aistrat::load
