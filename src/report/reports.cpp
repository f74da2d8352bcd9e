// Matrix, gaps, compare and profile reports; generic over kinds and relations.
#include "report/reports.hpp"

#include "model/text.hpp"
#include "query/resolve.hpp"
#include "report/entity_data.hpp"
#include "report/entity_documents.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <unordered_map>

namespace aistrat::report {

namespace {

using json = nlohmann::ordered_json;
using model::Entity;

std::vector<const Entity*> ordered(const model::KnowledgeBase& kb, const model::KindDef& kind) {
    return query::natural_order(kind, kb.of_kind(kind.name));
}

/// A linked entity's title, with its figure when it has one.
std::string titled(const Entity& e) {
    const std::string figure = model::figure_text(e);
    return figure.empty() ? e.title : e.title + ": " + figure;
}

} // namespace

std::vector<const model::RelationDef*> relations_between(const model::Schema& schema,
                                                         std::string_view a, std::string_view b) {
    std::vector<const model::RelationDef*> out;
    for (const auto& r : schema.relations)
        if ((r.allows_from(a) && r.allows_to(b)) || (r.allows_from(b) && r.allows_to(a)))
            out.push_back(&r);
    return out;
}

namespace {

/// For each column, whether row entity `r` is linked with it: 0 for no link, else 1 + the
/// strongest basis of the links there (stated before implied before interpretation). From the
/// row to the column where a relation runs that way; from the column to the row only where
/// it runs the other way alone.
void mark_row(const model::KnowledgeBase& kb, const Entity& r, const model::KindDef& rows,
              const model::KindDef& cols, const std::vector<const model::RelationDef*>& relations,
              const std::unordered_map<const Entity*, std::size_t>& column_of,
              std::vector<char>& marked) {
    std::fill(marked.begin(), marked.end(), 0);
    const auto mark_with = [&](std::size_t column, model::Basis basis) {
        const char value = static_cast<char>(1 + static_cast<int>(basis));
        if (marked[column] == 0 || value < marked[column])
            marked[column] = value;
    };
    for (const auto* rel : relations) {
        if (rel->allows_from(rows.name) && rel->allows_to(cols.name)) {
            for (const auto& out : kb.outgoing(r))
                if (out.link->relation == rel->name)
                    if (auto it = column_of.find(out.target); it != column_of.end())
                        mark_with(it->second, out.link->support.basis);
        } else {
            for (const auto& in : kb.incoming(r))
                if (in.relation == rel)
                    if (auto it = column_of.find(in.from); it != column_of.end())
                        mark_with(it->second, in.link != nullptr ? in.link->support.basis
                                                                 : model::Basis::Stated);
        }
    }
}

/// The mark a table cell shows for a column's value of `mark_row`.
std::string cell_mark(char marked) {
    if (marked == 0)
        return "";
    const auto basis = static_cast<model::Basis>(marked - 1);
    return basis == model::Basis::Implied          ? k_mark_implied
           : basis == model::Basis::Interpretation ? k_mark_interpretation
                                                   : k_mark;
}

/// The matrix's heading and its legend around `table`.
Document matrix_document(const model::KindDef& rows, const model::KindDef& cols,
                         const std::vector<std::string>& relations, Table table) {
    Document doc;
    std::string across = cols.plural;
    std::replace(across.begin(), across.end(), '-', ' ');
    doc.add(Heading{1, fmt::format("{} against {}", model::label(rows.plural), across)});
    doc.add(std::move(table));
    doc.add(Paragraph{fmt::format(
        "Legend: {} = the {} of the row is linked to the {} of the column ({}) and a source "
        "says so; {} = the link follows from a source's framing, though no source says it; "
        "{} = our reading, which no source says. The last row and column count the marks of "
        "all three.",
        k_mark, rows.name, cols.name, fmt::to_string(fmt::join(relations, ", ")), k_mark_implied,
        k_mark_interpretation)});
    return doc;
}

} // namespace

Report matrix_report(const model::KnowledgeBase& kb, const model::KindDef& rows,
                     const model::KindDef& cols,
                     const std::vector<const model::RelationDef*>& relations, Build build) {
    const bool with_document = build != Build::Data;
    const bool with_data = build != Build::Document;
    const auto row_entities = ordered(kb, rows);
    const auto col_entities = ordered(kb, cols);
    std::unordered_map<const Entity*, std::size_t> column_of;
    for (std::size_t c = 0; c < col_entities.size(); ++c)
        column_of.emplace(col_entities[c], c);
    Table table;
    table.matrix = true;
    table.headers.push_back(model::label(rows.name));
    for (const Entity* c : col_entities)
        table.headers.push_back(c->title);
    table.headers.push_back("Total");
    std::vector<std::size_t> col_totals(col_entities.size(), 0);
    json cells = json::array();
    std::vector<char> marked(col_entities.size());
    for (const Entity* r : row_entities) {
        mark_row(kb, *r, rows, cols, relations, column_of, marked);
        std::vector<std::string> row;
        json marks = json::array();
        json bases = json::array();
        if (with_document) {
            row.reserve(col_entities.size() + 2);
            row.push_back(r->title);
        }
        std::size_t total = 0;
        for (std::size_t c = 0; c < col_entities.size(); ++c) {
            const bool mark = marked[c] != 0;
            if (with_document)
                row.push_back(cell_mark(marked[c]));
            if (with_data) {
                marks.push_back(mark);
                bases.push_back(
                    mark ? json(model::basis_name(static_cast<model::Basis>(marked[c] - 1)))
                         : json(nullptr));
            }
            total += mark ? 1 : 0;
            col_totals[c] += mark ? 1 : 0;
        }
        if (with_document) {
            row.push_back(std::to_string(total));
            table.rows.push_back(std::move(row));
        }
        if (with_data)
            cells.push_back({{"id", r->id},
                             {"title", r->title},
                             {"marks", marks},
                             {"bases", bases},
                             {"total", total}});
    }
    std::vector<std::string> totals{"Total"};
    std::size_t all = 0;
    for (std::size_t t : col_totals) {
        totals.push_back(std::to_string(t));
        all += t;
    }
    totals.push_back(std::to_string(all));
    table.rows.push_back(std::move(totals));

    std::vector<std::string> names;
    for (const auto* r : relations)
        names.push_back(r->name);
    Document doc = matrix_document(rows, cols, names, std::move(table));
    json columns = json::array();
    for (const Entity* c : col_entities)
        columns.push_back({{"id", c->id}, {"title", c->title}});
    if (!with_data)
        return {std::move(doc), {}};
    return {with_document ? std::move(doc) : Document{},
            {{"schema_version", k_schema_version},
             {"report", "matrix"},
             {"rows", rows.name},
             {"cols", cols.name},
             {"relations", names},
             {"columns", columns},
             {"matrix", cells},
             {"column_totals", col_totals}}};
}

namespace {

/// What the knowledge does not map for a target of a coverage relation: "no opportunity links
/// to it (supports)". Of a relation from many kinds the first three are named and the rest
/// counted, so that a row stays short whatever the schema.
std::string gap_label(const model::RelationDef& relation) {
    constexpr std::size_t k_kinds_named = 3;
    const auto& from = relation.from;
    if (from.size() <= k_kinds_named)
        return fmt::format("no {} links to it ({})", fmt::to_string(fmt::join(from, " or ")),
                           relation.name);
    const std::size_t others = from.size() - k_kinds_named;
    return fmt::format("no {} or {} other kind{} links to it ({})",
                       fmt::to_string(fmt::join(from.begin(), from.begin() + k_kinds_named, ", ")),
                       others, others == 1 ? "" : "s", relation.name);
}

} // namespace

Report gaps_report(const model::KnowledgeBase& kb) {
    Table table{{"gap", "kind", "id", "title"}, {}};
    json gaps = json::array();
    std::set<std::string> source_kinds;
    for (const auto& relation : kb.schema().relations) {
        if (!relation.coverage)
            continue;
        source_kinds.insert(relation.from.begin(), relation.from.end());
        const std::string gap = gap_label(relation);
        for (const auto& kind : relation.to) {
            const auto* def = kb.schema().find_kind(kind);
            if (def == nullptr)
                continue; // `check` reports it
            for (const Entity* e : ordered(kb, *def)) {
                const auto in = kb.incoming(*e);
                if (std::any_of(in.begin(), in.end(),
                                [&](const auto& l) { return l.relation == &relation; }))
                    continue;
                table.rows.push_back({gap, e->kind, e->id, e->title});
                gaps.push_back({{"gap", gap},
                                {"relation", relation.name},
                                {"kind", e->kind},
                                {"id", e->id},
                                {"title", e->title}});
            }
        }
    }
    for (const auto& kind : source_kinds) {
        const auto* def = kb.schema().find_kind(kind);
        if (def == nullptr)
            continue; // `check` reports it
        for (const Entity* e : ordered(kb, *def)) {
            const auto links = kb.outgoing(*e);
            const bool any = std::any_of(links.begin(), links.end(), [](const auto& link) {
                return link.relation != nullptr && link.relation->coverage;
            });
            if (any)
                continue;
            table.rows.push_back({"links to nothing", e->kind, e->id, e->title});
            gaps.push_back({{"gap", "links to nothing"},
                            {"relation", nullptr},
                            {"kind", e->kind},
                            {"id", e->id},
                            {"title", e->title}});
        }
    }
    Document doc;
    doc.add(Heading{1, "Gaps"});
    if (table.rows.empty()) {
        doc.add(Paragraph{"No gaps: the knowledge links something to every target of a coverage "
                          "relation."});
    } else {
        doc.add(Paragraph{"What the knowledge does not link, not what a strategy lacks: a row "
                          "may only mean that no source connects the two."});
        doc.add(std::move(table));
    }
    std::vector<std::string> relations;
    for (const auto& r : kb.schema().relations)
        if (r.coverage)
            relations.push_back(r.name);
    doc.add(Paragraph{
        fmt::format("Relations checked for coverage: {}.",
                    relations.empty() ? "none" : fmt::to_string(fmt::join(relations, ", ")))});
    return {std::move(doc),
            {{"schema_version", k_schema_version},
             {"report", "gaps"},
             {"relations", relations},
             {"gaps", gaps}}};
}

Report compare_report(const model::KnowledgeBase& kb, const Entity& a, const Entity& b) {
    Table table{{"", a.title, b.title}, {}};
    json rows = json::array();
    const auto add = [&](const std::string& name, const std::string& x, const std::string& y) {
        if (x.empty() && y.empty())
            return;
        table.rows.push_back({name, x, y});
        rows.push_back({{"field", name}, {"a", x}, {"b", y}});
    };
    add("kind", a.kind, b.kind);
    add("id", a.id, b.id);
    add("summary", a.summary, b.summary);
    const auto field = [](const Entity& e, const std::string& name) {
        const model::Field* f = e.field(name);
        return f == nullptr ? std::string{} : model::value_text(f->value);
    };
    if (const model::KindDef* kind = kb.schema().find_kind(a.kind))
        for (const auto& def : kind->fields)
            add(def.name, field(a, def.name), field(b, def.name));
    const auto links = [&](const Entity& e, const model::RelationDef& r, bool out) {
        std::vector<std::string> titles;
        if (out) {
            for (const auto& link : kb.outgoing(e))
                if (link.target != nullptr && link.link->relation == r.name)
                    titles.push_back(titled(*link.target));
        } else {
            for (const auto& in : kb.incoming(e))
                if (in.relation == &r)
                    titles.push_back(titled(*in.from));
        }
        return fmt::to_string(fmt::join(titles, "; "));
    };
    for (const auto& r : kb.schema().relations) {
        if (r.allows_from(a.kind))
            add(r.name, links(a, r, true), links(b, r, true));
        if (r.allows_to(a.kind))
            add(r.inverse, links(a, r, false), links(b, r, false));
    }
    Document doc;
    doc.add(Heading{1, fmt::format("{} and {} compared", a.title, b.title)});
    doc.add(std::move(table));
    return {std::move(doc),
            {{"schema_version", k_schema_version},
             {"report", "compare"},
             {"a", {{"kind", a.kind}, {"id", a.id}, {"title", a.title}}},
             {"b", {{"kind", b.kind}, {"id", b.id}, {"title", b.title}}},
             {"rows", rows}}};
}

Report profile_report(const model::KnowledgeBase& kb, const Entity& entity) {
    Document doc;
    doc.add(Heading{1, entity.title});
    if (!entity.summary.empty())
        doc.add(Paragraph{entity.summary});
    // Each statement marked with its own citations and its basis, as `show` marks them.
    EntityReferences references(kb, entity);
    FieldList fields;
    for (const auto& f : entity.fields)
        if (f.value.type != model::FieldType::List)
            fields.rows.emplace_back(model::label(f.name),
                                     f.value.text + references.marks(f.support));
    if (!fields.rows.empty())
        doc.add(std::move(fields));
    for (const auto& f : entity.fields)
        if (f.value.type == model::FieldType::List) {
            BulletList items;
            for (std::size_t i = 0; i < f.value.items.size(); ++i)
                items.items.push_back(f.value.items[i] +
                                      references.marks(model::item_support(f, i)));
            doc.add(Heading{2, model::label(f.name)}).add(std::move(items));
        }
    // Everything linked to it, one section per relation, in schema order.
    for (const auto& r : kb.schema().relations) {
        BulletList items;
        for (const auto& out : kb.outgoing(entity))
            if (const Entity* t = out.target; t != nullptr && out.link->relation == r.name)
                items.items.push_back(titled(*t) + " (" + t->kind + " " + t->id + ")" +
                                      references.marks(out.link->support));
        if (!items.items.empty())
            doc.add(Heading{2, model::label(r.name)}).add(std::move(items));
        BulletList incoming;
        for (const auto& in : kb.incoming(entity))
            if (in.relation == &r)
                incoming.items.push_back(titled(*in.from) + " (" + in.from->kind + " " +
                                         in.from->id + ")" +
                                         std::string(basis_mark(in.link->support.basis)));
        if (!incoming.items.empty())
            doc.add(Heading{2, model::label(r.inverse)}).add(std::move(incoming));
    }
    references.add_to(doc);
    return {std::move(doc),
            {{"schema_version", k_schema_version},
             {"report", "country"},
             {"entity", entity_data(kb, entity, true)}}};
}

} // namespace aistrat::report
