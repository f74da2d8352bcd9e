// Name resolution: a kind from any of its spellings, an entity from its id, an alias, its
// number, or a unique prefix, with the closest names when nothing matches.
#pragma once

#include "model/knowledge_base.hpp"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace aistrat::query {

struct KindLookup {
    const model::KindDef* kind = nullptr;
    std::vector<std::string> suggestions; ///< when not found
};

/// The kind named `name` (singular, plural or alias, any case).
KindLookup resolve_kind(const model::Schema& schema, std::string_view name);

enum class MatchStatus { Found, NotFound, Ambiguous };

struct EntityLookup {
    MatchStatus status = MatchStatus::NotFound;
    const model::Entity* entity = nullptr;        ///< when found
    std::vector<const model::Entity*> candidates; ///< when ambiguous
    std::vector<std::string> suggestions;         ///< when not found
};

/// The entity `name` names among the entities of `kind` (every kind when `kind` is null):
/// by id, alias or title (any case), by an identifying field such as an article number,
/// or by a prefix of an id that only one entity has.
EntityLookup resolve_entity(const model::KnowledgeBase& kb, const model::KindDef* kind,
                            std::string_view name);

/// `entities` (all of `kind`) in their natural order: by the kind's `order_by` fields, else
/// by its first identifying number (an article number); those without the field last;
/// otherwise as loaded.
std::vector<const model::Entity*> natural_order(const model::KindDef& kind,
                                                std::span<const model::Entity* const> entities);

} // namespace aistrat::query
