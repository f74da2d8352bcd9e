// The pipeline from the files of a search path to a checked graph.
#include "check/knowledge_source.hpp"

#include "check/checker.hpp"

#include <algorithm>
#include <iterator>
#include <tuple>

namespace aistrat::check {

CheckedKnowledge from_files(const load::KnowledgeScan& scan, std::vector<std::string>& warnings,
                            FileHashes& hashes) {
    load::LoadResult loaded = load::load_scanned(scan);
    warnings.insert(warnings.end(), loaded.warnings.begin(), loaded.warnings.end());
    hashes = std::move(loaded.file_hashes);
    CheckedKnowledge out;
    out.diagnostics = std::move(loaded.diagnostics);
    auto more = check_knowledge_base(loaded.kb);
    out.diagnostics.insert(out.diagnostics.end(), std::make_move_iterator(more.begin()),
                           std::make_move_iterator(more.end()));
    std::stable_sort(out.diagnostics.begin(), out.diagnostics.end(),
                     [](const auto& a, const auto& b) {
                         return std::tie(a.where.path, a.where.line, a.where.column) <
                                std::tie(b.where.path, b.where.line, b.where.column);
                     });
    out.kb = std::move(loaded.kb);
    out.content_hash = loaded.content_hash;
    out.io_errors = std::move(loaded.io_errors);
    return out;
}

} // namespace aistrat::check
