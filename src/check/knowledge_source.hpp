// The knowledge source: the files of a search path read, loaded and checked. It is the whole
// pipeline from YAML to a checked graph; the cache (cache::load) is a layer around it that
// skips it when nothing changed, and `--no-cache` calls it alone.
#pragma once

#include "load/kb_loader.hpp"
#include "model/knowledge_base.hpp"

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace aistrat::check {

/// Knowledge loaded and checked: what every command reads, from the files or the cache.
struct CheckedKnowledge {
    model::KnowledgeBase kb;
    model::Diagnostics diagnostics; ///< of loading and of the checks, by position
    std::uint64_t content_hash = 0;
    std::vector<std::string> io_errors; ///< folders or files that cannot be read
};

/// The hash of each file parsed, by its shown path.
using FileHashes = std::map<std::string, std::uint64_t>;

/// A knowledge source: the knowledge of the files of a scan. Files of the user's folder that
/// cannot be read are left out with a line added to `warnings`; `hashes` gets the hash of
/// each file as it was parsed.
using Source = std::function<CheckedKnowledge(
    const load::KnowledgeScan& scan, std::vector<std::string>& warnings, FileHashes& hashes)>;

/// The source every command uses: `load::load_scanned`, then `check_knowledge_base` (run
/// even when files have errors, to report everything), the diagnostics sorted by position.
CheckedKnowledge from_files(const load::KnowledgeScan& scan, std::vector<std::string>& warnings,
                            FileHashes& hashes);

} // namespace aistrat::check
