// `aistrat kinds`: the schema, with how many entities each kind has.
#include "cli/commands.hpp"
#include "report/entity_data.hpp"
#include "report/entity_documents.hpp"

namespace aistrat::cli {

Command add_kinds(CLI::App& parent) {
    CLI::App* app = parent.add_subcommand("kinds", "List the kinds, their fields and relations");
    app->footer("Examples:\n"
                "  aistrat kinds\n"
                "  aistrat kinds --format json | jq '.kinds[].name'");
    return {app, [](Context& ctx) {
                const auto format = ctx.format("kinds");
                const auto& kb = ctx.knowledge();
                ctx.print({report::kinds_document(kb), report::kinds_data(kb)}, format);
                return ExitCode::Ok;
            }};
}

} // namespace aistrat::cli
