// Field resolution, conditions and sorting for `list`.
#include "query/filter.hpp"

#include "model/number.hpp"
#include "model/text.hpp"
#include "query/resolve.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <unordered_set>

namespace aistrat::query {

namespace {

/// The power of ten a figure's `magnitude` scales its `value` by ("billion": 9), so that
/// `value>1000` holds for US$600 billion; 0 for any other field or magnitude.
int magnitude_exponent(const model::Entity& e, const FieldRef& field) {
    if (field.source != FieldRef::Source::Field || field.name != "value")
        return 0;
    const model::Field* magnitude = e.field("magnitude");
    if (magnitude == nullptr)
        return 0;
    static constexpr std::pair<std::string_view, int> k_words[] = {
        {"thousand", 3}, {"million", 6}, {"billion", 9}, {"trillion", 12}};
    for (const auto& [word, exponent] : k_words)
        if (model::iequals(magnitude->value.text, word))
            return exponent;
    return 0;
}

/// The order of `v` times 10^`exponent` against `value`, exactly; nullopt when either is not
/// a number.
std::optional<int> compare_scaled(std::string_view v, int exponent, std::string_view value) {
    auto a = model::parse_decimal(v);
    const auto b = model::parse_decimal(value);
    if (!a || !b)
        return std::nullopt;
    if (!a->digits.empty())
        a->exponent += exponent;
    return model::compare(*a, *b);
}

/// Why `value` is no date a date field compares with: a day that is not in the calendar
/// (2020-02-30) is said to be one.
std::string not_a_date(const std::string& value) {
    const bool shaped = model::is_iso_date_shaped(value);
    return shaped
               ? fmt::format("'{}' is no day of the calendar", value)
               : fmt::format("'{}' is not a date (YYYY-MM-DD), a month (YYYY-MM) or a year", value);
}

/// Whether `text` contains `part`, in time linear in their lengths: glibc's memmem (the
/// Two-Way algorithm). A plain find() takes their product on repetitive text ("aaa...ab" in
/// "aaa...a"), and libstdc++'s Boyer-Moore takes the square of the part to prepare.
bool contains(const std::string& text, const std::string& part) {
    return part.empty() || ::memmem(text.data(), text.size(), part.data(), part.size()) != nullptr;
}

using model::Entity;

/// The ids of the sources `entity` cites, for itself or for any statement, each once, in
/// the order first cited.
std::vector<std::string> cited_sources(const Entity& entity) {
    std::vector<std::string> out;
    for (const model::Citation* c : model::all_citations(entity))
        if (std::find(out.begin(), out.end(), c->source) == out.end())
            out.push_back(c->source);
    return out;
}

const std::vector<std::string>& common_fields() {
    static const std::vector<std::string> names{"id",      "title", "summary",
                                                "aliases", "tags",  "sources"};
    return names;
}

/// Every field name `kind` offers, for messages.
std::vector<std::string> valid_fields(const model::KnowledgeBase& kb, const model::KindDef& kind) {
    std::vector<std::string> out;
    std::unordered_set<std::string_view> seen; // views of names the schema and kind hold
    const auto add = [&](const std::string& name) {
        if (seen.insert(name).second)
            out.push_back(name);
    };
    for (const auto& name : common_fields())
        add(name);
    for (const auto& f : kind.fields)
        add(f.name);
    for (const auto& r : kb.schema().relations) {
        if (r.allows_from(kind.name)) {
            add(r.name);
            for (const auto& k : r.to)
                add(k);
        }
        if (r.allows_to(kind.name)) {
            add(r.inverse);
            for (const auto& k : r.from)
                add(k);
        }
    }
    return out;
}

/// The entities `entity` is linked to through `field`, both directions.
std::vector<const Entity*> linked(const model::KnowledgeBase& kb, const Entity& entity,
                                  const FieldRef& field) {
    std::vector<const Entity*> out;
    for (const auto& link : kb.outgoing(entity))
        for (const auto* r : field.outgoing)
            if (link.target != nullptr && r->name == link.link->relation)
                out.push_back(link.target);
    for (const auto& in : kb.incoming(entity))
        if (std::find(field.incoming.begin(), field.incoming.end(), in.relation) !=
            field.incoming.end())
            out.push_back(in.from);
    return out;
}

} // namespace

bool FieldRef::numeric() const {
    return def != nullptr && model::is_numeric(def->type);
}

std::variant<FieldRef, FieldError>
resolve_field(const model::KnowledgeBase& kb, const model::KindDef& kind, std::string_view name) {
    FieldRef ref;
    ref.name = model::to_lower(name);
    const auto& common = common_fields();
    if (std::find(common.begin(), common.end(), ref.name) != common.end())
        return ref;
    if (const model::FieldDef* def = kind.field(ref.name)) {
        ref.source = FieldRef::Source::Field;
        ref.def = def;
        return ref;
    }
    // A relation by either of its names, or every relation to or from a kind.
    const model::KindDef* linked_kind = kb.schema().find_kind(ref.name);
    ref.source = FieldRef::Source::Links;
    for (const auto& r : kb.schema().relations) {
        if (r.allows_from(kind.name) &&
            (r.name == ref.name || (linked_kind != nullptr && r.allows_to(linked_kind->name))))
            ref.outgoing.push_back(&r);
        if (r.allows_to(kind.name) &&
            (r.inverse == ref.name || (linked_kind != nullptr && r.allows_from(linked_kind->name))))
            ref.incoming.push_back(&r);
    }
    if (!ref.outgoing.empty() || !ref.incoming.empty())
        return ref;
    FieldError error;
    error.valid = valid_fields(kb, kind);
    error.suggestions = model::closest(name, error.valid);
    error.message = fmt::format("{} has no field '{}'", kind.plural, name);
    return error;
}

std::vector<std::string> field_values(const model::KnowledgeBase& kb, const Entity& entity,
                                      const FieldRef& field) {
    switch (field.source) {
    case FieldRef::Source::Common:
        if (field.name == "id")
            return {entity.id};
        if (field.name == "title")
            return {entity.title};
        if (field.name == "summary")
            return {entity.summary};
        if (field.name == "sources")
            return cited_sources(entity);
        return field.name == "aliases" ? entity.aliases : entity.tags;
    case FieldRef::Source::Field: {
        const model::Field* f = entity.field(field.name);
        if (f == nullptr)
            return {};
        if (f->value.type == model::FieldType::List)
            return f->value.items;
        return {f->value.text};
    }
    case FieldRef::Source::Links: {
        std::vector<std::string> ids;
        for (const Entity* e : linked(kb, entity, field))
            ids.push_back(e->id);
        return ids;
    }
    }
    return {};
}

namespace {

/// `text` without the spaces around it.
std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(' ');
    if (first == std::string_view::npos)
        return {};
    return std::string(text.substr(first, text.find_last_not_of(' ') - first + 1));
}

/// The operator at `at` of `text` into `condition.op`, and its length into `length`.
std::optional<ConditionError> read_operator(std::string_view text, std::size_t at,
                                            Condition& condition, std::size_t& length) {
    using Op = Condition::Op;
    const std::string_view rest = text.substr(at);
    if (rest.starts_with("!=") || rest.starts_with("<=") || rest.starts_with(">=")) {
        length = 2;
        condition.op = rest[0] == '!'   ? Op::NotEqual
                       : rest[0] == '<' ? Op::LessEqual
                                        : Op::GreaterEqual;
    } else {
        length = 1;
        switch (rest[0]) {
        case '=':
            condition.op = Op::Equal;
            break;
        case '~':
            condition.op = Op::Contains;
            break;
        case '<':
            condition.op = Op::Less;
            break;
        case '>':
            condition.op = Op::Greater;
            break;
        default:
            return ConditionError{at, "'!' must be followed by '=' (as in !=)"};
        }
    }
    if (at + length < text.size() &&
        std::string_view("=!~<>").find(text[at + length]) != std::string_view::npos)
        return ConditionError{at + length,
                              fmt::format("'{}' cannot follow '{}': the operators are =, "
                                          "!=, ~, <, >, <= and >=",
                                          text[at + length], text.substr(at, length))};
    return std::nullopt;
}

/// The values a comma separates, each trimmed.
std::vector<std::string> split_values(const std::string& value) {
    std::vector<std::string> out;
    std::size_t from = 0;
    while (true) {
        const auto comma = value.find(',', from);
        out.push_back(trimmed(std::string_view(value).substr(
            from, comma == std::string::npos ? std::string::npos : comma - from)));
        if (comma == std::string::npos)
            return out;
        from = comma + 1;
    }
}

/// The kinds a link field's values may name: those its relations lead to, either way.
std::vector<std::string> linked_kinds(const FieldRef& field) {
    std::vector<std::string> kinds;
    for (const auto* r : field.outgoing)
        kinds.insert(kinds.end(), r->to.begin(), r->to.end());
    for (const auto* r : field.incoming)
        kinds.insert(kinds.end(), r->from.begin(), r->from.end());
    return kinds;
}

/// Whether `value` names one entity of the kinds a link field leads to, commas and all.
bool names_an_entity(const model::KnowledgeBase& kb, const FieldRef& field,
                     const std::string& value) {
    const auto kinds = linked_kinds(field);
    return std::any_of(kinds.begin(), kinds.end(), [&](const std::string& k) {
        return resolve_entity(kb, kb.schema().find_kind(k), value).status == MatchStatus::Found;
    });
}

/// The first of `alternatives` that does not `fit` the field's type, or null.
template <typename Fits>
const std::string* first_not(const std::vector<std::string>& alternatives, Fits&& fits) {
    for (const auto& a : alternatives)
        if (!fits(a))
            return &a;
    return nullptr;
}

/// Whether the condition's values fit its field and operator: an order only on numbers,
/// years and dates, and each value of a number, date or true-or-false field of its type.
/// `at`: where the operator starts; `length`: its length.
std::optional<ConditionError> check_values(const Condition& condition, std::string_view text,
                                           std::size_t at, std::size_t length) {
    using Op = Condition::Op;
    const auto& field = condition.field;
    const auto type = [&](model::FieldType t) {
        return field.def != nullptr && field.def->type == t;
    };
    const std::size_t value_at = at + length;
    if (condition.op == Op::Less || condition.op == Op::Greater || condition.op == Op::LessEqual ||
        condition.op == Op::GreaterEqual) {
        const bool date = type(model::FieldType::Date);
        if (!field.numeric() && !date)
            return ConditionError{at,
                                  fmt::format("'{}' is not a number, year or date, so it cannot be "
                                              "compared with {}",
                                              field.name, text.substr(at, length))};
        if (!date && !model::parse_decimal(condition.value))
            return ConditionError{value_at, fmt::format("'{}' is not a number", condition.value)};
        // A date is compared in order only with a year, a month or a date (as text, these
        // order as time does); a word or 2020-13-01 would order as letters.
        if (date && !model::is_iso_date_prefix(condition.value))
            return ConditionError{value_at, not_a_date(condition.value)};
        return std::nullopt;
    }
    if (condition.op == Op::Contains)
        return std::nullopt;
    const auto& alternatives = condition.alternatives;
    // A date equals a day, a month or a year: '2020-8' or '2020-02-30' would match nothing.
    if (const std::string* bad = first_not(
            alternatives, [](const std::string& a) { return model::is_iso_date_prefix(a); });
        type(model::FieldType::Date) && bad != nullptr)
        return ConditionError{value_at, not_a_date(*bad)};
    // A number field equals only a number: 'nan', 'inf' or a word would match nothing.
    if (const std::string* nan = first_not(
            alternatives, [](const std::string& a) { return model::parse_decimal(a).has_value(); });
        field.numeric() && nan != nullptr)
        return ConditionError{value_at, fmt::format("'{}' is not a number", *nan)};
    // Likewise a true-or-false field: 'yes' would match nothing.
    if (const std::string* word = first_not(
            alternatives, [](const std::string& a) { return a == "true" || a == "false"; });
        type(model::FieldType::Bool) && word != nullptr)
        return ConditionError{value_at, fmt::format("'{}' is not true or false", *word)};
    return std::nullopt;
}

/// Each value of an equality on a link names an entity, resolved like an id among the
/// linked kinds, into `condition.targets`. `at`: where the value starts.
std::optional<ConditionError> resolve_targets(const model::KnowledgeBase& kb, Condition& condition,
                                              std::size_t at) {
    const auto kinds = linked_kinds(condition.field);
    for (const std::string& wanted : condition.alternatives) {
        const model::Entity* target = nullptr;
        std::vector<std::string> suggestions;
        for (const auto& k : kinds) {
            const auto lookup = resolve_entity(kb, kb.schema().find_kind(k), wanted);
            if (lookup.status == MatchStatus::Found) {
                target = lookup.entity;
                break;
            }
            if (lookup.status == MatchStatus::Ambiguous) {
                std::vector<std::string> names;
                for (const auto* e : lookup.candidates)
                    names.push_back(e->id);
                return ConditionError{at,
                                      fmt::format("'{}' matches more than one {}: {}", wanted, k,
                                                  fmt::to_string(fmt::join(names, ", "))),
                                      true};
            }
            suggestions.insert(suggestions.end(), lookup.suggestions.begin(),
                               lookup.suggestions.end());
        }
        if (target == nullptr) {
            std::string message =
                fmt::format("no {} '{}'", fmt::to_string(fmt::join(kinds, " or ")), wanted);
            if (const auto hint = model::did_you_mean(suggestions); !hint.empty())
                message += "; " + hint;
            return ConditionError{at, message, true};
        }
        condition.targets.push_back(target);
    }
    return std::nullopt;
}

} // namespace

