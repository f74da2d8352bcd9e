// Builds the documents of list, show and kinds from the knowledge graph.
#include "report/entity_documents.hpp"

#include "model/marks.hpp"
#include "model/text.hpp"
#include "report/entity_data.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace aistrat::report {

namespace {

using model::Entity;
using model::FieldType;

/// A file's path as text of the document: a folder's name may hold the code points of the
/// renderers' marks (model/marks.hpp), which must not become a link or bold there.
std::string shown_path(std::string path) {
    model::replace_marks(path);
    return path;
}

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

EntityReferences::EntityReferences(const model::KnowledgeBase& kb, const Entity& entity)
    : m_kb(kb) {
    for (const auto& citation : entity.sources)
        number(citation);
    m_defaults = m_items.size();
}

std::string EntityReferences::cites(const std::vector<model::Citation>& citations) {
    if (citations.empty())
        return {};
    std::vector<std::size_t> numbers;
    for (const auto& citation : citations)
        numbers.push_back(number(citation));
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    m_marked = true;
    return " [" + fmt::to_string(fmt::join(numbers, ", ")) + "]";
}

std::string EntityReferences::marks(const model::Support& support) {
    std::string out = cites(support.sources);
    out += basis_mark(support.basis);
    m_marked = m_marked || !out.empty();
    return out;
}

void EntityReferences::add_to(Document& doc) const {
    if (m_items.empty() && !m_marked)
        return;
    doc.add(Heading{2, "Sources"});
    if (m_marked) {
        std::string note = "Numbers in brackets are the sources a statement cites itself";
        note += m_defaults == 0   ? "."
                : m_defaults == 1 ? "; a statement without them rests on [1]."
                                  : fmt::format("; a statement without them rests "
                                                "on [1] to [{}].",
                                                m_defaults);
        note += " (implied): it follows from the sources' framing, though none says it; "
                "(our reading): no source says it.";
        doc.add(Paragraph{note});
    }
    BulletList list;
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const model::Citation& citation = *m_items[i];
        const Entity* source = m_kb.find(m_kb.schema().citation_kind, citation.source);
        std::string item = fmt::format("[{}] {} ({}): {}", i + 1, citation.source, citation.locator,
                                       source ? source->title : "(missing)");
        if (const std::string publisher = source ? field_text(*source, "publisher") : "";
            !publisher.empty())
            item += ", " + publisher;
        if (const std::string url = source ? field_text(*source, "url") : ""; !url.empty())
            item += " <" + url + ">"; // the brackets end the address, whatever it ends with
        list.items.push_back(std::move(item));
    }
    if (!list.items.empty())
        doc.add(std::move(list));
}

std::size_t EntityReferences::number(const model::Citation& citation) {
    const auto [at, added] =
        m_numbers.try_emplace({citation.source, citation.locator}, m_items.size() + 1);
    if (added)
        m_items.push_back(&citation);
    return at->second;
}

Document list_document(const model::KnowledgeBase& kb, const model::KindDef& kind,
                       const std::vector<const Entity*>& entities,
                       const std::vector<query::FieldRef>& columns) {
    Document doc;
    doc.title = model::label(kind.plural);
    if (entities.empty())
        return doc.add(Paragraph{fmt::format("No {} to list.", kind.plural)});
    Table table;
    std::vector<bool> many; // a column of many values (a list, aliases, tags, sources, links)
    for (const auto& column : columns) {
        table.headers.push_back(column.name);
        many.push_back(
            column.source == query::FieldRef::Source::Links ||
            (column.source == query::FieldRef::Source::Field && column.def != nullptr &&
             column.def->type == FieldType::List) ||
            (column.source == query::FieldRef::Source::Common &&
             (column.name == "aliases" || column.name == "tags" || column.name == "sources")));
    }
    // A reader sees the items as written; CSV gets its own rows, from the first where an item
    // needs quoting (most listings have none, and keep one copy).
    for (const Entity* e : entities) {
        std::vector<std::string> row;
        std::vector<std::string> data;
        bool differs = false;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const auto values = query::field_values(kb, *e, columns[i]);
            row.push_back(fmt::to_string(fmt::join(values, "; ")));
            data.push_back(many[i] ? items_cell(values) : row.back());
            differs = differs || data.back() != row.back();
        }
        if (differs && table.data_headers.empty()) {
            table.data_headers = table.headers;
            table.data_rows = table.rows;
        }
        if (!table.data_headers.empty())
            table.data_rows.push_back(std::move(data));
        table.rows.push_back(std::move(row));
    }
    return doc.add(std::move(table));
}

