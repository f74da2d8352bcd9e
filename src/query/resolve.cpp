// Resolution of kinds and entities by the names a user types.
#include "query/resolve.hpp"

#include "model/number.hpp"
#include "model/text.hpp"

#include <algorithm>
#include <functional>

namespace aistrat::query {

using model::Entity;

KindLookup resolve_kind(const model::Schema& schema, std::string_view name) {
    KindLookup out;
    out.kind = schema.find_kind(name);
    if (out.kind != nullptr)
        return out;
    // Suggest kinds by their name, whichever spelling came close.
    for (const auto& spelling : model::closest(name, schema.kind_spellings(), 6)) {
        const std::string& kind = schema.find_kind(spelling)->name;
        if (std::find(out.suggestions.begin(), out.suggestions.end(), kind) ==
            out.suggestions.end())
            out.suggestions.push_back(kind);
    }
    if (out.suggestions.size() > 3)
        out.suggestions.resize(3);
    return out;
}

namespace {

std::vector<const Entity*> pool_of(const model::KnowledgeBase& kb, const model::KindDef* kind) {
    if (kind != nullptr)
        return kb.of_kind(kind->name);
    std::vector<const Entity*> all;
    for (const auto& k : kb.schema().kinds) {
        auto some = kb.of_kind(k.name);
        all.insert(all.end(), some.begin(), some.end());
    }
    return all;
}

bool identified_by(const model::KnowledgeBase& kb, const Entity& e, std::string_view name) {
    const model::KindDef* kind = kb.schema().find_kind(e.kind);
    if (kind == nullptr)
        return false;
    for (const auto& def : kind->fields) {
        if (!def.identifies)
            continue;
        const model::Field* f = e.field(def.name);
        if (f == nullptr)
            continue;
        // A number is matched by value, exactly: "007" and "7.0" find 7.
        if (def.type == model::FieldType::Integer || def.type == model::FieldType::Number ||
                    def.type == model::FieldType::Year
                ? model::compare_numbers(f->value.text, name) == 0
                : model::iequals(f->value.text, name))
            return true;
    }
    return false;
}

} // namespace

EntityLookup resolve_entity(const model::KnowledgeBase& kb, const model::KindDef* kind,
                            std::string_view name) {
    const auto pool = pool_of(kb, kind);
    EntityLookup out;
    const auto try_rule = [&](const std::function<bool(const Entity&)>& rule) {
        std::vector<const Entity*> hits;
        for (const Entity* e : pool)
            if (rule(*e))
                hits.push_back(e);
        if (hits.size() == 1) {
            out.status = MatchStatus::Found;
            out.entity = hits.front();
        } else if (hits.size() > 1) {
            out.status = MatchStatus::Ambiguous;
            out.candidates = std::move(hits);
        }
        return !out.candidates.empty() || out.entity != nullptr;
    };
    const auto any_alias = [&](const Entity& e, auto&& predicate) {
        return std::any_of(e.aliases.begin(), e.aliases.end(), predicate);
    };
    if (try_rule([&](const Entity& e) { return model::iequals(e.id, name); }))
        return out;
    if (try_rule([&](const Entity& e) {
            return model::iequals(e.title, name) ||
                   any_alias(e, [&](const std::string& a) { return model::iequals(a, name); });
        }))
        return out;
    if (try_rule([&](const Entity& e) { return identified_by(kb, e, name); }))
        return out;
    if (try_rule([&](const Entity& e) { return model::istarts_with(e.id, name); }))
        return out;

    std::vector<std::string> names;
    for (const Entity* e : pool) {
        names.push_back(e->id);
        for (const auto& alias : e->aliases)
            names.push_back(alias);
    }
    out.suggestions = model::closest(name, names);
    return out;
}

std::vector<const Entity*> natural_order(const model::KindDef& kind,
                                         std::vector<const Entity*> entities) {
    std::vector<const model::FieldDef*> keys;
    for (const auto& name : kind.order_by)
        if (const model::FieldDef* def = kind.field(name))
            keys.push_back(def);
    if (keys.empty()) {
        for (const auto& def : kind.fields)
            if (def.identifies &&
                (def.type == model::FieldType::Integer || def.type == model::FieldType::Number)) {
                keys.push_back(&def);
                break;
            }
    }
    const auto numeric = [](const model::FieldDef* def) {
        return def->type == model::FieldType::Integer || def->type == model::FieldType::Number ||
               def->type == model::FieldType::Year;
    };
    // Entities without a key field sort after those with it.
    const auto less = [&](const Entity* a, const Entity* b) {
        for (const model::FieldDef* def : keys) {
            const model::Field* fa = a->field(def->name);
            const model::Field* fb = b->field(def->name);
            if (fa == nullptr || fb == nullptr) {
                if (fa != fb)
                    return fb == nullptr;
                continue;
            }
            if (numeric(def) && fa->value.number != fb->value.number)
                return fa->value.number < fb->value.number;
            // Doubles round, so equal doubles may hold different numbers: ask the text.
            if (numeric(def))
                if (const int order =
                        model::compare_numbers(fa->value.text, fb->value.text).value_or(0);
                    order != 0)
                    return order < 0;
            if (!numeric(def) && fa->value.text != fb->value.text)
                return fa->value.text < fb->value.text;
        }
        return false;
    };
    std::stable_sort(entities.begin(), entities.end(), less);
    return entities;
}

} // namespace aistrat::query