std::variant<Condition, ConditionError>
parse_condition(const model::KnowledgeBase& kb, const model::KindDef& kind, std::string_view text) {
    const auto at = text.find_first_of("=!~<>");
    if (at == std::string_view::npos)
        return ConditionError{text.size(), "expected an operator: =, !=, ~, <, >, <= or >="};
    std::string_view name = text.substr(0, at);
    while (!name.empty() && name.back() == ' ')
        name.remove_suffix(1);
    std::size_t start = 0;
    while (start < name.size() && name[start] == ' ')
        ++start;
    name = name.substr(start);
    if (name.empty())
        return ConditionError{at, "a field name is missing before the operator"};

    Condition condition;
    std::size_t length = 1;
    if (auto error = read_operator(text, at, condition, length))
        return *error;
    condition.value = trimmed(text.substr(at + length));
    if (condition.value.empty())
        return ConditionError{text.size(), "a value is missing after the operator"};

    auto field = resolve_field(kb, kind, name);
    if (auto* error = std::get_if<FieldError>(&field)) {
        std::string message = error->message;
        if (const auto hint = model::did_you_mean(error->suggestions); !hint.empty())
            message += "; " + hint;
        message += " (fields: " + fmt::to_string(fmt::join(error->valid, ", ")) + ")";
        return ConditionError{start, message};
    }
    condition.field = std::get<FieldRef>(field);
    condition.alternatives = {condition.value};
    const bool equality =
        condition.op == Condition::Op::Equal || condition.op == Condition::Op::NotEqual;
    const bool links = condition.field.source == FieldRef::Source::Links;
    // Only entity names are split: a title may hold a comma, and "270,000" is no two
    // numbers.
    if (equality && links && condition.value.find(',') != std::string::npos &&
        !names_an_entity(kb, condition.field, condition.value)) {
        condition.alternatives = split_values(condition.value);
        if (std::any_of(condition.alternatives.begin(), condition.alternatives.end(),
                        [](const std::string& a) { return a.empty(); }))
            return ConditionError{at + length,
                                  "an empty value between commas; commas separate the values "
                                  "any of which is equal"};
    }
    if (auto error = check_values(condition, text, at, length))
        return *error;
    if (equality && links)
        if (auto error = resolve_targets(kb, condition, at + length))
            return *error;
    return condition;
}

