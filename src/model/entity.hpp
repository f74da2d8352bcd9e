// An entity of the knowledge base: common keys, typed field values, links and citations.
#pragma once

#include "model/diagnostic.hpp"
#include "model/schema.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace aistrat::model {

/// A typed field value. Scalars keep their text as written; numbers also their value.
struct FieldValue {
    FieldType type = FieldType::String;
    std::string text;               ///< every scalar type, as written in YAML
    double number = 0;              ///< integer, number and year
    bool boolean = false;           ///< bool
    std::vector<std::string> items; ///< list
};

/// One field of an entity, in the order written.
struct Field {
    std::string name;
    FieldValue value;
    Location where;
};

/// A link from the entity to `target` through the relation named `relation`.
struct Link {
    std::string relation;
    std::string target;
    Location where;
};

/// Where a statement comes from: a source entity's id and a place inside it.
struct Citation {
    std::string source;
    std::string locator;
    Location where;
};

struct Entity {
    std::string kind;
    std::string id;
    std::string title;
    std::string summary;
    std::vector<std::string> aliases;
    std::vector<std::string> tags;
    std::vector<Field> fields;
    std::vector<Link> links;
    std::vector<Citation> sources;
    Location where;     ///< the start of the entity's mapping
    std::string folder; ///< the knowledge folder it was loaded from

    /// Positions in `fields` sorted by field name, for an entity of many fields (empty for
    /// few, which are scanned): filled by index_fields().
    std::vector<std::uint32_t> field_order;

    /// The field named `name`, or nullptr: a binary search when `field_order` covers
    /// `fields`, else a scan. A hit is checked, a miss trusted; call index_fields() again
    /// after renaming fields in place.
    const Field* field(std::string_view name) const;

    /// Fills `field_order` from `fields` when they are many enough for a search to pay.
    void index_fields();
};

/// A field value as one line of text: lists joined with "; ", numbers as written.
std::string value_text(const FieldValue& value);

/// A figure's value as people write it ("about US$600 billion per year"), from the
/// conventional fields `value`, `unit`, `magnitude`, `qualifier` and `period`; empty when
/// `entity` has no `value` and `unit`.
std::string figure_text(const Entity& entity);

} // namespace aistrat::model
