// Converts entities and the schema to JSON values.
#include "report/entity_data.hpp"

#include "model/number.hpp"
#include "report/entity_documents.hpp"

#include <algorithm>
#include <charconv>
#include <set>

namespace aistrat::report {

namespace {

using json = nlohmann::ordered_json;

/// A `number` field as JSON: a whole number stays a JSON integer, exactly, however it is
/// written (9007199254740993 and 9007199254740993.0 are not rounded to the double ...992, and
/// 600 and 6e2 are not written 600.0), while it fits in 64 bits; any other number is the
/// double it reads as. -0.0 keeps its sign as a double (no integer has one).
json number_data(const model::FieldValue& value) {
    long long whole = 0;
    const char* end = value.text.data() + value.text.size();
    if (const auto [ptr, ec] = std::from_chars(value.text.data(), end, whole);
        ec == std::errc{} && ptr == end)
        return whole; // an integer as written: -0 too, which no integer tells from 0
    const auto decimal = model::parse_decimal(value.text);
    if (!decimal)
        return value.number;
    if (decimal->digits.empty())
        return decimal->negative ? json(value.number) : json(0);
    // Whole: every digit stands before the point. Up to 19 digits, as many as a long long
    // holds (from_chars below refuses what is past its range).
    const auto digits = static_cast<long long>(decimal->digits.size());
    if (decimal->exponent < digits || decimal->exponent > 19)
        return value.number;
    std::string text = decimal->negative ? "-" : "";
    text += decimal->digits;
    text.append(static_cast<std::size_t>(decimal->exponent - digits), '0');
    if (const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), whole);
        ec == std::errc{} && ptr == text.data() + text.size())
        return whole;
    return value.number;
}

json value_data(const model::FieldValue& value) {
    switch (value.type) {
    case model::FieldType::Integer:
    case model::FieldType::Year:
        return static_cast<long long>(value.number);
    case model::FieldType::Number:
        return number_data(value);
    case model::FieldType::Bool:
        return value.boolean;
    case model::FieldType::List:
        return value.items;
    default:
        return value.text;
    }
}

json kind_data(const model::KnowledgeBase& kb, const model::KindDef& kind) {
    json fields = json::array();
    for (const auto& f : kind.fields)
        fields.push_back({{"name", f.name},
                          {"type", model::field_type_name(f.type)},
                          {"required", f.required},
                          {"identifies", f.identifies},
                          {"description", f.description},
                          {"asks", f.asks}});
    return {{"name", kind.name},
            {"plural", kind.plural},
            {"aliases", kind.aliases},
            {"description", kind.description},
            {"cites", kind.cites},
            {"key_fields", kind.key_fields},
            {"count", kb.of_kind(kind.name).size()},
            {"fields", fields}};
}

json schema_data(const model::KnowledgeBase& kb) {
    json kinds = json::array();
    for (const auto& kind : kb.schema().kinds)
        kinds.push_back(kind_data(kb, kind));
    json relations = json::array();
    for (const auto& r : kb.schema().relations)
        relations.push_back({{"name", r.name},
                             {"inverse", r.inverse},
                             {"from", r.from},
                             {"to", r.to},
                             {"description", r.description}});
    return {{"citation_kind", kb.schema().citation_kind},
            {"citation_sections", kb.schema().citation_sections},
            {"kinds", kinds},
            {"relations", relations}};
}

json counts(const model::KnowledgeBase& kb) {
    json out = json::object();
    for (const auto& kind : kb.schema().kinds)
        out[kind.name] = kb.of_kind(kind.name).size();
    return out;
}

} // namespace

json sources_data(const model::KnowledgeBase& kb, const model::Entity& entity) {
    return citations_data(kb, entity.sources);
}

json support_data(const model::KnowledgeBase& kb, const model::Support& support) {
    return {{"basis", model::basis_name(support.basis)},
            {"sources", citations_data(kb, support.sources)}};
}

json citations_data(const model::KnowledgeBase& kb, const std::vector<model::Citation>& citations) {
    json sources = json::array();
    for (const auto& citation : citations) {
        const model::Entity* source = kb.find(kb.schema().citation_kind, citation.source);
        const model::Field* url = source ? source->field("url") : nullptr;
        // What the source does not have is absent, not empty: a template's {{#url}} section
        // is then skipped.
        json one{{"source", citation.source}, {"locator", citation.locator}};
        if (source != nullptr)
            one["title"] = source->title;
        if (url != nullptr && !url->value.text.empty())
            one["url"] = url->value.text;
        sources.push_back(std::move(one));
    }
    return sources;
}

