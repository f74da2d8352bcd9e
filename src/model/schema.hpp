// The knowledge model's schema: kinds, their typed fields and the named relations.
#pragma once

#include "model/diagnostic.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace aistrat::model {

enum class FieldType { String, Text, Integer, Number, Year, Date, Url, List, Bool };

/// Whether a field of `type` holds a number (integer, number or year), compared by value.
constexpr bool is_numeric(FieldType type) {
    return type == FieldType::Integer || type == FieldType::Number || type == FieldType::Year;
}

/// The schema name of `type` (`string`, `list`, ...).
std::string_view field_type_name(FieldType type);

/// The type named `name`, if there is one.
std::optional<FieldType> parse_field_type(std::string_view name);

/// The names of every field type, for messages.
std::vector<std::string> field_type_names();

/// One field of a kind.
struct FieldDef {
    std::string name;
    FieldType type = FieldType::String;
    bool required = false;
    bool identifies = false; ///< the field's value names the entity (`show opportunity 3`)
    std::string description;
    /// Question words and phrases the field answers (`why`, `where does data come from`):
    /// `ask` prefers its statements for a question that holds one.
    std::vector<std::string> asks;
    bool operator==(const FieldDef&) const = default;
};

/// One kind of entity, such as `opportunity`.
struct KindDef {
    std::string name;
    std::string plural;
    std::vector<std::string> aliases;
    std::string description;
    bool cites = true; ///< entities of this kind must cite a source
    std::vector<std::string> key_fields;
    std::vector<std::string> order_by; ///< fields that give the kind's natural order
    std::vector<FieldDef> fields;
    Location where;
    /// `fields` by name (position), for `field`: complete when it has as many names as
    /// `fields` has entries, else `field` scans (a kind put together by hand).
    std::unordered_map<std::string, std::size_t> field_index;

    /// The field named `field_name`, or nullptr.
    const FieldDef* field(std::string_view field_name) const;
    /// Fills `field_index` from `fields` (the first field of a name keeps it).
    void index_fields();
    /// Equal in everything declared; `field_index`, derived from `fields`, aside.
    bool operator==(const KindDef& other) const;
};

/// A relation from one set of kinds to another, named in both directions.
struct RelationDef {
    std::string name;    ///< as written under `links:`, e.g. `supports`
    std::string inverse; ///< as shown on the target, e.g. `supported-by`
    std::vector<std::string> from;
    std::vector<std::string> to;
    std::string description;
    bool coverage = false; ///< every target is meant to be reached: the gaps report lists those not
    Location where;

    bool allows_from(std::string_view kind) const;
    bool allows_to(std::string_view kind) const;
    bool operator==(const RelationDef&) const = default;
};

/// Keys that every entity may have, whatever its kind, in their canonical order.
const std::vector<std::string>& common_keys();

/// The whole schema: kinds and relations, merged from every loaded `schema.yaml`.
struct Schema {
    int version = 1;
    std::string citation_kind;
    /// The field of the citation kind that says how a source is divided (its sections, with
    /// their paragraphs, or its pages), for checking locators; empty when none does.
    std::string citation_sections;
    std::vector<KindDef> kinds;
    std::vector<RelationDef> relations;

    /// The kind whose name, plural or alias is `name` (any case), or nullptr.
    const KindDef* find_kind(std::string_view name) const;
    /// The relation named `name` (in its forward direction), or nullptr.
    const RelationDef* find_relation(std::string_view name) const;
    /// Every name a kind can be given by: names, plurals and aliases.
    std::vector<std::string> kind_spellings() const;
    /// The kinds' names.
    std::vector<std::string> kind_names() const;

    /// Indexes the kinds' spellings and the relations' names, so that find_kind and
    /// find_relation take constant time (a scan per lookup made 8,000 kinds take 7 s to
    /// load). Kinds and relations are only appended: each call indexes those added since
    /// the last, and while some are not indexed the lookups scan. Call it before the
    /// schema is shared between threads.
    void index();

    /// Equal in everything declared; the lookup indexes aside.
    bool operator==(const Schema& other) const;

private:
    std::unordered_map<std::string, std::size_t> m_kind_index; ///< lower-cased spelling
    std::unordered_map<std::string, std::size_t> m_relation_index;
    std::size_t m_indexed_kinds = 0;
    std::size_t m_indexed_relations = 0;
};

} // namespace aistrat::model
