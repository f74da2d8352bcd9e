// Commented YAML templates of entities, from the schema: what `aistrat new` prints and
// `aistrat init` writes. Each checks clean as it is.
#pragma once

#include "model/knowledge_base.hpp"

#include <string>

namespace aistrat::report {

/// A YAML entity of `kind` with id `id`: every field with a sample value of its type (the
/// required ones first, the optional ones too, each with its description), example links
/// commented out, and a citation of the first source the knowledge has. An identifying
/// number is one more than the largest in use, so the new entity names itself uniquely.
/// With no source in the knowledge, it cites `fallback_source` (the example source `init`
/// writes beside it) when given, else a placeholder that does not check.
std::string entity_template(const model::KnowledgeBase& kb, const model::KindDef& kind,
                            const std::string& id, const std::string& fallback_source = {});

/// The README of a folder made by `aistrat init`, whose check command (run in the folder)
/// carries `check_options` (" --no-builtin --kb /schemas"), the options init was given.
std::string folder_readme(std::string_view check_options);

} // namespace aistrat::report
