// `aistrat list KIND`: a table of the entities of one kind, filtered and sorted.
#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "model/text.hpp"
#include "query/filter.hpp"
#include "query/resolve.hpp"
#include "report/entity_data.hpp"
#include "report/entity_documents.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <memory>
#include <optional>

namespace aistrat::cli {

CLI::Validator whole_number(std::size_t max) {
    return CLI::Validator(
        [max](const std::string& value) -> std::string {
            std::size_t number = 0;
            const auto [end, ec] =
                std::from_chars(value.data(), value.data() + value.size(), number);
            const bool whole = !value.empty() && value.size() <= 9 && value[0] != '-' &&
                               value[0] != '+' && ec == std::errc{} &&
                               end == value.data() + value.size() && number <= max;
            return whole ? std::string{} : fmt::format("must be a whole number from 0 to {}", max);
        },
        "", "whole number");
}

CLI::Validator whole_count() {
    return whole_number(999'999'999);
}

const model::KindDef& require_kind(const model::KnowledgeBase& kb, const std::string& name) {
    const auto lookup = query::resolve_kind(kb.schema(), name);
    if (lookup.kind != nullptr)
        return *lookup.kind;
    std::string message = fmt::format("unknown kind '{}'", name);
    if (const std::string hint = model::did_you_mean(lookup.suggestions); !hint.empty())
        message += "; " + hint;
    message +=
        fmt::format(" (kinds: {})", fmt::to_string(fmt::join(kb.schema().kind_names(), ", ")));
    throw Failure(ExitCode::Usage, message);
}

namespace {

struct ListOptions {
    std::string kind;
    std::vector<std::string> where;
    std::string sort;
    std::string fields;
    std::size_t limit = 0;
};

/// The field `name` of `kind`; a usage Failure naming the valid fields when there is none.
query::FieldRef require_field(const model::KnowledgeBase& kb, const model::KindDef& kind,
                              const std::string& name, std::string_view option) {
    auto field = query::resolve_field(kb, kind, name);
    if (auto* ref = std::get_if<query::FieldRef>(&field))
        return *ref;
    const auto& error = std::get<query::FieldError>(field);
    std::string message = fmt::format("{}: {}", option, error.message);
    if (const auto hint = model::did_you_mean(error.suggestions); !hint.empty())
        message += "; " + hint;
    throw Failure(ExitCode::Usage,
                  message + " (fields: " + fmt::to_string(fmt::join(error.valid, ", ")) + ")");
}

std::vector<query::FieldRef> columns_of(const model::KnowledgeBase& kb, const model::KindDef& kind,
                                        const std::string& fields, bool given) {
    std::vector<std::string> names;
    if (!given) {
        names = {"id", "title"};
        names.insert(names.end(), kind.key_fields.begin(), kind.key_fields.end());
    } else {
        std::size_t start = 0;
        while (start <= fields.size()) {
            auto end = fields.find(',', start);
            if (end == std::string::npos)
                end = fields.size();
            std::string name = fields.substr(start, end - start);
            name.erase(0, name.find_first_not_of(' '));
            name.erase(name.find_last_not_of(' ') + 1);
            if (!name.empty())
                names.push_back(name);
            start = end + 1;
        }
    }
    if (names.empty())
        throw Failure(ExitCode::Usage, "--fields: no field named; give them as id,title,...");
    std::vector<query::FieldRef> out;
    for (const auto& name : names)
        out.push_back(require_field(kb, kind, name, "--fields"));
    return out;
}

} // namespace

Command add_list(CLI::App& parent) {
    auto options = std::make_shared<ListOptions>();
    CLI::App* app = parent.add_subcommand("list", "List the entities of a kind as a table");
    app->add_option("KIND", options->kind, "A kind: singular, plural or alias (opportunity, opps)")
        ->required();
    app->add_option("-w,--where", options->where,
                    "Keep entities where FIELD=VALUE, !=, ~ (contains), <, >, <=, >= (repeatable; "
                    "all must hold)")
        ->type_name("EXPR");
    app->add_option("-s,--sort", options->sort, "Sort by FIELD; -FIELD sorts descending")
        ->type_name("FIELD")
        ->allow_extra_args(false);
    CLI::Option* fields_option =
        app->add_option("--fields", options->fields, "Show these fields: id,title,...")
            ->type_name("F,...");
    app->add_option("-n,--limit", options->limit, "At most N entities (0: all)")
        ->type_name("N")
        ->check(whole_count());
    app->footer(
        "FIELD is id, title, summary, aliases, tags, sources (the ids of the sources cited),\n"
        "one of the kind's fields (see 'aistrat kinds'), a relation (supports, supported-by)\n"
        "or a linked kind (pillar); a linked entity's VALUE is resolved like an id, and with =\n"
        "and != commas separate entities, any of which is equal (pillar=education,regulation).\n"
        "A figure's value compares by its full amount (value>1000 finds US$600 billion).\n"
        "basis=stated, basis=implied or basis=interpretation keeps only the values and\n"
        "links of that basis (and, for the last two, the entities that hold one or are\n"
        "linked by one).\n\n"
        "Examples:\n"
        "  aistrat list opportunities\n"
        "  aistrat list opportunities --where pillar=education\n"
        "  aistrat list opportunities --where basis=interpretation --fields id,supports\n"
        "  aistrat list figures --where 'value>1000000' --sort -value --fields "
        "id,value,magnitude,unit\n"
        "  aistrat list pillars --format markdown\n"
        "  aistrat list figures --format json | jq '.entities[].figure'");
    return {app, [app, options, fields_option](Context& ctx) {
                const auto format = ctx.format("list");
                const auto& all = ctx.knowledge();
                // `basis=B` keeps only the statements of that basis: the listing is made from a
                // view of the knowledge that holds nothing else (a field of that name aside).
                std::optional<model::Basis> basis;
                std::vector<std::string> where;
                const model::KindDef& named = require_kind(all, options->kind);
                for (const auto& text : options->where) {
                    const bool about_basis =
                        text.starts_with("basis") && text.size() > 5 &&
                        std::string_view("=!<>~ ").find(text[5]) != std::string_view::npos;
                    if (!about_basis || named.field("basis") != nullptr) {
                        where.push_back(text);
                        continue;
                    }
                    const auto value = std::string_view(text).substr(5);
                    if (!value.starts_with("="))
                        throw Failure(ExitCode::Usage,
                                      "--where: basis takes '=' and one of stated, implied, "
                                      "interpretation",
                                      caret_under(text, 5));
                    const auto parsed = model::parse_basis(value.substr(1));
                    if (!parsed) {
                        const std::string hint = model::did_you_mean(model::closest(
                            std::string(value.substr(1)), {"stated", "implied", "interpretation"}));
                        throw Failure(ExitCode::Usage,
                                      fmt::format("--where: no basis '{}' (stated, implied or "
                                                  "interpretation){}",
                                                  value.substr(1), hint.empty() ? "" : "; " + hint),
                                      caret_under(text, 6));
                    }
                    if (basis && *basis != *parsed)
                        throw Failure(ExitCode::Usage,
                                      "--where: a statement has one basis; give basis once");
                    basis = parsed;
                }
                std::unique_ptr<model::KnowledgeBase> view;
                if (basis)
                    view = std::make_unique<model::KnowledgeBase>(
                        all.schema(), model::entities_with_basis(all, *basis), all.folders(),
                        all.vocabulary());
                const auto& kb = view ? *view : all;
                const model::KindDef& def = require_kind(kb, options->kind);
                const bool given = fields_option->count() > 0;
                const auto columns = columns_of(kb, def, options->fields, given);
                std::vector<query::Condition> conditions;
                for (const auto& text : where) {
                    auto parsed = query::parse_condition(kb, def, text);
                    if (auto* error = std::get_if<query::ConditionError>(&parsed))
                        throw Failure(error->not_found ? ExitCode::NotFound : ExitCode::Usage,
                                      "--where: " + error->message,
                                      caret_under(text, error->position));
                    conditions.push_back(std::get<query::Condition>(std::move(parsed)));
                }
                // In the order of the whole knowledge: a view without the identifying numbers
                // (not of the basis asked for) keeps the article's order all the same.
                auto entities = query::natural_order(named, all.of_kind(named.name));
                if (view)
                    for (auto& e : entities)
                        e = view->find(e->kind, e->id);
                // An implied statement or our reading: the entities that hold one, or that one
                // links to.
                if (basis && *basis != model::Basis::Stated)
                    std::erase_if(entities, [&](const model::Entity* e) {
                        return e->fields.empty() && e->links.empty() && kb.incoming(*e).empty();
                    });
                std::erase_if(entities, [&](const model::Entity* e) {
                    return !std::all_of(conditions.begin(), conditions.end(),
                                        [&](const auto& c) { return query::matches(kb, *e, c); });
                });
                // Given, even empty (-s ''): a field must be named.
                if (app->count("--sort") > 0) {
                    const bool descending = options->sort.starts_with("-");
                    const auto field = require_field(
                        kb, def, descending ? options->sort.substr(1) : options->sort, "--sort");
                    query::sort_by(kb, entities, field, descending);
                }
                if (options->limit != 0 && entities.size() > options->limit)
                    entities.resize(options->limit);
                Result result;
                if (ctx.needs_data(format))
                    result.data = report::list_data(kb, def, entities, given ? &columns : nullptr);
                else if (entities.empty() && format == Format::Csv) {
                    // CSV: no rows is the header row alone, which a program reads as such.
                    report::Table empty;
                    for (const auto& column : columns)
                        empty.headers.push_back(column.name);
                    result.document.add(std::move(empty));
                } else {
                    result.document = report::list_document(kb, def, entities, columns);
                }
                ctx.print(result, format);
                return ExitCode::Ok;
            }};
}

} // namespace aistrat::cli
