// An entity of the knowledge base: common keys, typed field values, links and citations.
#pragma once

#include "model/diagnostic.hpp"
#include "model/schema.hpp"

#include <cstdint>
#include <optional>
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
    bool operator==(const FieldValue&) const = default;
};

/// Where a statement comes from: a source entity's id and a place inside it.
struct Citation {
    std::string source;
    std::string locator;
    Location where;
    bool operator==(const Citation&) const = default;
};

/// How a statement stands to its sources: `stated` (a source says it), `implied` (it follows
/// from a source's framing, though no sentence says it) or `interpretation` (our own reading).
enum class Basis : std::uint8_t { Stated, Implied, Interpretation };

/// The basis's name as written in YAML: "stated", "implied", "interpretation".
std::string_view basis_name(Basis basis);

/// The basis named `name`, or nullopt.
std::optional<Basis> parse_basis(std::string_view name);

/// What supports one statement (a field value, a list item, a link): its basis and its own
/// citations. A statement without citations of its own rests on its entity's `sources`, unless
/// it is an interpretation, which no source says.
struct Support {
    Basis basis = Basis::Stated;
    std::vector<Citation> sources;

    /// True when the statement says nothing of its own support (stated, no citations).
    bool plain() const { return basis == Basis::Stated && sources.empty(); }
    bool operator==(const Support&) const = default;
};

/// A line and column (from 1) in a file another member names; 0 where it is not known.
struct Position {
    int line = 0;
    int column = 0;
    bool operator==(const Position&) const = default;
};

/// One field of an entity, in the order written.
struct Field {
    std::string name;
    FieldValue value;
    Location where;
    Support support;                   ///< of a scalar value (a list's items have their own)
    std::vector<Support> item_support; ///< one per list item, or empty when all are plain
    /// Where each list item is written, in `where.path` (one per item; empty, or a zero
    /// Position for an item an extension added, where it is not known).
    std::vector<Position> item_at{};
    bool operator==(const Field&) const = default;
};

/// A link from the entity to `target` through the relation named `relation`.
struct Link {
    std::string relation;
    std::string target;
    Location where;
    Support support;
    bool operator==(const Link&) const = default;
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
    Location where;        ///< the start of the entity's mapping
    Position title_at{};   ///< where the title's text is, in `where.path`
    Position summary_at{}; ///< where the summary's text is
    std::string folder;    ///< the knowledge folder it was loaded from
    /// The `extends:` documents merged into this entity, in the order loaded, each as written:
    /// its kind, the id it extends (as `id`), the aliases, tags, list items and links it adds
    /// with their own support, its `sources`, where it stands and its folder. What they add is
    /// in the members above too (a plain item or link citing the extension's sources); these
    /// say where it came from. An extension has none of its own.
    std::vector<Entity> extensions;

    /// Positions in `fields` sorted by field name, for an entity of many fields (empty for
    /// few, which are scanned): filled by index_fields().
    std::vector<std::uint32_t> field_order;

    /// The field named `name`, or nullptr: a binary search when `field_order` covers
    /// `fields`, else a scan. A hit is checked, a miss trusted; call index_fields() again
    /// after renaming fields in place.
    const Field* field(std::string_view name) const;

    /// Fills `field_order` from `fields` when they are many enough for a search to pay.
    void index_fields();

    /// Equal in everything written and loaded; `field_order`, derived from `fields`, aside.
    bool operator==(const Entity& other) const;
};

/// The citations a statement with `support` rests on: its own, else (unless it is an
/// interpretation) its entity's.
const std::vector<Citation>& cited(const Entity& entity, const Support& support);

/// Every citation `entity` writes: its own, then each statement's (field values, list
/// items, links), in the order written, then the `sources` of each extension.
std::vector<const Citation*> all_citations(const Entity& entity);

/// The support of list item `index` of `field`: its own, else the field's.
const Support& item_support(const Field& field, std::size_t index);

/// A field value as one line of text: lists joined with "; ", numbers as written.
std::string value_text(const FieldValue& value);

/// A figure's value as people write it ("about US$600 billion per year"), from the
/// conventional fields `value`, `unit`, `magnitude`, `qualifier` and `period`; empty when
/// `entity` has no `value` and `unit`.
std::string figure_text(const Entity& entity);

} // namespace aistrat::model