bool matches(const model::KnowledgeBase& kb, const Entity& entity, const Condition& condition) {
    using Op = Condition::Op;
    if (!condition.targets.empty()) {
        const auto targets = linked(kb, entity, condition.field);
        const bool found = std::any_of(targets.begin(), targets.end(), [&](const Entity* t) {
            return std::find(condition.targets.begin(), condition.targets.end(), t) !=
                   condition.targets.end();
        });
        return condition.op == Op::Equal ? found : !found;
    }
    const auto values = field_values(kb, entity, condition.field);
    if (condition.field.source == FieldRef::Source::Links && condition.op == Op::Contains) {
        for (const Entity* e : linked(kb, entity, condition.field))
            if (contains(model::to_lower(e->id + " " + e->title), model::to_lower(condition.value)))
                return true;
        return false;
    }
    // A date equals a year or a month it falls in, as <= and >= compare with the whole period
    // (launched=2020 matched nothing while launched>=2020 and launched<=2020 both held).
    const bool date_field =
        condition.field.def != nullptr && condition.field.def->type == model::FieldType::Date;
    // A figure's value compares by its full amount; equal also to the number as written
    // (value=600 and value=600000000000 both find US$600 billion).
    const int exponent = magnitude_exponent(entity, condition.field);
    const auto equal_to = [&](const std::string& v, const std::string& value) {
        if (condition.field.numeric()) // exactly, not as doubles
            return model::compare_numbers(v, value) == 0 ||
                   (exponent != 0 && compare_scaled(v, exponent, value) == 0);
        if (date_field && value.size() < 10 && model::is_iso_date_prefix(value))
            return v.starts_with(value) && (v.size() == value.size() || v[value.size()] == '-');
        return model::iequals(v, value);
    };
    const auto equal = [&](const std::string& v) {
        return std::any_of(condition.alternatives.begin(), condition.alternatives.end(),
                           [&](const std::string& value) { return equal_to(v, value); });
    };
    switch (condition.op) {
    case Op::Equal:
        return std::any_of(values.begin(), values.end(), equal);
    case Op::NotEqual:
        return std::none_of(values.begin(), values.end(), equal);
    case Op::Contains:
        return std::any_of(values.begin(), values.end(), [&](const std::string& v) {
            return contains(model::to_lower(v), model::to_lower(condition.value));
        });
    default:
        break;
    }
    for (const auto& v : values) {
        int order = 0;
        if (condition.field.numeric()) {
            const auto compared = compare_scaled(v, exponent, condition.value);
            if (!compared)
                continue;
            order = *compared;
        } else {
            // A date against a year or a month compares with the whole period: 2020-08-10 is
            // within 2020-08, so `<= 2020-08` holds and `> 2020` does not.
            const std::string_view date = std::string_view(v).substr(0, condition.value.size());
            const int c = date.compare(condition.value);
            order = c < 0 ? -1 : (c > 0 ? 1 : 0);
        }
        switch (condition.op) {
        case Op::Less:
            if (order < 0)
                return true;
            break;
        case Op::Greater:
            if (order > 0)
                return true;
            break;
        case Op::LessEqual:
            // Or equal as `=` says it is: value<=600 holds for US$600 billion, as value=600
            // does (value written as 600).
            if (order <= 0 || (exponent != 0 && equal(v)))
                return true;
            break;
        case Op::GreaterEqual:
            if (order >= 0 || (exponent != 0 && equal(v)))
                return true;
            break;
        default:
            break;
        }
    }
    return false;
}

