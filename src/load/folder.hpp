// A knowledge folder as a list of (path, text) files, read from disk or from the binary;
// the loader works on these, so tests can feed it YAML from strings.
#pragma once

#include "model/diagnostic.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace aistrat::load {

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

/// Limits on what is read from disk.
struct ReadLimits {
    std::uintmax_t max_file_bytes = 16 * 1024 * 1024;
};

/// The embedded knowledge folder; with `schema_only`, just its schema.yaml and
/// vocabulary.yaml.
Folder embedded_folder(bool schema_only);

/// Reads every `*.yaml` and `*.yml` file under `dir` (hidden entries skipped), sorted by
/// path. Folders and files that cannot be read go to `io_errors`; entries that are no
/// regular file, or too large, become diagnostics.
Folder read_folder(const std::string& dir, const std::string& origin,
                   model::Diagnostics& diagnostics, std::vector<std::string>& io_errors,
                   ReadLimits limits = {});

} // namespace aistrat::load
