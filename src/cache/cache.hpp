// The persistent cache: the loaded and checked knowledge, and its search index, kept in
// SQLite files under the cache folder so that a run with nothing changed reads no YAML.
//
// Each set of knowledge folders has its own entry, named by a key over the search path
// (folders as given and as resolved, built-in or not, the size limit), aistrat's version and
// the built-in knowledge. An entry is used only when every file still has the identity it
// had when the entry was written (path, size, modification and change times, inode; and the
// content's hash for a file changed within a timestamp tick of that); otherwise it is rebuilt.
// Files are written under a temporary name and renamed, so a reader sees a whole entry or
// none. Nothing here is ever an error: a cache that cannot be read is rebuilt, one that
// cannot be written is a warning.
#pragma once

#include "check/knowledge_source.hpp"
#include "load/kb_loader.hpp"
#include "search/search_index.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace aistrat::cache {

struct Settings {
    std::string dir;     ///< the cache folder; empty: no cache
    std::string version; ///< aistrat's version: an entry written by another is not used
    std::string build;   ///< which build of that version (build_identity()), likewise
};

/// Why the cache folder `dir` may not be trusted (another user owns it, or every user may
/// write in it), or nothing: a folder that does not exist yet is fine.
std::optional<std::string> unsafe_folder(const std::string& dir);

/// The running executable's size and modification time: a binary rebuilt under the same
/// version (a fixed checker, say) does not trust what an older build cached. Empty where
/// /proc/self/exe cannot be read.
std::string build_identity();

/// The knowledge as every command needs it, and where the cache keeps it.
struct Knowledge : check::CheckedKnowledge {
    std::string key;                ///< its entry in the cache; empty without one
    bool from_cache = false;        ///< read from the cache, not from `source`
    std::uint64_t source_bytes = 0; ///< the size of the files it came from, in all
};

/// The knowledge of `options`: read from the cache of `settings` when it holds an entry whose
/// files are unchanged, else got from `source` and written there. Problems with the cache go
/// to `warnings`, and the knowledge comes from `source` without it. Without a cache folder,
/// this is `source` alone.
Knowledge load(const load::SearchOptions& options, const Settings& settings,
               std::vector<std::string>& warnings, const check::Source& source = check::from_files);

/// The search index of `knowledge`: the cached one when there is one, else built (and
/// saved, when the knowledge has an entry in the cache).
std::unique_ptr<search::SearchIndex> search_index(const Knowledge& knowledge,
                                                  const Settings& settings,
                                                  std::vector<std::string>& warnings);

/// A file in the cache folder.
struct Entry {
    std::string path;
    std::string what; ///< knowledge, search index, or unfinished (a run that was stopped)
    std::string key;
    std::uintmax_t bytes = 0;
    std::int64_t written = 0;         ///< seconds since the epoch
    std::vector<std::string> folders; ///< the knowledge folders, for a knowledge entry
    std::string problem;              ///< why a knowledge entry's folders are not known
    std::size_t entities = 0;         ///< for a knowledge entry
    bool current = false;             ///< the entry of the knowledge this run would load
};

/// The files in the cache folder, newest first. `current_key`: the key to mark as current.
std::vector<Entry> entries(const Settings& settings, const std::string& current_key);

/// The key the knowledge of `options` has in the cache (whether or not an entry exists).
std::string key_for(const load::SearchOptions& options, const Settings& settings);

/// Removes every file of the cache but the temporary files of runs still writing them;
/// returns how many. Files that cannot be removed are named in `errors`.
std::size_t clear(const Settings& settings, std::vector<std::string>& errors);

/// How many knowledge entries the cache keeps; the least recently written go first.
constexpr std::size_t k_max_entries = 8;

} // namespace aistrat::cache
