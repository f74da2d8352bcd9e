// Turns one YAML document into an entity, checked against its kind in the schema.
#pragma once

#include "load/yaml_tree.hpp"
#include "model/entity.hpp"
#include "model/schema.hpp"

#include <optional>
#include <string>

namespace aistrat::load {

/// Reads `document` as an entity of `schema`, appending every problem to `diagnostics`.
/// Returns nullopt when the document is empty or too broken to name an entity; an entity
/// with problems in some fields is still returned, without those fields.
std::optional<model::Entity> read_entity(const YamlNode& document, const model::Schema& schema,
                                         model::Diagnostics& diagnostics);

} // namespace aistrat::load
