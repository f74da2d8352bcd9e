// The briefing: the knowledge base as one document a brief can be pasted from, with
// numbered references. This report names the kinds it reads (see brief_kinds).
#include "model/text.hpp"
#include "query/resolve.hpp"
#include "report/entity_data.hpp"
#include "report/entity_documents.hpp"
#include "report/graph.hpp"
#include "report/reports.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace aistrat::report {

namespace {

using json = nlohmann::ordered_json;
using model::Entity;

/// Numbers the sources in the order they are first cited, or (pandoc) cites them by id.
class References {
public:
    References(const model::KnowledgeBase& kb, Citations style) : m_kb(kb), m_style(style) {}

    /// `entity`'s citations as a marker, by source: "[1: intro/1, china/1; 2]" (a locator
    /// that names the whole document is left out).
    std::string marker(const Entity& entity) { return marker(entity.sources); }

    /// What a statement adds to its entity's marker: the marker of the citations it makes
    /// itself, and " (implied)" or " (our reading)" for its basis; empty for a plain one,
    /// which rests on its entity's.
    std::string marks(const model::Support& support) {
        return marker(support.sources) += basis_mark(support.basis);
    }

    std::string marker(const std::vector<model::Citation>& citations) {
        std::vector<std::pair<std::size_t, std::vector<std::string>>> groups;
        std::unordered_map<std::size_t, std::size_t> group_of; // thousands of citations, fast
        for (const auto& c : citations) {
            const std::size_t n = number(c.source);
            const auto [at, added] = group_of.try_emplace(n, groups.size());
            if (added)
                groups.push_back({n, {}});
            if (!c.locator.empty() && c.locator != "whole page")
                groups[at->second].second.push_back(c.locator);
        }
        if (m_style == Citations::Pandoc)
            return pandoc_marker(groups);
        std::vector<std::string> parts;
        for (const auto& [n, locators] : groups)
            parts.push_back(
                locators.empty()
                    ? std::to_string(n)
                    : fmt::format("{}: {}", n, fmt::to_string(fmt::join(locators, ", "))));
        return parts.empty() ? std::string{} : " [" + fmt::to_string(fmt::join(parts, "; ")) + "]";
    }

    /// The numbered list of sources cited so far.
    BulletList list(json& data) const {
        BulletList out;
        for (const auto& id : m_order) {
            const Entity* s = m_kb.find(m_kb.schema().citation_kind, id);
            std::string item = fmt::format("[{}] ", number_of(id));
            if (s == nullptr) {
                item += id;
            } else {
                item += s->title;
                for (const char* f : {"form", "publisher", "published"})
                    if (const model::Field* field = s->field(f))
                        item += ", " + field->value.text;
                // In angle brackets: the address ends where they do, whatever it ends with.
                if (const model::Field* url = s->field("url");
                    url != nullptr && !url->value.text.empty())
                    item += ", <" + url->value.text + ">";
            }
            out.items.push_back(item);
            // Absent, not empty, where the source has no title or address (see
            // citations_data).
            json one{{"number", number_of(id)}, {"source", id}};
            if (s != nullptr)
                one["title"] = s->title;
            if (const model::Field* url = s ? s->field("url") : nullptr;
                url != nullptr && !url->value.text.empty())
                one["url"] = url->value.text;
            data.push_back(std::move(one));
        }
        return out;
    }

    bool empty() const { return m_order.empty(); }

private:
    /// The groups as one pandoc citation: marks the markdown renderer writes as
    /// "[@id, locator, locator; @id]".
    std::string pandoc_marker(
        const std::vector<std::pair<std::size_t, std::vector<std::string>>>& groups) const {
        if (groups.empty())
            return {};
        std::string out = " " + std::string(model::k_citation_start);
        for (std::size_t i = 0; i < groups.size(); ++i) {
            if (i > 0)
                out += model::k_citation_next;
            out += m_order[groups[i].first - 1];
            if (!groups[i].second.empty())
                out += std::string(model::k_citation_locator) +
                       fmt::to_string(fmt::join(groups[i].second, ", "));
        }
        return out += model::k_citation_end;
    }

    std::size_t number(const std::string& id) {
        if (m_numbers.count(id) == 0) {
            m_numbers[id] = m_order.size() + 1;
            m_order.push_back(id);
        }
        return m_numbers[id];
    }
    std::size_t number_of(const std::string& id) const { return m_numbers.at(id); }

