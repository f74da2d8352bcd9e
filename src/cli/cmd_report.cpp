// `aistrat report brief|matrix|gaps|compare A B|country ID`.
#include "cli/commands.hpp"
#include "model/text.hpp"
#include "query/resolve.hpp"
#include "report/reports.hpp"

#include <fmt/format.h>

namespace aistrat::cli {

namespace {

/// The kind `name` a report needs; a usage Failure saying which report needs it.
const model::KindDef& needed_kind(const model::KnowledgeBase& kb, const std::string& name,
                                  std::string_view report) {
    if (const model::KindDef* kind = kb.schema().find_kind(name))
        return *kind;
    throw Failure(
        ExitCode::Usage,
        fmt::format("report '{}' needs kind '{}', which the loaded knowledge lacks (kinds: {})",
                    report, name, fmt::to_string(fmt::join(kb.schema().kind_names(), ", "))));
}

void print(Context& ctx, const report::Report& report, const std::string& command) {
    const auto format = ctx.format(command);
    ctx.print({report.document, report.data}, format);
}

} // namespace

Command add_report(CLI::App& parent) {
    struct Options {
        std::string rows = "opportunity";
        std::string cols = "pillar";
        std::string a, b, country;
    };
    auto options = std::make_shared<Options>();
    auto chosen = std::make_shared<std::string>();
    CLI::App* app = parent.add_subcommand("report", "Reports to build a brief from");
    app->require_subcommand(1);
    app->footer("Every report prints as text, markdown, html or json; matrix, gaps and compare\n"
                "also as csv.\n\n"
                "Examples:\n"
                "  aistrat report brief --format markdown > brief.md\n"
                "  aistrat report matrix --cols priority-area\n"
                "  aistrat report gaps\n"
                "  aistrat report compare china indonesia\n"
                "  aistrat report country indonesia --format html > indonesia.html");
    const auto sub = [&](const char* name, const char* help) {
        CLI::App* s = app->add_subcommand(name, help);
        s->callback([chosen, name] { *chosen = name; });
        return s;
    };
    sub("brief", "The whole knowledge as a briefing with numbered references");
    CLI::App* matrix = sub("matrix", "Which entities of one kind link to which of another");
    matrix->footer(fmt::format("A matrix has at most {} cells (rows times columns); a larger one "
                               "is refused (exit 2).",
                               report::k_max_matrix_cells));
    matrix->add_option("--rows", options->rows, "The kind down the side (default opportunity)")
        ->type_name("KIND");
    matrix->add_option("--cols", options->cols, "The kind across the top (default pillar)")
        ->type_name("KIND");
    sub("gaps", "What no link reaches, for the relations the schema marks coverage");
    CLI::App* compare = sub("compare", "Two entities of one kind side by side");
    compare->add_option("A", options->a, "The first entity")->required();
    compare->add_option("B", options->b, "The second entity")->required();
    CLI::App* country = sub("country", "One country's profile with everything linked to it");
    country->add_option("ID", options->country, "The country")->required();

    return {
        app, [options, chosen](Context& ctx) {
            const std::string& name = *chosen;
            // Before the knowledge loads: a usage error costs nothing.
            const std::string command = "report " + name;
            (void)ctx.format(command);
            const auto& kb = ctx.knowledge();
            if (name == "brief") {
                for (const auto& kind : report::brief_kinds())
                    needed_kind(kb, kind, name);
                print(ctx, report::brief_report(kb), command);
            } else if (name == "matrix") {
                const auto& rows = require_kind(kb, options->rows);
                const auto& cols = require_kind(kb, options->cols);
                const auto relations = report::relations_between(kb.schema(), rows.name, cols.name);
                if (relations.empty())
                    throw Failure(ExitCode::Usage,
                                  fmt::format("no relation joins {} and {}; see 'aistrat kinds'",
                                              rows.name, cols.name));
                const std::size_t height = kb.of_kind(rows.name).size();
                const std::size_t width = kb.of_kind(cols.name).size();
                if (width != 0 && height > report::k_max_matrix_cells / width)
                    throw Failure(
                        ExitCode::Usage,
                        fmt::format("a matrix of {} {} by {} {} has {} cells, more than the {} "
                                    "a matrix report builds; choose kinds with fewer entities, "
                                    "or take the links from 'aistrat export --format json'",
                                    height, rows.plural, width, cols.plural, height * width,
                                    report::k_max_matrix_cells));
                const auto format = ctx.format(command);
                print(ctx,
                      report::matrix_report(kb, rows, cols, relations,
                                            ctx.needs_data(format) ? report::Build::Data
                                                                   : report::Build::Document),
                      command);
            } else if (name == "gaps") {
                print(ctx, report::gaps_report(kb), command);
            } else if (name == "compare") {
                const auto& a = require_entity(kb, nullptr, options->a);
                const auto other = query::resolve_entity(kb, nullptr, options->b);
                if (other.status == query::MatchStatus::Found && other.entity->kind != a.kind)
                    throw Failure(
                        ExitCode::Usage,
                        fmt::format("'{}' ({}) and '{}' ({}) are of different kinds; compare "
                                    "takes two of one kind",
                                    a.id, a.kind, other.entity->id, other.entity->kind));
                const auto& b = require_entity(kb, kb.schema().find_kind(a.kind), options->b);
                if (&a == &b)
                    throw Failure(
                        ExitCode::Usage,
                        fmt::format("compare needs two different entities; both name {} {}", a.kind,
                                    a.id));
                print(ctx, report::compare_report(kb, a, b), command);
            } else {
                const auto& kind = needed_kind(kb, "country", name);
                print(ctx, report::profile_report(kb, require_entity(kb, &kind, options->country)),
                      command);
            }
            return ExitCode::Ok;
        }};
}

} // namespace aistrat::cli
