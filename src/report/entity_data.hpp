// The data behind the core commands as JSON values: one documented, stable shape that the
// json and yaml formats print (see README, "JSON output").
#pragma once

#include "model/knowledge_base.hpp"
#include "query/filter.hpp"

#include <nlohmann/json.hpp>

#include <vector>

namespace aistrat::report {

/// The version of the JSON shape; bumped on any incompatible change (2: citations per
/// statement, `support` and each link's `basis` and `sources`).
inline constexpr int k_schema_version = 2;

/// `citations` as data: source id, locator, the source's title and url.
nlohmann::ordered_json citations_data(const model::KnowledgeBase& kb,
                                      const std::vector<model::Citation>& citations);

/// The sources `entity` cites: source id, locator, the source's title and url.
nlohmann::ordered_json sources_data(const model::KnowledgeBase& kb, const model::Entity& entity);

/// What supports one statement: its `basis` and its own `sources` (empty: the entity's, unless
/// the basis is `interpretation`).
nlohmann::ordered_json support_data(const model::KnowledgeBase& kb, const model::Support& support);

/// One entity: kind, id, title, summary, aliases, tags, fields, the support of each field
/// (one per list item), links (each with its basis and own sources) and sources; with
/// `incoming`, also `linked_from`.
nlohmann::ordered_json entity_data(const model::KnowledgeBase& kb, const model::Entity& entity,
                                   bool incoming);

/// `list`: the kind and its entities; with `fields`, each entity carries only kind, id,
/// title and those fields.
nlohmann::ordered_json list_data(const model::KnowledgeBase& kb, const model::KindDef& kind,
                                 const std::vector<const model::Entity*>& entities,
                                 const std::vector<query::FieldRef>* fields = nullptr);

/// An entity that cites a source, with the locators it names there, each once.
struct Citing {
    const model::Entity* entity = nullptr;
    std::vector<std::string> locators;
};

/// The entities that cite `source` (a source of the schema's citation kind), for themselves
/// or for one of their statements, in the schema's kind order; none for another entity.
std::vector<Citing> citing(const model::KnowledgeBase& kb, const model::Entity& source);

/// `show`: one entity with its incoming links; a source also with `cited_by` (kind, id,
/// title, locators).
nlohmann::ordered_json show_data(const model::KnowledgeBase& kb, const model::Entity& entity);

/// `kinds`: the schema with entity counts.
nlohmann::ordered_json kinds_data(const model::KnowledgeBase& kb);

/// `export`: the schema and every entity.
nlohmann::ordered_json export_data(const model::KnowledgeBase& kb);

/// `check`: whether the knowledge base is valid, its diagnostics and the counts per kind.
nlohmann::ordered_json check_data(const model::KnowledgeBase& kb,
                                  const model::Diagnostics& diagnostics);

} // namespace aistrat::report
