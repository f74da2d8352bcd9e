// `aistrat list KIND`: a table of the entities of one kind.
#include "cli/commands.hpp"
#include "model/text.hpp"
#include "query/resolve.hpp"
#include "report/entity_data.hpp"
#include "report/entity_documents.hpp"

#include <fmt/format.h>

namespace aistrat::cli {

const model::KindDef& require_kind(const model::KnowledgeBase& kb, const std::string& name) {
    const auto lookup = query::resolve_kind(kb.schema(), name);
    if (lookup.kind != nullptr)
        return *lookup.kind;
    std::string message = fmt::format("unknown kind '{}'", name);
    if (const std::string hint = model::did_you_mean(lookup.suggestions); !hint.empty())
        message += "; " + hint;
    message += fmt::format(" (kinds: {})", model::join(kb.schema().kind_names(), ", "));
    throw Failure(ExitCode::Usage, message);
}

Command add_list(CLI::App& parent) {
    auto kind = std::make_shared<std::string>();
    CLI::App* app = parent.add_subcommand("list", "List the entities of a kind as a table");
    app->add_option("KIND", *kind, "A kind: singular, plural or alias (opportunity, opps)")
        ->required();
    app->footer("Examples:\n"
                "  aistrat list opportunities\n"
                "  aistrat list pillars --format markdown\n"
                "  aistrat list figures --format json | jq '.entities[].figure'");
    return {app, [kind](Context& ctx) {
                const auto format = ctx.format(
                    Format::Text, {Format::Text, Format::Markdown, Format::Json, Format::Yaml});
                const auto& kb = ctx.knowledge();
                const model::KindDef& def = require_kind(kb, *kind);
                const auto entities = query::natural_order(def, kb.of_kind(def.name));
                ctx.print(
                    {report::list_document(def, entities), report::list_data(kb, def, entities)},
                    format);
                return ExitCode::Ok;
            }};
}

} // namespace aistrat::cli
