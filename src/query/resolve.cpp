// Resolution of kinds and entities by the names a user types.
#include "query/resolve.hpp"

#include "model/number.hpp"
#include "model/text.hpp"

#include <algorithm>
#include <functional>

namespace aistrat::query {

using model::Entity;

namespace {

bool all_ascii(std::string_view s) {
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

/// A name as typed, read once: whether it is ASCII, and its case folding, are worked out once
/// rather than for each of thousands of entities (a name of 131,000 characters took 2 s on
/// 23,000 entities, and 65,000 of 'é' 385 s, each comparison folding it again).
struct Typed {
    std::string_view name;
    bool ascii = all_ascii(name);
    std::string folded = ascii ? std::string() : model::to_lower(name);
    /// No number is written this long; one that is cannot name a numbered entity.
    bool number_like = name.size() <= 64;

    /// False when `text` cannot begin with the name, whatever the case.
    bool fits(std::string_view text) const {
        return !ascii || text.size() >= name.size() || !all_ascii(text);
    }
    /// model::iequals(text, name), with the name folded once.
    bool same(std::string_view text) const {
        if (ascii)
            return fits(text) && model::iequals(text, name);
        return model::to_lower(text) == folded;
    }
    /// model::istarts_with(text, name), likewise.
    bool begins(std::string_view text) const {
        if (ascii)
            return fits(text) && model::istarts_with(text, name);
        return model::to_lower(text).starts_with(folded);
    }
};

} // namespace

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
    if (kind != nullptr) {
        const auto some = kb.of_kind(kind->name);
        return {some.begin(), some.end()};
    }
    std::vector<const Entity*> all;
    for (const auto& k : kb.schema().kinds) {
        const auto some = kb.of_kind(k.name);
        all.insert(all.end(), some.begin(), some.end());
    }
    return all;
}

bool identified_by(const model::KnowledgeBase& kb, const Entity& e, const Typed& name) {
    const model::KindDef* kind = kb.schema().find_kind(e.kind);
    if (kind == nullptr)
        return false;
    // The entity's own fields, each looked up in the kind: a kind may have thousands of
    // identifying fields that an entity sets few of.
    for (const auto& f : e.fields) {
        const model::FieldDef* def = kind->field(f.name);
        if (def == nullptr || !def->identifies)
            continue;
        // A number is matched by value, exactly: "007" and "7.0" find 7.
        if (model::is_numeric(def->type)
                ? name.number_like && model::compare_numbers(f.value.text, name.name) == 0
                : name.same(f.value.text))
            return true;
    }
    return false;
}

/// True when `name` is the number an entity of a numbered list holds in one of its kind's
/// key fields of type integer, which need not name one entity (priority area 5 in the
/// article's list and in the official one): `show priority-area 1`, as `list` shows it.
bool numbered(const model::KnowledgeBase& kb, const Entity& e, const Typed& name) {
    const model::KindDef* kind = kb.schema().find_kind(e.kind);
    if (kind == nullptr || !name.number_like)
        return false;
    for (const auto& key : kind->key_fields) {
        const model::FieldDef* def = kind->field(key);
        if (def == nullptr || def->identifies || def->type != model::FieldType::Integer)
            continue;
        if (const model::Field* f = e.field(key);
            f != nullptr && model::compare_numbers(f->value.text, name.name) == 0)
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
    const Typed typed{name};
    const auto same = [&](std::string_view text) { return typed.same(text); };
    if (try_rule([&](const Entity& e) { return same(e.id); }))
        return out;
    if (try_rule([&](const Entity& e) {
            return same(e.title) || any_alias(e, [&](const std::string& a) { return same(a); });
        }))
        return out;
    if (try_rule([&](const Entity& e) { return identified_by(kb, e, typed); }))
        return out;
    if (try_rule([&](const Entity& e) { return numbered(kb, e, typed); }))
        return out;
    if (try_rule([&](const Entity& e) { return typed.begins(e.id); }))
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
                                         std::span<const Entity* const> of_kind) {
    std::vector<const Entity*> entities(of_kind.begin(), of_kind.end());
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
    // A name listed twice sorts as once: equal at its first place, equal at the second.
    std::unordered_map<std::string_view, std::size_t> place;
    {
        std::vector<const model::FieldDef*> unique;
        for (const model::FieldDef* def : keys)
            if (place.try_emplace(def->name, unique.size()).second)
                unique.push_back(def);
        keys = std::move(unique);
    }
    if (keys.empty())
        return entities;
    // Each entity's key fields, by place in `keys`: a kind may list thousands of keys that
    // each entity sets a few of, and a comparison walks the keys the two entities set.
    using Keyed = std::vector<std::pair<std::size_t, const model::Field*>>;
    std::vector<Keyed> keyed(entities.size());
    for (std::size_t i = 0; i < entities.size(); ++i) {
        for (const auto& f : entities[i]->fields)
            if (const auto at = place.find(f.name); at != place.end())
                keyed[i].emplace_back(at->second, &f);
        // A field of one name twice (which a loaded entity never has): the first counts.
        std::stable_sort(keyed[i].begin(), keyed[i].end(),
                         [](const auto& x, const auto& y) { return x.first < y.first; });
        keyed[i].erase(std::unique(keyed[i].begin(), keyed[i].end(),
                                   [](const auto& x, const auto& y) { return x.first == y.first; }),
                       keyed[i].end());
    }
    // Below 0 when `fa` sorts first, 0 when equal.
    const auto compare = [](const model::FieldDef& def, const model::Field& fa,
                            const model::Field& fb) {
        if (model::is_numeric(def.type)) {
            if (fa.value.number != fb.value.number)
                return fa.value.number < fb.value.number ? -1 : 1;
            // Doubles round, so equal doubles may hold different numbers: ask the text.
            return model::compare_numbers(fa.value.text, fb.value.text).value_or(0);
        }
        return fa.value.text.compare(fb.value.text);
    };
    // Key by key; an entity without a key field sorts after one with it.
    const auto less = [&](std::size_t ia, std::size_t ib) {
        const Keyed& a = keyed[ia];
        const Keyed& b = keyed[ib];
        std::size_t i = 0;
        std::size_t j = 0;
        for (; i < a.size() && j < b.size(); ++i, ++j) {
            if (a[i].first != b[j].first)
                return a[i].first < b[j].first;
            if (const int order = compare(*keys[a[i].first], *a[i].second, *b[j].second);
                order != 0)
                return order < 0;
        }
        return i < a.size();
    };
    std::vector<std::size_t> order(entities.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), less);
    std::vector<const Entity*> sorted;
    sorted.reserve(entities.size());
    for (const std::size_t i : order)
        sorted.push_back(entities[i]);
    return sorted;
}

} // namespace aistrat::query
