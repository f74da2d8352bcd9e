// `aistrat check`: every diagnostic of the knowledge base, or a one-line summary.
#include "cli/commands.hpp"
#include "report/entity_data.hpp"
#include "report/entity_documents.hpp"

namespace aistrat::cli {

Command add_check(CLI::App& parent) {
    CLI::App* app =
        parent.add_subcommand("check", "Validate the knowledge base; print every problem");
    app->footer(
        "Exits 3 when there is an error, printing each as path:line:col: error: message.\n\n"
        "Examples:\n"
        "  aistrat check\n"
        "  aistrat check --kb ~/my-knowledge\n"
        "  aistrat check --no-builtin --kb ./draft --format json");
    return {app, [](Context& ctx) {
                const auto format = ctx.format("check");
                const auto& loaded = ctx.load();
                const auto& diagnostics = ctx.diagnostics();
                ctx.print_diagnostics();
                const bool valid = !model::has_errors(diagnostics);
                if (ctx.needs_data(format))
                    ctx.print({{}, report::check_data(loaded.kb, diagnostics)}, format);
                else if (valid)
                    ctx.print({report::Document{}.add(
                                   report::Paragraph{report::check_summary(loaded.kb)}),
                               {}},
                              format);
                return valid ? ExitCode::Ok : ExitCode::InvalidKnowledge;
            }};
}

} // namespace aistrat::cli
