// Cross-entity checks, each problem a diagnostic with a did-you-mean where one helps.
#include "check/checker.hpp"

#include "check/outline.hpp"
#include "model/number.hpp"
#include "model/placeholders.hpp"
#include "model/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>

namespace aistrat::check {

namespace {

using model::Diagnostics;
using model::Entity;
using model::KnowledgeBase;

std::string position(const model::Location& where) {
    return fmt::format("{}:{}:{}", where.path, where.line, where.column);
}

void error(Diagnostics& out, const model::Location& where, std::string message) {
    out.push_back({where, model::Severity::Error, std::move(message)});
}

void warning(Diagnostics& out, const model::Location& where, std::string message) {
    out.push_back({where, model::Severity::Warning, std::move(message)});
}

/// Text that `new` or `init` wrote and nobody replaced: one warning for the entity, naming
/// each part, so that a template entity never passes `check --strict` as knowledge.
void check_placeholders(const Entity& entity, Diagnostics& out) {
    std::vector<std::string> parts;
    if (model::is_placeholder(entity.title, model::placeholder_title(entity.id)))
        parts.emplace_back("title");
    if (entity.summary == model::k_placeholder_summary)
        parts.emplace_back("summary");
    const auto placeholder = [&entity](std::string_view text) {
        return text == model::k_placeholder_value || text == model::k_placeholder_text ||
               text == model::k_placeholder_url || text == model::k_placeholder_item ||
               text == model::k_placeholder_other_item ||
               model::is_placeholder(text, model::placeholder_identifying(entity.id)) ||
               model::is_placeholder(text, model::placeholder_identifying_url(entity.id));
    };
    for (const auto& field : entity.fields)
        if (field.value.type == model::FieldType::List
                ? std::any_of(field.value.items.begin(), field.value.items.end(), placeholder)
                : placeholder(field.value.text))
            parts.push_back(field.name);
    if (!parts.empty())
        warning(out, entity.where,
                fmt::format("{} '{}' is still as its template wrote it ({}); write its own",
                            entity.kind, entity.id, fmt::join(parts, ", ")));
}

std::vector<std::string> ids_of(const KnowledgeBase& kb, const std::vector<std::string>& kinds) {
    std::vector<std::string> ids;
    for (const auto& kind : kinds)
        for (const Entity* e : kb.of_kind(kind))
            ids.push_back(e->id);
    return ids;
}

/// True when `entity` comes from the user's own folder, which is looked for rather than
/// named: of two entities that clash, the error is that one's, so that the folder's file is
/// left out rather than a named folder's stopping every command.
bool in_user_folder(const KnowledgeBase& kb, const Entity& entity) {
    for (const auto& folder : kb.folders())
        if (folder.name == entity.folder)
            return folder.origin == model::k_user_origin;
    return false;
}

void check_duplicates(const KnowledgeBase& kb, Diagnostics& out) {
    for (const auto& entity : kb.entities()) {
        const Entity* first = kb.find(entity.kind, entity.id);
        if (first == &entity)
            continue;
        if (in_user_folder(kb, *first) && !in_user_folder(kb, entity))
            error(out, first->where,
                  fmt::format("duplicate id '{}' of kind '{}' (also defined at {})", entity.id,
                              entity.kind, position(entity.where)));
        else
            error(out, entity.where,
                  fmt::format("duplicate id '{}' of kind '{}' (first defined at {})", entity.id,
                              entity.kind, position(first->where)));
    }
}

/// "Did you mean" passes over every id of a kind: it is given for the first 100 unknown
/// names of a check, so that thousands of near misses cost linear time (2,000 took 7.6 s).
class Hints {
public:
    std::string for_name(const KnowledgeBase& kb, const std::string& name,
                         const std::vector<std::string>& kinds) {
        if (m_given == k_max)
            return {};
        ++m_given;
        return model::did_you_mean(model::closest(name, ids_of(kb, kinds)));
    }

private:
    static constexpr std::size_t k_max = 100;
    std::size_t m_given = 0;
};

void check_links(const KnowledgeBase& kb, const Entity& entity, Diagnostics& out, Hints& hints) {
    for (const auto& [link_ptr, relation, target] : kb.outgoing(entity)) {
        if (relation == nullptr || target != nullptr)
            continue;
        const model::Link& link = *link_ptr;
        std::string message =
            fmt::format("'{}' links to unknown {} '{}'", link.relation,
                        fmt::to_string(fmt::join(relation->to, " or ")), link.target);
        for (const auto& kind : kb.schema().kinds) {
            if (kb.find(kind.name, link.target) != nullptr) {
                message += fmt::format(" ('{}' is {} {})", link.target,
                                       std::string_view("aeiou").find(kind.name.front()) ==
                                               std::string_view::npos
                                           ? "a"
                                           : "an",
                                       kind.name);
                break;
            }
        }
        const std::string hint = hints.for_name(kb, link.target, relation->to);
        error(out, link.where, hint.empty() ? message : message + "; " + hint);
    }
}

/// The outline of each source that declares one, read once for all the citations of a check.
class Outlines {
public:
    explicit Outlines(const KnowledgeBase& kb) : m_kb(kb) {}
    const Outline& of(const Entity& source) {
        auto [at, added] = m_outlines.try_emplace(&source);
        if (added)
            at->second = outline_of(m_kb, source);
        return at->second;
    }

private:
    const KnowledgeBase& m_kb;
    std::unordered_map<const Entity*, Outline> m_outlines;
};

/// Each item of a source's sections field that declares no section and no pages.
void check_outline_items(const KnowledgeBase& kb, Diagnostics& out) {
    const std::string& field_name = kb.schema().citation_sections;
    if (field_name.empty())
        return;
    for (const Entity* source : kb.of_kind(kb.schema().citation_kind)) {
        const model::Field* field = source->field(field_name);
        if (field == nullptr)
            continue;
        Outline outline;
        for (const auto& item : field->value.items)
            if (const std::string problem = add_outline_item(outline, item); !problem.empty())
                error(out, field->where,
                      fmt::format("'{}' item '{}' of {} '{}' declares no part of it: {}",
                                  field_name, item, source->kind, source->id, problem));
    }
}

void check_citations(const KnowledgeBase& kb, const Entity& entity, Diagnostics& out, Hints& hints,
                     Outlines& outlines) {
    const std::string& citation_kind = kb.schema().citation_kind;
    if (citation_kind.empty())
        return;
    // An extension's sources are also copied into each plain item and link it adds: each
    // citation written once is checked once.
    std::set<std::tuple<std::string_view, int, int, std::string_view, std::string_view>> seen;
    for (const model::Citation* cited : model::all_citations(entity)) {
        const model::Citation& citation = *cited;
        if (!entity.extensions.empty() &&
            !seen.emplace(citation.where.path, citation.where.line, citation.where.column,
                          citation.source, citation.locator)
                 .second)
            continue;
        const Entity* source = kb.find(citation_kind, citation.source);
        if (source == nullptr) {
            std::string message =
                fmt::format("cites unknown {} '{}'", citation_kind, citation.source);
            const std::string hint = hints.for_name(kb, citation.source, {citation_kind});
            error(out, citation.where, hint.empty() ? message : message + "; " + hint);
        }
        if (citation.locator.empty())
            error(out, citation.where,
                  fmt::format("citation of '{}' needs a locator (where in the source)",
                              citation.source));
        else if (source != nullptr && citation.locator.find('\n') == std::string::npos) {
            // (A locator of several lines is an error of the loader's already.)
            const Outline& outline = outlines.of(*source);
            const std::string problem =
                locator_problem(outline, parse_locator(citation.locator), citation.locator);
            if (!problem.empty())
                error(out, citation.where,
                      fmt::format("citation of '{}': {}", citation.source, problem));
            else if (citation.locator == "whole page" && !outline.sections.empty())
                // What a template writes: a source that has parts is cited at one.
                warning(out, citation.where,
                        fmt::format("cites the whole of '{}', which is divided into sections "
                                    "({}): name the one that says it, such as {}/1",
                                    citation.source, fmt::join(outline.section_names(), ", "),
                                    outline.sections.front().name));
        }
    }
}

/// Where `entity` says `alias`: the extension that added it, or the entity itself.
const model::Location& where_alias(const Entity& entity, const std::string& alias) {
    for (const auto& extension : entity.extensions)
        if (std::find(extension.aliases.begin(), extension.aliases.end(), alias) !=
            extension.aliases.end())
            return extension.where;
    return entity.where;
}

/// An id, title or alias that is the identifying value of another entity of its kind, as a
/// name resolves it (numbers by value, text in any case): `show KIND NAME` would find the
/// first by its name and never the second by its number.
void check_names_against(const KnowledgeBase& kb, const model::KindDef& kind, Diagnostics& out) {
    // The kind's identifying fields, in the kind's order.
    std::vector<const model::FieldDef*> defs;
    std::unordered_map<std::string_view, std::size_t> def_at;
    for (const auto& def : kind.fields)
        if (def.identifies && def_at.try_emplace(def.name, defs.size()).second)
            defs.push_back(&def);
    if (defs.empty())
        return;
    // Each value, as a name would be read to match it (numbers by value, text in any case),
    // with the first entity that holds it in each field. Built once for all the fields, so a
    // kind of thousands of identifying fields costs their values, not fields times names.
    using Owners = std::map<std::size_t, const Entity*>;
    std::unordered_map<std::string, Owners> by_number;
    std::unordered_map<std::string, Owners> by_text;
    const auto entities = kb.of_kind(kind.name);
    for (const Entity* e : entities)
        for (const auto& field : e->fields) {
            const auto at = def_at.find(field.name);
            if (at == def_at.end())
                continue;
            const bool numeric = model::is_numeric(defs[at->second]->type);
            const std::string key =
                numeric ? model::number_key(field.value.text) : model::to_lower(field.value.text);
            if (!key.empty())
                (numeric ? by_number : by_text)[key].try_emplace(at->second, e);
        }
    struct Hit {
        std::size_t def;
        std::size_t name;
        const Entity* owner;
    };
    for (const Entity* e : entities) {
        std::vector<std::pair<const char*, const std::string*>> names{{"id", &e->id},
                                                                      {"title", &e->title}};
        for (const auto& alias : e->aliases)
            names.emplace_back("alias", &alias);
        std::vector<Hit> hits;
        for (std::size_t i = 0; i < names.size(); ++i) {
            const auto probe = [&](const auto& owners_of, const std::string& key) {
                if (key.empty())
                    return;
                const auto found = owners_of.find(key);
                if (found == owners_of.end())
                    return;
                for (const auto& [def, owner] : found->second)
                    if (owner != e)
                        hits.push_back({def, i, owner});
            };
            probe(by_number, model::number_key(*names[i].second));
            probe(by_text, model::to_lower(*names[i].second));
        }
        // Field by field, then name by name, as a reader goes through the schema.
        std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
            return std::tie(a.def, a.name) < std::tie(b.def, b.name);
        });
        for (const Hit& hit : hits) {
            const auto& [role, name] = names[hit.name];
            // Against the user's own folder, the clash is the user's file's error, so that it
            // is left out rather than a named folder's stopping every command.
            const model::Field* owned = hit.owner->field(defs[hit.def]->name);
            if (owned != nullptr && in_user_folder(kb, *hit.owner) && !in_user_folder(kb, *e)) {
                error(out, owned->where,
                      fmt::format("{} {} of {} '{}' is also the {} of {} '{}' ({}); a name must "
                                  "name one entity",
                                  defs[hit.def]->name, owned->value.text, kind.name, hit.owner->id,
                                  role, kind.name, e->id, position(e->where)));
                continue;
            }
            error(out, hit.name >= 2 ? where_alias(*e, *name) : e->where,
                  fmt::format("{} '{}' of {} '{}' is the {} of {} '{}' ({}); a name must name "
                              "one entity",
                              role, *name, kind.name, e->id, defs[hit.def]->name, kind.name,
                              hit.owner->id, position(hit.owner->where)));
        }
    }
}

