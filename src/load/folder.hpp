// A knowledge folder as a list of (path, text) files, read from disk or from the binary;
// the loader works on these, so tests can feed it YAML from strings.
#pragma once

#include "model/diagnostic.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace aistrat::load {

/// The files at a folder's top that hold its schema and its vocabulary, not entities.
inline constexpr std::string_view k_schema_file = "schema.yaml";
inline constexpr std::string_view k_vocabulary_file = "vocabulary.yaml";

/// Whether a file named `name` is read as knowledge: it ends in .yaml or .yml, in any case,
/// after a name of its own (".yaml" is none). Hidden files are skipped before this.
bool is_yaml(std::string_view name);

struct SourceFile {
    std::string relative; ///< path inside the folder, `/`-separated
    std::string path;     ///< as shown in diagnostics
    std::string content;
};

struct Folder {
    std::string name;   ///< `<builtin>` or the directory as given
    std::string origin; ///< builtin, user, AISTRAT_KB or --kb
    std::vector<SourceFile> files;
};

/// What a knowledge folder holds, from listing it and `stat` alone: enough to tell whether
/// anything changed since it was last read.
struct FileStat {
    std::string relative; ///< path inside the folder, `/`-separated
    std::string path;     ///< as shown in diagnostics
    bool regular = false; ///< a regular file (following links); others are reported, not read
    std::int64_t size = 0;
    std::int64_t mtime_ns = 0; ///< last modification
    std::int64_t ctime_ns = 0; ///< last status change: also moves on writes and chmod
    std::uint64_t inode = 0;
    std::uint64_t device = 0;

    friend bool operator==(const FileStat&, const FileStat&) = default;
};

struct FolderScan {
    std::string name;            ///< the directory as given
    std::string origin;          ///< user, AISTRAT_KB or --kb
    std::vector<FileStat> files; ///< sorted by path
    /// What the listing passed over and the user should hear of: links to folders.
    std::vector<std::string> warnings;
    /// False for the user's own folder, looked for rather than named: a file of it that
    /// cannot be read is left out with a warning, not an error.
    bool required = true;
};

/// Limits on what is read from disk.
struct ReadLimits {
    std::uintmax_t max_file_bytes = 16 * 1024 * 1024;
};

/// The embedded knowledge folder; with `schema_only`, just its schema.yaml and
/// vocabulary.yaml.
Folder embedded_folder(bool schema_only);

/// Lists the YAML files under `dir` (hidden entries skipped) and stats each; folders and
/// files that cannot be listed or stat'ed go to `io_errors`. A link to a folder is not
/// followed (it could loop, or lead anywhere on the machine): each is a warning.
FolderScan scan_folder(const std::string& dir, const std::string& origin,
                       std::vector<std::string>& io_errors);

/// Reads the files of `scan`: a file that is not regular or over the size limit is a
/// diagnostic, not read; one that cannot be read goes to `io_errors`.
Folder read_scanned(const FolderScan& scan, model::Diagnostics& diagnostics,
                    std::vector<std::string>& io_errors, ReadLimits limits = {});

/// The text of a knowledge file by the path diagnostics show (`<builtin>/...` for the
/// built-in ones), to quote a line of it; nothing when it cannot be read.
std::optional<std::string> source_text(const std::string& shown_path);

/// The bytes of the regular file at `path`, of at most `limit` bytes; else nullopt and, in
/// `why`, the reason ("No such file or directory", "not a regular file", "larger than ...").
std::optional<std::string> read_file(const std::string& path, std::uintmax_t limit,
                                     std::string& why);

/// `scan_folder`, then `read_scanned`: every `*.yaml` and `*.yml` file under `dir`, sorted
/// by path. Folders and files that cannot be read go to `io_errors`; entries that are no
/// regular file, or too large, become diagnostics.
Folder read_folder(const std::string& dir, const std::string& origin,
                   model::Diagnostics& diagnostics, std::vector<std::string>& io_errors,
                   ReadLimits limits = {});

} // namespace aistrat::load
