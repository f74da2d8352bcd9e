// Accessors of entities and their values.
#include "model/entity.hpp"

#include "model/text.hpp"

namespace aistrat::model {

const Field* Entity::field(std::string_view name) const {
    for (const auto& f : fields)
        if (f.name == name)
            return &f;
    return nullptr;
}

std::string value_text(const FieldValue& value) {
    if (value.type == FieldType::List)
        return join(value.items, "; ");
    return value.text;
}

} // namespace aistrat::model