void check_identifying_fields(const KnowledgeBase& kb, Diagnostics& out) {
    for (const auto& kind : kb.schema().kinds) {
        // One value for all the kind's identifying fields, since a name is matched against
        // each of them: one entity's `number` 2 and another's `rank` 2 would both be "2". A
        // number is matched by value (7 and 7.0 are one), text in any case, and a text that
        // is a number ("7") also by the number it writes, as `show thing 7` would find both.
        using Owner = std::pair<const Entity*, const model::FieldDef*>;
        std::map<std::string, Owner> by_number;    // numeric fields
        std::map<std::string, Owner> by_text;      // text fields
        std::map<std::string, Owner> text_numbers; // text fields whose text is a number
        for (const auto& def : kind.fields) {
            if (!def.identifies)
                continue;
            const bool numeric = model::is_numeric(def.type);
            for (const Entity* e : kb.of_kind(kind.name)) {
                const model::Field* field = e->field(def.name);
                if (field == nullptr)
                    continue;
                const std::string number = model::number_key(field->value.text);
                std::optional<Owner> clash;
                const auto against = [&](std::map<std::string, Owner>& seen, const std::string& key,
                                         bool keep) {
                    if (key.empty() || clash)
                        return;
                    const auto [it, inserted] =
                        keep ? seen.emplace(key, Owner{e, &def}) : std::pair{seen.find(key), false};
                    if (!inserted && it != seen.end() && it->second.first != e)
                        clash = it->second;
                };
                if (numeric) {
                    against(by_number, number, true);
                    against(text_numbers, number, false);
                } else {
                    against(by_text, model::to_lower(field->value.text), true);
                    against(by_number, number, false);
                    if (!number.empty() && !clash)
                        text_numbers.emplace(number, Owner{e, &def});
                }
                if (!clash)
                    continue;
                const auto [other, other_def] = *clash;
                const model::Field* other_field = other->field(other_def->name);
                if (other_field != nullptr && in_user_folder(kb, *other) && !in_user_folder(kb, *e))
                    error(out, other_field->where,
                          fmt::format("{} {} is also the {} of {} '{}' ({}); it must name one "
                                      "entity",
                                      other_def->name, other_field->value.text, def.name, kind.name,
                                      e->id, position(e->where)));
                else
                    error(out, field->where,
                          fmt::format("{} {} is also the {} of {} '{}' ({}); it must name one "
                                      "entity",
                                      def.name, field->value.text, other_def->name, kind.name,
                                      other->id, position(other->where)));
            }
        }
        check_names_against(kb, kind, out);
    }
}

} // namespace

Diagnostics check_knowledge_base(const KnowledgeBase& kb) {
    Diagnostics out;
    check_duplicates(kb, out);
    Hints hints;
    Outlines outlines(kb);
    check_outline_items(kb, out);
    for (const auto& entity : kb.entities()) {
        check_links(kb, entity, out, hints);
        check_citations(kb, entity, out, hints, outlines);
        check_placeholders(entity, out);
    }
    check_identifying_fields(kb, out);
    for (auto& d : out)
        d.whole_graph = true;
    return out;
}

} // namespace aistrat::check
