// A loaded knowledge base as bytes and back: what the cache keeps so that a run with nothing
// changed skips reading YAML. A compact binary form (lengths as varints, each file path
// written once), versioned by `k_snapshot_format`.
#pragma once

#include "model/knowledge_base.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace aistrat::cache {

/// Changes whenever the encoding or the model does: a snapshot of another format is not read.
constexpr std::uint32_t k_snapshot_format = 6;

/// Everything a command needs from loading and checking.
struct Snapshot {
    model::KnowledgeBase kb;
    model::Diagnostics diagnostics; ///< of loading and of the checks, in the order shown
    std::uint64_t content_hash = 0;
};

std::string encode(const Snapshot& snapshot);

/// The snapshot in `bytes`, or nothing when they are not one of this format (cut short,
/// damaged, or written by another version).
std::optional<Snapshot> decode(std::string_view bytes);

} // namespace aistrat::cache
