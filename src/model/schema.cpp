// Look-ups over the schema; the schema itself is read from YAML by load/.
#include "model/schema.hpp"

#include "model/text.hpp"

#include <algorithm>
#include <array>
#include <tuple>

namespace aistrat::model {

namespace {
constexpr std::array<std::pair<FieldType, std::string_view>, 9> k_type_names{{
    {FieldType::String, "string"},
    {FieldType::Text, "text"},
    {FieldType::Integer, "integer"},
    {FieldType::Number, "number"},
    {FieldType::Year, "year"},
    {FieldType::Date, "date"},
    {FieldType::Url, "url"},
    {FieldType::List, "list"},
    {FieldType::Bool, "bool"},
}};

bool contains(const std::vector<std::string>& names, std::string_view name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}
} // namespace

std::string_view field_type_name(FieldType type) {
    for (const auto& [t, name] : k_type_names)
        if (t == type)
            return name;
    return "string";
}

std::optional<FieldType> parse_field_type(std::string_view name) {
    for (const auto& [t, n] : k_type_names)
        if (n == name)
            return t;
    return std::nullopt;
}

std::vector<std::string> field_type_names() {
    std::vector<std::string> out;
    for (const auto& [t, name] : k_type_names)
        out.emplace_back(name);
    return out;
}

const FieldDef* KindDef::field(std::string_view field_name) const {
    if (!fields.empty() && field_index.size() == fields.size()) {
        // A miss is trusted; a hit is checked, for a field renamed in place since.
        const auto at = field_index.find(std::string(field_name));
        if (at == field_index.end())
            return nullptr;
        if (at->second < fields.size() && fields[at->second].name == field_name)
            return &fields[at->second];
    }
    for (const auto& f : fields)
        if (f.name == field_name)
            return &f;
    return nullptr;
}

bool KindDef::operator==(const KindDef& other) const {
    return std::tie(name, plural, aliases, description, cites, key_fields, order_by, fields,
                    where) == std::tie(other.name, other.plural, other.aliases, other.description,
                                       other.cites, other.key_fields, other.order_by, other.fields,
                                       other.where);
}

void KindDef::index_fields() {
    field_index.clear();
    for (std::size_t i = 0; i < fields.size(); ++i)
        field_index.try_emplace(fields[i].name, i);
}

bool RelationDef::allows_from(std::string_view kind) const {
    return contains(from, kind);
}
bool RelationDef::allows_to(std::string_view kind) const {
    return contains(to, kind);
}

const std::vector<std::string>& common_keys() {
    static const std::vector<std::string> keys{"kind",    "id",   "title", "summary",
                                               "aliases", "tags", "links", "sources"};
    return keys;
}

bool Schema::operator==(const Schema& other) const {
    return std::tie(version, citation_kind, citation_sections, kinds, relations) ==
           std::tie(other.version, other.citation_kind, other.citation_sections, other.kinds,
                    other.relations);
}

void Schema::index() {
    if (m_indexed_kinds > kinds.size() || m_indexed_relations > relations.size()) {
        m_kind_index.clear();
        m_relation_index.clear();
        m_indexed_kinds = 0;
        m_indexed_relations = 0;
    }
    // What was appended since the last call. The first kind or relation to take a name
    // keeps it, as the scans below find it.
    for (std::size_t i = m_indexed_kinds; i < kinds.size(); ++i) {
        m_kind_index.try_emplace(to_lower(kinds[i].name), i);
        m_kind_index.try_emplace(to_lower(kinds[i].plural), i);
        for (const auto& alias : kinds[i].aliases)
            m_kind_index.try_emplace(to_lower(alias), i);
    }
    for (std::size_t i = m_indexed_relations; i < relations.size(); ++i)
        m_relation_index.try_emplace(relations[i].name, i);
    for (auto& kind : kinds)
        if (kind.field_index.size() != kind.fields.size())
            kind.index_fields();
    m_indexed_kinds = kinds.size();
    m_indexed_relations = relations.size();
}

const KindDef* Schema::find_kind(std::string_view name) const {
    const auto spelled = [&](const KindDef& k) {
        return iequals(k.name, name) || iequals(k.plural, name) ||
               std::any_of(k.aliases.begin(), k.aliases.end(),
                           [&](const std::string& alias) { return iequals(alias, name); });
    };
    // The index is trusted when it covers every kind and its answer holds (a kind renamed
    // in place since would not): else the scan below.
    if (m_indexed_kinds == kinds.size() && !kinds.empty()) {
        const auto at = m_kind_index.find(to_lower(name));
        if (at == m_kind_index.end())
            return nullptr;
        if (at->second < kinds.size() && spelled(kinds[at->second]))
            return &kinds[at->second];
    }
    for (const auto& k : kinds)
        if (spelled(k))
            return &k;
    return nullptr;
}

const RelationDef* Schema::find_relation(std::string_view name) const {
    if (m_indexed_relations == relations.size() && !relations.empty()) {
        const auto at = m_relation_index.find(std::string(name));
        if (at == m_relation_index.end())
            return nullptr;
        if (at->second < relations.size() && relations[at->second].name == name)
            return &relations[at->second];
    }
    for (const auto& r : relations)
        if (r.name == name)
            return &r;
    return nullptr;
}

std::vector<std::string> Schema::kind_spellings() const {
    std::vector<std::string> out;
    for (const auto& k : kinds) {
        out.push_back(k.name);
        out.push_back(k.plural);
        out.insert(out.end(), k.aliases.begin(), k.aliases.end());
    }
    return out;
}

std::vector<std::string> Schema::kind_names() const {
    std::vector<std::string> out;
    for (const auto& k : kinds)
        out.push_back(k.name);
    return out;
}

} // namespace aistrat::model
