// `aistrat export`: the whole knowledge base as JSON or YAML.
#include "cli/commands.hpp"
#include "report/entity_data.hpp"

namespace aistrat::cli {

Command add_export(CLI::App& parent) {
    CLI::App* app =
        parent.add_subcommand("export", "Print the whole knowledge base as JSON or YAML");
    app->footer("Examples:\n"
                "  aistrat export > knowledge.json\n"
                "  aistrat export --format yaml");
    return {app, [](Context& ctx) {
                const auto format = ctx.format("export");
                const auto& kb = ctx.knowledge();
                ctx.print({{}, report::export_data(kb)}, format);
                return ExitCode::Ok;
            }};
}

} // namespace aistrat::cli