void sort_by(const model::KnowledgeBase& kb, std::vector<const Entity*>& entities,
             const FieldRef& field, bool descending) {
    const auto key = [&](const Entity* e) { return field_values(kb, *e, field); };
    // Two numbers in order, a figure's value by its full amount.
    const auto compare = [&](const Entity* a, const std::string& x, const Entity* b,
                             const std::string& y) {
        const auto da = model::parse_decimal(x);
        const auto db = model::parse_decimal(y);
        if (!da || !db)
            return 0;
        auto scaled_a = *da;
        auto scaled_b = *db;
        if (!scaled_a.digits.empty())
            scaled_a.exponent += magnitude_exponent(*a, field);
        if (!scaled_b.digits.empty())
            scaled_b.exponent += magnitude_exponent(*b, field);
        return model::compare(scaled_a, scaled_b);
    };
    std::stable_sort(entities.begin(), entities.end(), [&](const Entity* a, const Entity* b) {
        const auto ka = key(a);
        const auto kb_ = key(b);
        if (ka.empty() || kb_.empty())
            return !ka.empty() && kb_.empty(); // those without the field go last
        int order = 0;
        if (field.numeric()) {
            order = compare(a, ka.front(), b, kb_.front());
        } else {
            const std::string x = model::to_lower(fmt::to_string(fmt::join(ka, ", ")));
            const std::string y = model::to_lower(fmt::to_string(fmt::join(kb_, ", ")));
            order = x < y ? -1 : (x > y ? 1 : 0);
        }
        return descending ? order > 0 : order < 0;
    });
}

} // namespace aistrat::query