Document show_document(const model::KnowledgeBase& kb, const Entity& entity) {
    Document doc;
    EntityReferences references(kb, entity);
    const auto marks = [&](const model::Support& support) { return references.marks(support); };
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
            fields.rows.emplace_back(field.name, field.value.text + marks(field.support));
    doc.add(std::move(fields));

    for (const auto& field : entity.fields)
        if (field.value.type == FieldType::List) {
            BulletList items;
            for (std::size_t i = 0; i < field.value.items.size(); ++i)
                items.items.push_back(field.value.items[i] + marks(model::item_support(field, i)));
            doc.add(Heading{2, model::label(field.name)}).add(std::move(items));
        }

    // For programs (CSV), each link's title, basis and sources in columns of their own; the
    // three tables share their columns, so that CSV keeps one table.
    const std::vector<std::string>& link_columns = link_data_columns();
    Table links{{"relation", "kind", "id", "title"}, {}};
    links.data_headers = link_columns;
    for (const auto& [link, relation, target] : kb.outgoing(entity)) {
        links.rows.push_back(
            {link->relation, target ? target->kind : "?", link->target,
             (target ? linked_title(*target) : "(missing)") + marks(link->support)});
        links.data_rows.push_back({link->relation, target ? target->kind : "", link->target,
                                   target ? target->title : "",
                                   std::string(model::basis_name(link->support.basis)),
                                   citations_cell(model::cited(entity, link->support))});
    }
    if (!links.rows.empty())
        doc.add(Heading{2, "Links"}).add(std::move(links));

    Table incoming{{"relation", "kind", "id", "title"}, {}};
    incoming.data_headers = link_columns;
    for (const auto& in : kb.incoming(entity)) {
        // The link is the other entity's statement, cited there; only its basis shows here.
        incoming.rows.push_back(
            {in.relation->inverse, in.from->kind, in.from->id,
             linked_title(*in.from) +
                 std::string(in.link ? basis_mark(in.link->support.basis) : "")});
        incoming.data_rows.push_back(
            {in.relation->inverse, in.from->kind, in.from->id, in.from->title,
             in.link ? std::string(model::basis_name(in.link->support.basis)) : "",
             in.link ? citations_cell(model::cited(*in.from, in.link->support)) : ""});
    }
    if (!incoming.rows.empty())
        doc.add(Heading{2, "Linked from"}).add(std::move(incoming));

    // A source: what cites it, where.
    Table cited{{"relation", "kind", "id", "title"}, {}};
    cited.data_headers = link_columns;
    for (const auto& c : citing(kb, entity)) {
        cited.rows.push_back(
            {"cited-by", c.entity->kind, c.entity->id,
             c.entity->title + (c.locators.empty()
                                    ? std::string{}
                                    : " (" + fmt::to_string(fmt::join(c.locators, ", ")) + ")")});
        std::vector<model::Citation> where;
        for (const auto& locator : c.locators)
            where.push_back({entity.id, locator, {}});
        if (where.empty())
            where.push_back({entity.id, {}, {}});
        cited.data_rows.push_back(
            {"cited-by", c.entity->kind, c.entity->id, c.entity->title, "", citations_cell(where)});
    }
    if (!cited.rows.empty())
        doc.add(Heading{2, "Cited by"}).add(std::move(cited));

    // What extensions added, each from where it is written, with the sources it cites.
    BulletList extended;
    for (const auto& extension : entity.extensions) {
        std::vector<std::string> parts;
        if (!extension.aliases.empty())
            parts.push_back("aliases: " + fmt::to_string(fmt::join(extension.aliases, "; ")));
        if (!extension.tags.empty())
            parts.push_back("tags: " + fmt::to_string(fmt::join(extension.tags, ", ")));
        for (const auto& field : extension.fields) {
            std::vector<std::string> items;
            for (std::size_t i = 0; i < field.value.items.size(); ++i)
                items.push_back(field.value.items[i] +
                                std::string(basis_mark(model::item_support(field, i).basis)));
            parts.push_back(field.name + ": " + fmt::to_string(fmt::join(items, "; ")));
        }
        for (const auto& link : extension.links)
            parts.push_back(link.relation + ": " + link.target +
                            std::string(basis_mark(link.support.basis)));
        extended.items.push_back(
            fmt::format("{}:{} adds {}", shown_path(extension.where.path), extension.where.line,
                        parts.empty() ? std::string("nothing")
                                      : fmt::to_string(fmt::join(parts, "; "))) +
            references.cites(extension.sources));
    }
    if (!extended.items.empty())
        doc.add(Heading{2, "Extended by"}).add(std::move(extended));

    references.add_to(doc);
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

const std::vector<std::string>& link_data_columns() {
    static const std::vector<std::string> k_columns{"relation", "kind",  "id",
                                                    "title",    "basis", "sources"};
    return k_columns;
}

std::string items_cell(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty())
            out += "; ";
        if (item.find(';') == std::string::npos && !item.starts_with('"')) {
            out += item;
            continue;
        }
        out += '"';
        for (const char c : item) {
            out += c;
            if (c == '"')
                out += '"';
        }
        out += '"';
    }
    return out;
}

std::string citations_cell(const std::vector<model::Citation>& citations) {
    std::vector<std::string> parts;
    for (const auto& citation : citations)
        parts.push_back(citation.locator.empty() ? citation.source
                                                 : citation.source + " " + citation.locator);
    return fmt::to_string(fmt::join(parts, "; "));
}

std::string_view basis_mark(model::Basis basis) {
    switch (basis) {
    case model::Basis::Implied:
        return " (implied)";
    case model::Basis::Interpretation:
        return " (our reading)";
    default:
        return {};
    }
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
