// A loaded knowledge base as bytes and back: what the cache keeps so that a run with nothing
// changed skips reading YAML. A compact binary form (lengths as varints, each file path
// written once), versioned by `k_snapshot_format`.
#pragma once

#include "check/knowledge_source.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace aistrat::cache {

/// Changes whenever the encoding or the model does: a snapshot of another format is not read.
constexpr std::uint32_t k_snapshot_format = 9;

/// The knowledge as bytes: the graph, its diagnostics and content hash. Not its I/O errors:
/// knowledge with files missing is never cached.
std::string encode(const check::CheckedKnowledge& knowledge);

/// The knowledge in `bytes`, or nothing when they are not a snapshot of this format (cut
/// short, damaged, or written by another version).
std::optional<check::CheckedKnowledge> decode(std::string_view bytes);

} // namespace aistrat::cache
