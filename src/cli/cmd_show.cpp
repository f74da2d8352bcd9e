// `aistrat show [KIND] ID`: one entity with its fields, links both ways and sources.
#include "cli/commands.hpp"
#include "model/text.hpp"
#include "query/resolve.hpp"
#include "report/entity_data.hpp"
#include "report/entity_documents.hpp"

#include <fmt/format.h>

namespace aistrat::cli {

const model::Entity& require_entity(const model::KnowledgeBase& kb, const model::KindDef* kind,
                                    const std::string& name) {
    // An empty name is a prefix of every id: it would pick the only entity, or list them all.
    if (name.find_first_not_of(" \t") == std::string::npos)
        throw Failure(ExitCode::Usage, "an empty name names no entity");
    const auto lookup = query::resolve_entity(kb, kind, name);
    const std::string where = kind ? fmt::format(" {}", kind->name) : std::string{};
    switch (lookup.status) {
    case query::MatchStatus::Found:
        return *lookup.entity;
    case query::MatchStatus::Ambiguous: {
        std::vector<std::string> names;
        for (const model::Entity* e : lookup.candidates)
            names.push_back(fmt::format("{} {}", e->kind, e->id));
        throw Failure(ExitCode::NotFound, fmt::format("'{}' matches more than one{}: {}", name,
                                                      kind ? where : " entity",
                                                      fmt::to_string(fmt::join(names, ", "))));
    }
    case query::MatchStatus::NotFound:
        break;
    }
    std::string message = fmt::format("no{} '{}'", kind ? where : " entity", name);
    if (const std::string hint = model::did_you_mean(lookup.suggestions); !hint.empty())
        message += "; " + hint;
    else if (kind != nullptr)
        message += fmt::format(" (see 'aistrat list {}')", kind->plural);
    throw Failure(ExitCode::NotFound, message);
}

Command add_show(CLI::App& parent) {
    auto first = std::make_shared<std::string>();
    auto second = std::make_shared<std::string>();
    CLI::App* app =
        parent.add_subcommand("show", "Show one entity: fields, links both ways, sources");
    app->add_option("KIND_OR_ID", *first, "The kind (optional), or the entity when alone")
        ->required();
    CLI::Option* id_option = app->add_option(
        "ID", *second, "An id, alias, title, article number or unique id prefix, in any case");
    app->footer("Examples:\n"
                "  aistrat show pillar education\n"
                "  aistrat show opportunity 3\n"
                "  aistrat show bssn --format markdown");
    return {
        app, [first, second, id_option](Context& ctx) {
            const auto format = ctx.format("show");
            const auto& kb = ctx.knowledge();
            const model::KindDef* kind = nullptr;
            const auto trimmed = [](const std::string& s) {
                const auto b = s.find_first_not_of(" \t");
                return b == std::string::npos ? std::string{}
                                              : s.substr(b, s.find_last_not_of(" \t") - b + 1);
            };
            const bool with_kind = id_option->count() > 0;
            const std::string id = trimmed(with_kind ? *second : *first);
            if (id.empty())
                throw Failure(ExitCode::Usage, "an empty name names no entity");
            if (with_kind) {
                if (kb.schema().find_kind(*first) == nullptr) {
                    // `show knowledge exchange`: two words of one name, not a kind and an id.
                    const std::string joined = *first + " " + id;
                    if (query::resolve_entity(kb, nullptr, joined).entity != nullptr ||
                        query::resolve_entity(kb, nullptr, *first + "-" + id).entity != nullptr)
                        throw Failure(ExitCode::Usage,
                                      fmt::format("unknown kind '{}'; to name '{}', quote it: "
                                                  "aistrat show \"{}\"",
                                                  *first, joined, joined));
                }
                kind = &require_kind(kb, *first);
            } else if (const model::KindDef* k = kb.schema().find_kind(id);
                       k != nullptr && query::resolve_entity(kb, nullptr, id).entity == nullptr) {
                throw Failure(ExitCode::Usage,
                              fmt::format("'{}' is a kind: use 'aistrat list {}' or 'aistrat "
                                          "show {} ID'",
                                          id, k->plural, k->name));
            }
            const model::Entity& entity = require_entity(kb, kind, id);
            ctx.print({report::show_document(kb, entity), report::show_data(kb, entity)}, format);
            return ExitCode::Ok;
        }};
}

} // namespace aistrat::cli
