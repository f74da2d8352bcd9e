// Filters and sorting for `list`: `--where FIELD OP VALUE`, `--sort [-]FIELD`, `--fields`.
// A FIELD is a common key (id, title, summary, aliases, tags), one of the kind's fields, a
// relation (either direction, e.g. `supports`, `supported-by`) or a linked kind (`pillar`).
#pragma once

#include "model/knowledge_base.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace aistrat::query {

/// What a field name refers to, for one kind.
struct FieldRef {
    enum class Source { Common, Field, Links };
    Source source = Source::Common;
    std::string name;                                ///< as the user wrote it, canonical
    const model::FieldDef* def = nullptr;            ///< Field
    std::vector<const model::RelationDef*> outgoing; ///< Links from this kind
    std::vector<const model::RelationDef*> incoming; ///< Links into this kind

    bool numeric() const;
};

/// A field name that names nothing, with the closest valid names.
struct FieldError {
    std::string message;
    std::vector<std::string> valid;       ///< every field the kind offers
    std::vector<std::string> suggestions; ///< the closest to what was written
};

/// Resolves `name` for entities of `kind`.
std::variant<FieldRef, FieldError> resolve_field(const model::KnowledgeBase& kb,
                                                 const model::KindDef& kind, std::string_view name);

/// The values of `field` on `entity`, as text: one for a scalar, one per item or link.
std::vector<std::string> field_values(const model::KnowledgeBase& kb, const model::Entity& entity,
                                      const FieldRef& field);

struct Condition {
    enum class Op { Equal, NotEqual, Contains, Less, Greater, LessEqual, GreaterEqual };
    FieldRef field;
    Op op = Op::Equal;
    std::string value; ///< as written
    /// With = and != on a link, the entities a comma separates (`pillar=education,regulation`:
    /// any of them); otherwise `value` alone.
    std::vector<std::string> alternatives;
    std::vector<const model::Entity*> targets; ///< for links: the entities the values name
};

/// A malformed or unresolvable condition; `position` is the offending character.
struct ConditionError {
    std::size_t position = 0;
    std::string message;
    bool not_found = false; ///< the value names no entity (exit 1, not 2)
};

/// Parses `FIELD=VALUE`, `!=`, `~` (contains, any case), `<`, `>`, `<=`, `>=` (numbers,
/// years and dates) for entities of `kind`; a link's value is resolved like an id. On a
/// link, = and != take entities a comma separates, any of which is equal (a value that names
/// an entity whole, commas and all, is that one entity).
std::variant<Condition, ConditionError>
parse_condition(const model::KnowledgeBase& kb, const model::KindDef& kind, std::string_view text);

/// True when `entity` satisfies `condition`.
bool matches(const model::KnowledgeBase& kb, const model::Entity& entity,
             const Condition& condition);

/// `entities` sorted by `field` (descending when `descending`); those without it last.
void sort_by(const model::KnowledgeBase& kb, std::vector<const model::Entity*>& entities,
             const FieldRef& field, bool descending);

} // namespace aistrat::query
