// Builds the documents of list, show and kinds from the knowledge graph.
#include "report/entity_documents.hpp"

#include "model/text.hpp"

#include <fmt/format.h>

namespace aistrat::report {

namespace {

using model::Entity;
using model::FieldType;

std::string field_text(const Entity& entity, std::string_view name) {
    const model::Field* f = entity.field(name);
    return f == nullptr ? std::string{} : model::value_text(f->value);
}

/// A linked entity's title, with its figure when it has one.
std::string linked_title(const Entity& entity) {
    const std::string figure = model::figure_text(entity);
    return figure.empty() ? entity.title : entity.title + ": " + figure;
}

} // namespace

Document list_document(const model::KnowledgeBase& kb, const model::KindDef& kind,
                       const std::vector<const Entity*>& entities,
                       const std::vector<query::FieldRef>& columns) {
    if (entities.empty())
        return Document{}.add(Paragraph{fmt::format("No {} to list.", kind.plural)});
    Table table;
    for (const auto& column : columns)
        table.headers.push_back(column.name);
    for (const Entity* e : entities) {
        std::vector<std::string> row;
        for (const auto& column : columns)
            row.push_back(fmt::to_string(fmt::join(query::field_values(kb, *e, column), "; ")));
        table.rows.push_back(std::move(row));
    }
    return Document{}.add(std::move(table));
}

Document show_document(const model::KnowledgeBase& kb, const Entity& entity) {
    Document doc;
    doc.add(Heading{1, entity.title});
    if (!entity.summary.empty())
        doc.add(Paragraph{entity.summary});

    FieldList fields;
    fields.rows.emplace_back("kind", entity.kind);
    fields.rows.emplace_back("id", entity.id);
    if (const std::string figure = model::figure_text(entity); !figure.empty())
        fields.rows.emplace_back("figure", figure);
    if (!entity.aliases.empty())
        fields.rows.emplace_back("aliases", fmt::to_string(fmt::join(entity.aliases, "; ")));
    if (!entity.tags.empty())
        fields.rows.emplace_back("tags", fmt::to_string(fmt::join(entity.tags, ", ")));
    for (const auto& field : entity.fields)
        if (field.value.type != FieldType::List)
            fields.rows.emplace_back(field.name, field.value.text);
    doc.add(std::move(fields));

    for (const auto& field : entity.fields)
        if (field.value.type == FieldType::List)
            doc.add(Heading{2, model::label(field.name)}).add(BulletList{field.value.items});

    Table links{{"relation", "kind", "id", "title"}, {}};
    for (const auto& link : entity.links) {
        const model::RelationDef* relation = kb.schema().find_relation(link.relation);
        const Entity* target = relation ? kb.link_target(*relation, link.target) : nullptr;
        links.rows.push_back({link.relation, target ? target->kind : "?", link.target,
                              target ? linked_title(*target) : "(missing)"});
    }
    if (!links.rows.empty())
        doc.add(Heading{2, "Links"}).add(std::move(links));

    Table incoming{{"relation", "kind", "id", "title"}, {}};
    for (const auto& in : kb.incoming(entity))
        incoming.rows.push_back(
            {in.relation->inverse, in.from->kind, in.from->id, linked_title(*in.from)});
    if (!incoming.rows.empty())
        doc.add(Heading{2, "Linked from"}).add(std::move(incoming));

    BulletList sources;
    for (const auto& citation : entity.sources) {
        const Entity* source = kb.find(kb.schema().citation_kind, citation.source);
        std::string item = fmt::format("{} ({}): {}", citation.source, citation.locator,
                                       source ? source->title : "(missing)");
        if (const std::string url = source ? field_text(*source, "url") : ""; !url.empty())
            item += " <" + url + ">"; // the brackets end the address, whatever it ends with
        sources.items.push_back(std::move(item));
    }
    if (!sources.items.empty())
        doc.add(Heading{2, "Sources"}).add(std::move(sources));
    return doc;
}

Document kinds_document(const model::KnowledgeBase& kb) {
    Document doc;
    Table kinds{{"kind", "plural", "aliases", "count", "fields"}, {}};
    for (const auto& kind : kb.schema().kinds) {
        std::vector<std::string> fields;
        for (const auto& f : kind.fields)
            fields.push_back(fmt::format("{}{} ({})", f.name, f.required ? "*" : "",
                                         model::field_type_name(f.type)));
        kinds.rows.push_back({kind.name, kind.plural, fmt::to_string(fmt::join(kind.aliases, ", ")),
                              std::to_string(kb.of_kind(kind.name).size()),
                              fmt::to_string(fmt::join(fields, ", "))});
    }
    doc.add(Heading{1, "Kinds"}).add(std::move(kinds));
    doc.add(Paragraph{"Fields marked * are required. Every entity also has kind, id, title, "
                      "summary, aliases, tags, links and sources."});
    Table relations{{"relation", "inverse", "from", "to"}, {}};
    for (const auto& r : kb.schema().relations)
        relations.rows.push_back({r.name, r.inverse, fmt::to_string(fmt::join(r.from, ", ")),
                                  fmt::to_string(fmt::join(r.to, ", "))});
    doc.add(Heading{1, "Relations"}).add(std::move(relations));
    return doc;
}

std::string check_summary(const model::KnowledgeBase& kb) {
    std::vector<std::string> parts;
    std::size_t total = 0;
    for (const auto& kind : kb.schema().kinds) {
        const std::size_t n = kb.of_kind(kind.name).size();
        total += n;
        if (n > 0)
            parts.push_back(fmt::format("{} {}", n, n == 1 ? kind.name : kind.plural));
    }
    if (parts.empty())
        return "ok: 0 entities";
    return fmt::format("ok: {} {} ({})", total, total == 1 ? "entity" : "entities",
                       fmt::to_string(fmt::join(parts, ", ")));
}

} // namespace aistrat::report
