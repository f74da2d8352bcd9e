// `aistrat show [KIND] ID`: one entity with its fields, links both ways and sources.
#include "cli/commands.hpp"
#include "model/text.hpp"
#include "query/resolve.hpp"
#include "report/entity_data.hpp"
#include "report/entity_documents.hpp"

#include <fmt/format.h>

#include <algorithm>

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

namespace {

/// The entities `show` names: `[KIND] NAME...`.
std::vector<const model::Entity*> named_entities(const model::KnowledgeBase& kb,
                                                 const std::string& first,
                                                 const std::vector<std::string>& rest, bool& many) {
    const auto trimmed = [](const std::string& s) {
        const auto b = s.find_first_not_of(" \t");
        return b == std::string::npos ? std::string{}
                                      : s.substr(b, s.find_last_not_of(" \t") - b + 1);
    };
    const model::KindDef* kind = nullptr;
    std::vector<std::string> names;
    if (rest.empty()) {
        const std::string id = trimmed(first);
        if (const model::KindDef* k = kb.schema().find_kind(id);
            k != nullptr && query::resolve_entity(kb, nullptr, id).entity == nullptr)
            throw Failure(ExitCode::Usage,
                          fmt::format("'{}' is a kind: use 'aistrat list {}' or 'aistrat "
                                      "show {} ID'",
                                      id, k->plural, k->name));
        names.push_back(id);
    } else if (kb.schema().find_kind(first) != nullptr) {
        kind = &require_kind(kb, first);
        names = rest;
    } else {
        // `show knowledge exchange`: the words of one name, not a kind and an id.
        std::string joined = first;
        std::string hyphened = first;
        for (const auto& word : rest) {
            joined += " " + word;
            hyphened += "-" + word;
        }
        if (query::resolve_entity(kb, nullptr, joined).entity != nullptr ||
            query::resolve_entity(kb, nullptr, hyphened).entity != nullptr)
            throw Failure(ExitCode::Usage,
                          fmt::format("unknown kind '{}'; to name '{}', quote it: aistrat "
                                      "show \"{}\"",
                                      first, joined, joined));
        // `show china indonesia`: several names; else the first was meant as a kind, unless it
        // names several entities (`show 1 2 3`), which is said when it is resolved below.
        if (query::resolve_entity(kb, nullptr, trimmed(first)).status ==
            query::MatchStatus::NotFound)
            require_kind(kb, first);
        names.push_back(first);
        names.insert(names.end(), rest.begin(), rest.end());
    }
    // Several names ask for the shape of several entities, even when they name one.
    many = names.size() > 1;
    std::vector<const model::Entity*> out;
    for (const auto& name : names) {
        const std::string id = trimmed(name);
        if (id.empty())
            throw Failure(ExitCode::Usage, "an empty name names no entity");
        const model::Entity* e = &require_entity(kb, kind, id);
        if (std::find(out.begin(), out.end(), e) == out.end())
            out.push_back(e);
    }
    return out;
}

/// Several entities as one result: their documents one after another (in CSV, one table of
/// links with the entity each starts from), their data as a list.
Result several(const model::KnowledgeBase& kb, const std::vector<const model::Entity*>& entities,
               Format format) {
    report::Document doc;
    report::Table links;
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    std::vector<std::string> titles;
    for (const model::Entity* e : entities) {
        titles.push_back(e->title);
        report::Document one = report::show_document(kb, *e);
        for (auto& block : one.blocks) {
            if (const auto* table = std::get_if<report::Table>(&block);
                table != nullptr && format == Format::Csv) {
                // The rows for programs, each datum in its own column.
                const bool data = !table->data_headers.empty();
                if (links.headers.empty()) {
                    links.headers = data ? table->data_headers : table->headers;
                    links.headers.insert(links.headers.begin(), "from");
                }
                for (auto row : data ? table->data_rows : table->rows) {
                    row.insert(row.begin(), e->id);
                    links.rows.push_back(std::move(row));
                }
            }
            doc.blocks.push_back(std::move(block));
        }
        list.push_back(report::show_data(kb, *e)["entity"]);
    }
    if (format == Format::Csv) {
        if (links.headers.empty()) { // none has links: the header row alone
            links.headers = report::link_data_columns();
            links.headers.insert(links.headers.begin(), "from");
        }
        doc = report::Document{}.add(std::move(links));
    }
    doc.title = fmt::to_string(fmt::join(titles, "; "));
    return {std::move(doc), {{"schema_version", report::k_schema_version}, {"entities", list}}};
}

} // namespace

Command add_show(CLI::App& parent) {
    auto first = std::make_shared<std::string>();
    auto rest = std::make_shared<std::vector<std::string>>();
    CLI::App* app =
        parent.add_subcommand("show", "Show entities: fields, links both ways, sources");
    app->add_option("KIND_OR_ID", *first, "The kind (optional), or the entity when alone")
        ->required();
    app->add_option("ID", *rest,
                    "Ids, aliases, titles, article numbers or unique id prefixes, in any case");
    app->footer("With several entities, they print one after another; in JSON and YAML as a\n"
                "list under 'entities', in CSV as one table of links with the entity each\n"
                "starts from.\n"
                "\n"
                "Examples:\n"
                "  aistrat show pillar education\n"
                "  aistrat show opportunity 3\n"
                "  aistrat show opportunity 1 2\n"
                "  aistrat show bssn --format markdown");
    return {app, [first, rest](Context& ctx) {
                const auto format = ctx.format("show");
                const auto& kb = ctx.knowledge();
                if (first->find_first_not_of(" \t") == std::string::npos)
                    throw Failure(ExitCode::Usage, "an empty name names no entity");
                bool many = false;
                const auto entities = named_entities(kb, *first, *rest, many);
                if (!many) {
                    Result result{report::show_document(kb, *entities.front()),
                                  report::show_data(kb, *entities.front())};
                    // CSV: an entity without links is the header row alone.
                    if (format == Format::Csv &&
                        std::none_of(result.document.blocks.begin(), result.document.blocks.end(),
                                     [](const report::Block& b) {
                                         return std::holds_alternative<report::Table>(b);
                                     }))
                        result.document =
                            report::Document{}.add(report::Table{report::link_data_columns(), {}});
                    ctx.print(result, format);
                } else
                    ctx.print(several(kb, entities, format), format);
                return ExitCode::Ok;
            }};
}

} // namespace aistrat::cli
