// Accessors of entities and their values.
#include "model/entity.hpp"

#include "model/text.hpp"

#include <fmt/format.h>

namespace aistrat::model {

const Field* Entity::field(std::string_view name) const {
    for (const auto& f : fields)
        if (f.name == name)
            return &f;
    return nullptr;
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
