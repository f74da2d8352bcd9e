// `aistrat graph`: the knowledge as a graph for Graphviz or Mermaid.
#include "cli/commands.hpp"
#include "model/text.hpp"
#include "query/resolve.hpp"
#include "render/data_writer.hpp"
#include "render/graph_writer.hpp"
#include "report/graph.hpp"

#include <fmt/format.h>

namespace aistrat::cli {

Command add_graph(CLI::App& parent) {
    struct Options {
        std::vector<std::string> kinds;
        std::string around;
        std::size_t depth = 1;
    };
    auto options = std::make_shared<Options>();
    CLI::App* app =
        parent.add_subcommand("graph", "The entities and links as a graph (DOT, Mermaid)");
    app->add_option("-k,--kind", options->kinds, "Only entities of KIND (repeatable)")
        ->type_name("KIND")
        ->allow_extra_args(false);
    CLI::Option* around_option =
        app->add_option("--around", options->around, "Only the neighbourhood of this entity")
            ->type_name("ID");
    CLI::Option* depth_option =
        app->add_option("--depth", options->depth, "How many links from --around (default 1)")
            ->type_name("N")
            ->check(whole_number(100));
    app->footer(fmt::format("Formats: dot (default), mermaid, json, yaml.\n\n"
                            "With --around, links are followed through every kind; --kind "
                            "then keeps its kinds (none left: exit 1).\n\n"
                            "A graph holds at most {} entities and {} links; a larger one is "
                            "refused (exit 2).\n\n",
                            report::k_max_graph_nodes, report::k_max_graph_edges) +
                "Examples:\n"
                "  aistrat graph | dot -Tsvg > knowledge.svg\n"
                "  aistrat graph --kind opportunity --kind pillar --format mermaid\n"
                "  aistrat graph --around cybersecurity --depth 2 | dot -Tpng > cyber.png\n"
                "  aistrat graph --kind pillar --around china --depth 3");
    return {app, [options, depth_option, around_option](Context& ctx) {
                const auto format = ctx.format("graph");
                const auto& kb = ctx.knowledge();
                report::GraphOptions graph_options;
                for (const auto& kind : options->kinds)
                    graph_options.kinds.push_back(require_kind(kb, kind).name);
                // Sources are documents, cited rather than linked: left out unless asked for, or
                // but for a neighbourhood, which holds what is linked (and a source it is around).
                if (graph_options.kinds.empty() && around_option->count() == 0)
                    for (const auto& kind : kb.schema().kinds)
                        if (kind.name != kb.schema().citation_kind)
                            graph_options.kinds.push_back(kind.name);
                if (depth_option->count() > 0 && around_option->count() == 0)
                    throw Failure(ExitCode::Usage, "--depth needs --around ID");
                graph_options.depth = options->depth;
                // Given empty, --around names no entity (it drew the whole graph).
                if (around_option->count() > 0) {
                    graph_options.around = &require_entity(kb, nullptr, options->around);
                }
                const auto graph = report::build_graph(kb, graph_options);
                if (graph.nodes.size() > report::k_max_graph_nodes ||
                    graph.edges.size() > report::k_max_graph_edges)
                    throw Failure(
                        ExitCode::Usage,
                        fmt::format("the graph has {} entities and {} links, more than the {} and "
                                    "{} a graph draws; narrow it with --kind KIND or --around ID "
                                    "--depth N, or take the links from 'aistrat export --format "
                                    "json'",
                                    graph.nodes.size(), graph.edges.size(),
                                    report::k_max_graph_nodes, report::k_max_graph_edges));
                if (ctx.templated()) {
                    ctx.print({{}, report::graph_data(graph)}, format);
                } else {
                    switch (format) {
                    case Format::Mermaid:
                        ctx.print_text(render::render_mermaid(graph));
                        break;
                    case Format::Json:
                        ctx.print_text(render::render_json(report::graph_data(graph)));
                        break;
                    case Format::Yaml:
                        ctx.print_text(render::render_yaml(report::graph_data(graph)));
                        break;
                    default:
                        ctx.print_text(render::render_dot(graph));
                    }
                }
                // The empty graph is printed, for a pipeline; and said, as no result is.
                if (graph.nodes.empty() && graph_options.around != nullptr)
                    throw Failure(ExitCode::NotFound,
                                  fmt::format("no entity of the kinds kept is within {} {} of {} "
                                              "{}",
                                              graph_options.depth,
                                              graph_options.depth == 1 ? "link" : "links",
                                              graph_options.around->kind,
                                              graph_options.around->id));
                return ExitCode::Ok;
            }};
}

} // namespace aistrat::cli
