// Accessors of entities and their values.
#include "model/entity.hpp"

#include "model/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

namespace aistrat::model {

namespace {
/// Below this many fields a scan is as fast as a search, and an entity keeps no index.
constexpr std::size_t k_indexed_fields = 16;
} // namespace

const Field* Entity::field(std::string_view name) const {
    if (!fields.empty() && field_order.size() == fields.size()) {
        // A loop over the fields of a wide kind asks for each by name: a scan each time would
        // cost the square of the fields.
        const auto at = std::lower_bound(field_order.begin(), field_order.end(), name,
                                         [&](std::uint32_t i, std::string_view key) {
                                             return i < fields.size() && fields[i].name < key;
                                         });
        if (at != field_order.end() && *at < fields.size() && fields[*at].name == name)
            return &fields[*at];
        return nullptr;
    }
    for (const auto& f : fields)
        if (f.name == name)
            return &f;
    return nullptr;
}

bool Entity::operator==(const Entity& other) const {
    return std::tie(kind, id, title, summary, aliases, tags, fields, links, sources, where,
                    title_at, summary_at, folder, extensions) ==
           std::tie(other.kind, other.id, other.title, other.summary, other.aliases, other.tags,
                    other.fields, other.links, other.sources, other.where, other.title_at,
                    other.summary_at, other.folder, other.extensions);
}

void Entity::index_fields() {
    field_order.clear();
    if (fields.size() < k_indexed_fields)
        return;
    field_order.resize(fields.size());
    for (std::size_t i = 0; i < fields.size(); ++i)
        field_order[i] = static_cast<std::uint32_t>(i);
    // Stable: of two fields of one name (which a loaded entity never has), the first is found,
    // as a scan would find it.
    std::stable_sort(field_order.begin(), field_order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return fields[a].name < fields[b].name;
    });
}

std::string_view basis_name(Basis basis) {
    switch (basis) {
    case Basis::Implied:
        return "implied";
    case Basis::Interpretation:
        return "interpretation";
    default:
        return "stated";
    }
}

std::optional<Basis> parse_basis(std::string_view name) {
    for (Basis basis : {Basis::Stated, Basis::Implied, Basis::Interpretation})
        if (name == basis_name(basis))
            return basis;
    return std::nullopt;
}

const std::vector<Citation>& cited(const Entity& entity, const Support& support) {
    static const std::vector<Citation> k_none;
    if (!support.sources.empty())
        return support.sources;
    return support.basis == Basis::Interpretation ? k_none : entity.sources;
}

std::vector<const Citation*> all_citations(const Entity& entity) {
    std::vector<const Citation*> all;
    const auto add = [&all](const std::vector<Citation>& citations) {
        for (const auto& citation : citations)
            all.push_back(&citation);
    };
    add(entity.sources);
    for (const auto& field : entity.fields) {
        add(field.support.sources);
        for (const auto& item : field.item_support)
            add(item.sources);
    }
    for (const auto& link : entity.links)
        add(link.support.sources);
    for (const auto& extension : entity.extensions)
        add(extension.sources);
    return all;
}

const Support& item_support(const Field& field, std::size_t index) {
    if (index < field.item_support.size() && !field.item_support[index].plain())
        return field.item_support[index];
    return field.support;
}

std::string value_text(const FieldValue& value) {
    if (value.type == FieldType::List)
        return fmt::to_string(fmt::join(value.items, "; "));
    return value.text;
}

namespace {
std::string text_of(const Entity& entity, std::string_view name) {
    const Field* f = entity.field(name);
    return f == nullptr ? std::string{} : value_text(f->value);
}
} // namespace

std::string figure_text(const Entity& entity) {
    const model::Field* value = entity.field("value");
    const model::Field* unit = entity.field("unit");
    if (value == nullptr || unit == nullptr)
        return {};
    const std::string& u = unit->value.text;
    const std::string magnitude = text_of(entity, "magnitude");
    std::string number = value->value.text;
    std::string out;
    if (u == "%") {
        out = number + "%";
    } else if (!u.empty() && (u.back() == '$' || u == "€" || u == "£" || u == "¥")) {
        out = u + number + (magnitude.empty() ? "" : " " + magnitude);
    } else {
        out = number + (magnitude.empty() ? "" : " " + magnitude) + " " + u;
    }
    if (const std::string q = text_of(entity, "qualifier"); !q.empty())
        out = q + " " + out;
    if (const std::string period = text_of(entity, "period"); !period.empty())
        out += " " + period;
    return out;
}

} // namespace aistrat::model
