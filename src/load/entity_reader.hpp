// Turns one YAML document into an entity, checked against its kind in the schema.
#pragma once

#include "load/yaml_tree.hpp"
#include "model/entity.hpp"
#include "model/schema.hpp"

#include <cstddef>
#include <optional>
#include <string>

namespace aistrat::load {

/// The most characters (code points) a title may have: a title is a short name.
inline constexpr std::size_t k_max_title_length = 500;

/// The key of a document that adds to an entity defined elsewhere rather than defining one.
inline constexpr const char* k_extends = "extends";

/// True when `document` is an extension: a mapping with an `extends` key.
inline bool is_extension(const YamlNode& document) {
    return document.is_map() && document.find(k_extends) != nullptr;
}

/// Reads `document` as an entity of `schema`, appending every problem to `diagnostics`.
/// Returns nullopt when the document is empty or too broken to name an entity; an entity
/// with problems in some fields is still returned, without those fields.
///
/// An extension (`extends: ID` beside `kind`) is read as the entity it adds: `id` is the id
/// it extends and `where` the place of that id; it may hold only aliases, tags, list fields,
/// links and sources (which it needs as any entity of its kind does).
std::optional<model::Entity> read_entity(const YamlNode& document, const model::Schema& schema,
                                         model::Diagnostics& diagnostics);

} // namespace aistrat::load
