// Documents for the core commands: list, show, kinds and the check summary.
#pragma once

#include "model/knowledge_base.hpp"
#include "query/filter.hpp"
#include "report/document.hpp"

#include <vector>

namespace aistrat::report {

/// A table of `entities` (all of `kind`) with one column per field of `columns`.
Document list_document(const model::KnowledgeBase& kb, const model::KindDef& kind,
                       const std::vector<const model::Entity*>& entities,
                       const std::vector<query::FieldRef>& columns);

/// Everything about `entity`: fields, links both ways, sources.
Document show_document(const model::KnowledgeBase& kb, const model::Entity& entity);

/// The kinds with their counts, fields and relations.
Document kinds_document(const model::KnowledgeBase& kb);

/// The one-line summary `check` prints on success: entities per kind.
std::string check_summary(const model::KnowledgeBase& kb);

/// What a statement's text adds for its basis, wherever it is shown: nothing when a source
/// states it, " (implied)" or " (our reading)".
std::string_view basis_mark(model::Basis basis);

} // namespace aistrat::report
