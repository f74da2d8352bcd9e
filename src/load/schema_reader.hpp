// Reads a `schema.yaml` document into kinds and relations.
#pragma once

#include "load/yaml_tree.hpp"
#include "model/schema.hpp"

namespace aistrat::load {

/// Reads `document` (the contents of one schema.yaml) and merges it into `schema`:
/// new kinds and relations are added; redefining one is an error in `diagnostics`.
void read_schema(const YamlNode& document, model::Schema& schema, model::Diagnostics& diagnostics);

/// Checks what can only be checked once every schema file is merged: relations and the
/// citation kind name kinds that exist.
void check_schema(const model::Schema& schema, model::Diagnostics& diagnostics);

} // namespace aistrat::load