json entity_data(const model::KnowledgeBase& kb, const model::Entity& entity, bool incoming) {
    json fields = json::object();
    json support = json::object();
    for (const auto& f : entity.fields) {
        fields[f.name] = value_data(f.value);
        if (f.value.type == model::FieldType::List) {
            json items = json::array();
            for (std::size_t i = 0; i < f.value.items.size(); ++i)
                items.push_back(support_data(kb, model::item_support(f, i)));
            support[f.name] = std::move(items);
        } else {
            support[f.name] = support_data(kb, f.support);
        }
    }
    json links = json::array();
    for (const auto& [link, relation, target] : kb.outgoing(entity))
        links.push_back({{"relation", link->relation},
                         {"kind", target ? target->kind : ""},
                         {"id", link->target},
                         {"title", target ? target->title : ""},
                         {"basis", model::basis_name(link->support.basis)},
                         {"sources", citations_data(kb, link->support.sources)}});
    const json sources = sources_data(kb, entity);
    json out = {{"kind", entity.kind},       {"id", entity.id},           {"title", entity.title},
                {"summary", entity.summary}, {"aliases", entity.aliases}, {"tags", entity.tags},
                {"fields", fields},          {"support", support},        {"links", links},
                {"sources", sources}};
    if (const std::string figure = model::figure_text(entity); !figure.empty())
        out["figure"] = figure;
    if (incoming) {
        json linked_from = json::array();
        for (const auto& in : kb.incoming(entity))
            linked_from.push_back({{"relation", in.relation->inverse},
                                   {"kind", in.from->kind},
                                   {"id", in.from->id},
                                   {"title", in.from->title}});
        out["linked_from"] = linked_from;
    }
    // What extensions added cites their sources, not the entity's: every data output says
    // which names, tags, items and links each added, and on what it rests.
    if (!entity.extensions.empty()) {
        json extended_by = json::array();
        for (const auto& extension : entity.extensions) {
            json added = json::object();
            for (const auto& field : extension.fields)
                added[field.name] = field.value.items;
            json added_links = json::array();
            for (const auto& link : extension.links)
                added_links.push_back({{"relation", link.relation}, {"id", link.target}});
            extended_by.push_back({{"path", extension.where.path},
                                   {"line", extension.where.line},
                                   {"folder", extension.folder},
                                   {"aliases", extension.aliases},
                                   {"tags", extension.tags},
                                   {"fields", std::move(added)},
                                   {"links", std::move(added_links)},
                                   {"sources", citations_data(kb, extension.sources)}});
        }
        out["extended_by"] = std::move(extended_by);
    }
    return out;
}

json list_data(const model::KnowledgeBase& kb, const model::KindDef& kind,
               const std::vector<const model::Entity*>& entities,
               const std::vector<query::FieldRef>* fields) {
    json items = json::array();
    for (const model::Entity* e : entities) {
        if (fields == nullptr) {
            items.push_back(entity_data(kb, *e, false));
            continue;
        }
        // Only the fields asked for, beside kind, id and title.
        json item = {{"kind", e->kind}, {"id", e->id}, {"title", e->title}};
        for (const auto& field : *fields) {
            const auto values = query::field_values(kb, *e, field);
            const bool many =
                field.source == query::FieldRef::Source::Links || field.name == "aliases" ||
                field.name == "tags" ||
                (field.source == query::FieldRef::Source::Common && field.name == "sources") ||
                (field.def != nullptr && field.def->type == model::FieldType::List);
            if (many)
                item[field.name] = values;
            else if (values.empty())
                item[field.name] = nullptr;
            else if (const model::Field* f = e->field(field.name);
                     f != nullptr && (field.numeric() || f->value.type == model::FieldType::Bool))
                item[field.name] = value_data(f->value); // a number or a boolean, typed
            else
                item[field.name] = values.front();
        }
        items.push_back(std::move(item));
    }
    return {{"schema_version", k_schema_version},
            {"kind", kind.name},
            {"count", entities.size()},
            {"entities", items}};
}

std::vector<Citing> citing(const model::KnowledgeBase& kb, const model::Entity& source) {
    std::vector<Citing> out;
    if (source.kind != kb.schema().citation_kind)
        return out;
    for (const auto& kind : kb.schema().kinds)
        for (const model::Entity* e : kb.of_kind(kind.name)) {
            Citing one{e, {}};
            bool cites = false;
            std::set<std::string_view> seen;
            for (const model::Citation* c : model::all_citations(*e)) {
                if (c->source != source.id)
                    continue;
                cites = true;
                if (!c->locator.empty() && seen.insert(c->locator).second)
                    one.locators.push_back(c->locator);
            }
            if (cites)
                out.push_back(std::move(one));
        }
    return out;
}

json show_data(const model::KnowledgeBase& kb, const model::Entity& entity) {
    json data = entity_data(kb, entity, true);
    if (entity.kind == kb.schema().citation_kind) {
        json cited_by = json::array();
        for (const auto& c : citing(kb, entity))
            cited_by.push_back({{"kind", c.entity->kind},
                                {"id", c.entity->id},
                                {"title", c.entity->title},
                                {"locators", c.locators}});
        data["cited_by"] = std::move(cited_by);
    }
    return {{"schema_version", k_schema_version}, {"entity", std::move(data)}};
}

json kinds_data(const model::KnowledgeBase& kb) {
    json out = schema_data(kb);
    out["schema_version"] = k_schema_version;
    return out;
}

json export_data(const model::KnowledgeBase& kb) {
    json entities = json::array();
    for (const auto& kind : kb.schema().kinds)
        for (const model::Entity* e : kb.of_kind(kind.name))
            entities.push_back(entity_data(kb, *e, false));
    return {{"schema_version", k_schema_version},
            {"schema", schema_data(kb)},
            {"counts", counts(kb)},
            {"entities", entities}};
}

json check_data(const model::KnowledgeBase& kb, const model::Diagnostics& diagnostics) {
    json items = json::array();
    for (const auto& d : diagnostics)
        items.push_back({{"path", d.where.path},
                         {"line", d.where.line},
                         {"column", d.where.column},
                         {"severity", d.severity == model::Severity::Error ? "error" : "warning"},
                         {"message", d.message}});
    return {{"schema_version", k_schema_version},
            {"valid", !model::has_errors(diagnostics)},
            {"diagnostics", items},
            {"counts", counts(kb)}};
}

} // namespace aistrat::report