    const model::KnowledgeBase& m_kb;
    Citations m_style;
    std::map<std::string, std::size_t> m_numbers;
    std::vector<std::string> m_order;
};

std::vector<const Entity*> all(const model::KnowledgeBase& kb, const std::string& kind) {
    const model::KindDef* def = kb.schema().find_kind(kind);
    return def == nullptr ? std::vector<const Entity*>{}
                          : query::natural_order(*def, kb.of_kind(kind));
}

std::string text_of(const Entity& e, const char* field) {
    const model::Field* f = e.field(field);
    return f == nullptr ? std::string{} : model::value_text(f->value);
}

/// The titles of the entities `e` links to through `relation`, each with the marks of its
/// link's own support.
std::string targets(const model::KnowledgeBase& kb, References& refs, const Entity& e,
                    const std::string& relation) {
    std::vector<std::string> titles;
    for (const auto& out : kb.outgoing(e))
        if (out.target != nullptr && out.link->relation == relation)
            titles.push_back(out.target->title + refs.marks(out.link->support));
    return fmt::to_string(fmt::join(titles, "; "));
}

/// The items of list field `f`, each with the marks of its own support.
std::vector<std::string> marked_items(References& refs, const model::Field& f) {
    std::vector<std::string> items;
    for (std::size_t i = 0; i < f.value.items.size(); ++i)
        items.push_back(f.value.items[i] + refs.marks(model::item_support(f, i)));
    return items;
}

/// The entities that link to `e`, of kind `kind`.
std::vector<const Entity*> sources_of(const model::KnowledgeBase& kb, const Entity& e,
                                      const std::string& kind) {
    std::vector<const Entity*> out;
    for (const auto& in : kb.incoming(e))
        if (in.from->kind == kind)
            out.push_back(in.from);
    if (const model::KindDef* def = kb.schema().find_kind(kind))
        out = query::natural_order(*def, out);
    return out;
}

/// What a brief keeps: every condition of `options` that is given.
class Scope {
public:
    Scope(const model::KnowledgeBase& kb, const BriefOptions& options) : m_options(options) {
        if (options.around != nullptr) {
            GraphOptions graph;
            for (const auto& kind : kb.schema().kinds)
                if (kind.name != kb.schema().citation_kind)
                    graph.kinds.push_back(kind.name);
            graph.around = options.around;
            graph.depth = options.depth;
            for (const auto& node : build_graph(kb, graph).nodes)
                m_near.insert(node.entity);
        }
    }

    bool keeps(const Entity& e) const {
        const auto& kinds = m_options.kinds;
        const auto& entities = m_options.entities;
        return (kinds.empty() || std::find(kinds.begin(), kinds.end(), e.kind) != kinds.end()) &&
               (entities.empty() ||
                std::find(entities.begin(), entities.end(), &e) != entities.end()) &&
               (m_options.around == nullptr || m_near.count(&e) != 0);
    }

    std::vector<const Entity*> kept(std::vector<const Entity*> entities) const {
        std::erase_if(entities, [this](const Entity* e) { return !keeps(*e); });
        return entities;
    }

private:
    const BriefOptions& m_options;
    std::set<const Entity*> m_near;
};

} // namespace

const std::vector<std::string>& brief_section_kinds() {
    static const std::vector<std::string> kinds{"strategy", "country", "opportunity", "conclusion"};
    return kinds;
}

const std::vector<std::string>& brief_kinds() {
    static const std::vector<std::string> kinds{"strategy", "pillar",      "priority-area",
                                                "country",  "opportunity", "conclusion"};
    return kinds;
}

namespace {

/// Writes the brief's sections, one entity at a time, as a document and as JSON data.
struct BriefWriter {
    const model::KnowledgeBase& kb;
    References& refs;
    Document& doc;
    json& sections;

    /// The title and what the brief is drawn from, with how its citations read.
    void opening(const std::vector<std::pair<const char*, std::size_t>>& sizes, bool whole,
                 Citations citations) {
        doc.add(Heading{1, "Briefing: AI strategy and partnership"});
        std::vector<std::string> counts;
        for (const auto& [kind, n] : sizes)
            if (const model::KindDef* def = kb.schema().find_kind(kind); def && (whole || n > 0))
                counts.push_back(fmt::format("{} {}", n, n == 1 ? def->name : def->plural));
        if (counts.empty())
            counts.emplace_back("the conclusion");
        doc.add(Paragraph{fmt::format(
            "Drawn from {}: {}. {} in brackets point at the references at the end, with the "
            "place in each source: after a summary, they back the entity; after a value or link, "
            "that statement alone. (implied): it follows from a source's framing, though none "
            "says it; (our reading): no source says it.",
            whole ? "the knowledge base" : "part of the knowledge base", fmt::join(counts, ", "),
            citations == Citations::Pandoc ? "Citations" : "Numbers")});
    }

    void strategy(const Entity& s) {
        doc.add(Heading{3, fmt::format("{} ({})", s.title, text_of(s, "year"))});
        doc.add(Paragraph{s.summary + refs.marker(s)});
        FieldList fields;
        for (const char* f : {"official-name", "horizon", "launched", "purpose"})
            if (const model::Field* field = s.field(f); field && !field->value.text.empty())
                fields.rows.emplace_back(model::label(f),
                                         field->value.text + refs.marks(field->support));
        for (const char* r : {"announced-by", "announced-through", "launched-by"})
            if (const std::string v = targets(kb, refs, s, r); !v.empty())
                fields.rows.emplace_back(model::label(r), v);
        doc.add(std::move(fields));
        for (const auto& [kind, heading] :
             {std::pair{"pillar", "Pillars"}, std::pair{"priority-area", "Priority areas"},
              std::pair{"focus-area", "Official focus areas"}}) {
            BulletList items;
            for (const Entity* e : sources_of(kb, s, kind)) {
                std::string item = e->title;
                if (const std::string framing = text_of(*e, "framing"); framing == "official")
                    item += " (official list)";
                items.items.push_back(item + refs.marker(*e));
            }
            if (!items.items.empty())
                doc.add(Paragraph{std::string(heading) + ":"}).add(std::move(items));
        }
        sections.push_back({{"section", "strategy"}, {"entity", entity_data(kb, s, true)}});
    }

