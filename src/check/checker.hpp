// Validation of a loaded knowledge base as a whole: what no single file can tell.
#pragma once

#include "model/diagnostic.hpp"
#include "model/knowledge_base.hpp"

namespace aistrat::check {

/// Every cross-entity problem in `kb`: duplicate ids (within and across folders), links
/// and citations to entities that do not exist, identifying fields used twice.
model::Diagnostics check_knowledge_base(const model::KnowledgeBase& kb);

} // namespace aistrat::check
