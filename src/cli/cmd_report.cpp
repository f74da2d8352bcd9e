// `aistrat report brief|matrix|gaps|compare A B|country ID`.
#include "cli/commands.hpp"
#include "model/text.hpp"
#include "query/resolve.hpp"
#include "report/reports.hpp"

#include <fmt/format.h>

#include <algorithm>

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

/// Whether `kind` has sections in a brief; a usage Failure saying where it appears when not.
void require_brief_section(const model::KindDef& kind, std::string_view what) {
    const auto& kinds = report::brief_section_kinds();
    if (std::find(kinds.begin(), kinds.end(), kind.name) != kinds.end())
        return;
    throw Failure(ExitCode::Usage,
                  fmt::format("{} has no section of its own in a brief, which has sections for "
                              "strategies, countries, opportunities and conclusions (pillars, "
                              "priority areas and focus areas appear in their strategy's, "
                              "figures in their country's)",
                              what));
}

template <typename Options>
report::Report brief_report(Context& ctx, const Options& options, bool around, bool depth) {
    const auto& kb = ctx.knowledge();
    report::BriefOptions brief;
    for (const auto& name : options.brief_kinds) {
        const auto& kind = require_kind(kb, name);
        require_brief_section(kind, fmt::format("kind {}", kind.name));
        brief.kinds.push_back(kind.name);
    }
    for (const auto& name : options.brief_ids) {
        const model::Entity& e = require_entity(kb, nullptr, name);
        require_brief_section(*kb.schema().find_kind(e.kind), fmt::format("{} {}", e.kind, e.id));
        brief.entities.push_back(&e);
    }
    if (depth && !around)
        throw Failure(ExitCode::Usage, "--depth needs --around ID");
    if (around)
        brief.around = &require_entity(kb, nullptr, options.around);
    brief.depth = options.depth;
    if (options.citations == "pandoc") {
        if (ctx.templated())
            throw Failure(ExitCode::Usage,
                          "--citations pandoc writes the markdown pandoc reads, and does not go "
                          "through --template; leave one of them out");
        if (ctx.format("report brief") != Format::Markdown)
            throw Failure(ExitCode::Usage,
                          "--citations pandoc is for --format markdown, which pandoc reads");
        brief.citations = report::Citations::Pandoc;
    }
    report::Report report = report::brief_report(kb, brief);
    const bool scoped = !brief.kinds.empty() || !brief.entities.empty() || around;
    if (report.data["sections"].empty()) {
        // Data and a template still get the empty brief, as search and ask give theirs.
        if (const auto format = ctx.format("report brief"); ctx.needs_data(format))
            ctx.print({{}, report.data}, format);
        throw Failure(ExitCode::NotFound,
                      scoped ? "no strategy, country, opportunity or conclusion is within the "
                               "brief's scope"
                             : "the knowledge holds no strategy, country, opportunity or "
                               "conclusion to brief on");
    }
    return report;
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
        std::vector<std::string> brief_ids, brief_kinds;
        std::string around, citations = "numbered";
        std::size_t depth = 1;
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
    CLI::App* brief = sub("brief", "A briefing with references: the whole knowledge, or part");
    brief->add_option("ID", options->brief_ids,
                      "Only these strategies, countries, opportunities or conclusions");
    brief
        ->add_option("-k,--kind", options->brief_kinds,
                     "Only sections of KIND: strategy, country, opportunity, conclusion "
                     "(repeatable)")
        ->type_name("KIND")
        ->allow_extra_args(false);
    CLI::Option* around = brief
                              ->add_option("--around", options->around,
                                           "Only sections within --depth links of this entity")
                              ->type_name("ID");
    CLI::Option* depth =
        brief->add_option("--depth", options->depth, "How many links from --around (default 1)")
            ->type_name("N")
            ->check(whole_number(100));
    brief
        ->add_option("--citations", options->citations,
                     "numbered (default): [1: intro/1] and a list of references; pandoc: "
                     "[@article, intro/1] for pandoc --citeproc (markdown only)")
        ->type_name("STYLE")
        ->check(CLI::IsMember({"numbered", "pandoc"}));
    brief->footer(
        "Every condition given narrows the brief. Pillars, priority areas and focus\n"
        "areas appear inside their strategy's section, figures inside their country's.\n"
        "\n"
        "Examples:\n"
        "  aistrat report brief --kind opportunity --format markdown\n"
        "  aistrat report brief china indonesia\n"
        "  aistrat report brief --around knowledge-exchange --depth 1\n"
        "  aistrat report brief --kind opportunity --citations pandoc -f markdown |\n"
        "    pandoc --citeproc --bibliography <(aistrat export -f csl-json) -o brief.html");
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
        app, [options, chosen, around, depth](Context& ctx) {
            const std::string& name = *chosen;
            // Before the knowledge loads: a usage error costs nothing.
            const std::string command = "report " + name;
            (void)ctx.format(command);
            const auto& kb = ctx.knowledge();
            if (name == "brief") {
                for (const auto& kind : report::brief_kinds())
                    needed_kind(kb, kind, name);
                print(ctx, brief_report(ctx, *options, around->count() > 0, depth->count() > 0),
                      command);
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
                report::Report gaps = report::gaps_report(kb);
                // CSV: no gaps is the header row alone.
                if (ctx.format(command) == Format::Csv && gaps.data["gaps"].empty())
                    gaps.document =
                        report::Document{}.add(report::Table{{"gap", "kind", "id", "title"}, {}});
                print(ctx, gaps, command);
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