    void country(const Entity& c) {
        doc.add(Heading{3, c.title});
        doc.add(Paragraph{c.summary + refs.marker(c)});
        BulletList figures;
        for (const Entity* f : sources_of(kb, c, "figure"))
            figures.items.push_back(
                model::figure_text(*f) + ": " + f->title +
                (text_of(*f, "horizon").empty() ? "" : " (" + text_of(*f, "horizon") + ")") +
                refs.marker(*f));
        if (!figures.items.empty())
            doc.add(Paragraph{"Figures:"}).add(std::move(figures));
        for (const auto& field : c.fields)
            if (field.value.type == model::FieldType::List) {
                doc.add(Paragraph{model::label(field.name) + ": " +
                                  fmt::to_string(fmt::join(marked_items(refs, field), "; ")) +
                                  "."});
            }
        sections.push_back({{"section", "country"}, {"entity", entity_data(kb, c, true)}});
    }

    void opportunity(const Entity& o) {
        doc.add(Heading{3, fmt::format("{}. {}", text_of(o, "number"), o.title)});
        doc.add(Paragraph{o.summary + refs.marker(o)});
        for (const auto& [field, heading] :
             {std::pair{"activities", "Activities"}, std::pair{"benefits", "Benefits"}})
            if (const model::Field* f = o.field(field))
                doc.add(Paragraph{std::string(heading) + ":"})
                    .add(BulletList{marked_items(refs, *f)});
        FieldList links;
        for (const char* r : {"supports", "serves", "involves", "partners"})
            if (const std::string v = targets(kb, refs, o, r); !v.empty())
                links.rows.emplace_back(model::label(r), v);
        if (!links.rows.empty())
            doc.add(std::move(links));
        sections.push_back({{"section", "opportunity"}, {"entity", entity_data(kb, o, true)}});
    }

    void conclusion(const Entity& c) {
        doc.add(Heading{2, "Conclusion"});
        if (const model::Field* points = c.field("points")) {
            doc.add(BulletList{marked_items(refs, *points)});
            doc.add(Paragraph{"Source:" + refs.marker(c)});
        }
        sections.push_back({{"section", "conclusion"}, {"entity", entity_data(kb, c, false)}});
    }
};

} // namespace

Report brief_report(const model::KnowledgeBase& kb, const BriefOptions& options) {
    Document doc;
    doc.for_pandoc = options.citations == Citations::Pandoc;
    References refs(kb, options.citations);
    const Scope scope(kb, options);
    json sections = json::array();
    auto strategies = scope.kept(all(kb, "strategy"));
    const auto countries = scope.kept(all(kb, "country"));
    const auto opportunities = scope.kept(all(kb, "opportunity"));
    const auto conclusions = scope.kept(all(kb, "conclusion"));
    const bool whole =
        options.kinds.empty() && options.entities.empty() && options.around == nullptr;
    BriefWriter write{kb, refs, doc, sections};
    write.opening({{"strategy", strategies.size()},
                   {"country", countries.size()},
                   {"opportunity", opportunities.size()}},
                  whole, options.citations);

    // The strategy most of the knowledge hangs on comes first.
    std::stable_sort(strategies.begin(), strategies.end(), [&](const Entity* a, const Entity* b) {
        return kb.incoming(*a).size() > kb.incoming(*b).size();
    });
    if (!strategies.empty())
        doc.add(Heading{2, "Strategies"});
    for (const Entity* s : strategies)
        write.strategy(*s);
    if (!countries.empty())
        doc.add(Heading{2, "Country profiles"});
    for (const Entity* c : countries)
        write.country(*c);
    if (!opportunities.empty())
        doc.add(Heading{2, "Partnership opportunities"});
    for (const Entity* o : opportunities)
        write.opportunity(*o);
    for (const Entity* c : conclusions)
        write.conclusion(*c);

    json references = json::array();
    BulletList list = refs.list(references);
    // Pandoc's citeproc puts the bibliography at the end, under this heading.
    if (options.citations == Citations::Pandoc && !refs.empty())
        doc.add(Heading{2, "References"});
    else if (!list.items.empty())
        doc.add(Heading{2, "References"}).add(std::move(list));
    return {std::move(doc),
            {{"schema_version", k_schema_version},
             {"report", "brief"},
             {"sections", sections},
             {"references", references}}};
}

} // namespace aistrat::report
