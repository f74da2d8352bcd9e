// `aistrat search QUERY`: entities ranked by relevance, with the matching statement.
#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "model/marks.hpp"
#include "model/text.hpp"
#include "query/search.hpp"
#include "report/query_documents.hpp"

#include <fmt/format.h>

namespace aistrat::cli {

Command add_search(CLI::App& parent) {
    struct Options {
        std::vector<std::string> words;
        std::string kind;
        std::size_t limit = 10;
    };
    auto options = std::make_shared<Options>();
    CLI::App* app = parent.add_subcommand("search", "Search the knowledge, best matches first");
    app->add_option("QUERY", options->words,
                    "Words (stemmed: education finds educational), \"a phrase\", prefix*, "
                    "AND, OR, NOT, -word (NOT word), (groups)")
        ->required();
    app->add_option("-k,--kind", options->kind, "Only entities of this kind")->type_name("KIND");
    app->add_option("-n,--limit", options->limit, "At most N hits (0: all; default 10)")
        ->type_name("N")
        ->check(whole_count());
    app->footer("Exits 1 when nothing matches, suggesting close words. A query has at most 64\n"
                "terms (each word of a phrase counts) standing for at most 256 words (a prefix*\n"
                "stands for every word of the knowledge that starts so), and its parentheses nest\n"
                "at most 16 deep.\n\n"
                "Examples:\n"
                "  aistrat search cybersecurity\n"
                "  aistrat search '\"smart cities\" OR mobility' --kind priority-area\n"
                "  aistrat search 'cyber* NOT china' --format json | jq '.hits[].id'");
    return {app, [options](Context& ctx) {
                const auto format = ctx.format("search");
                std::string text = fmt::to_string(fmt::join(options->words, " "));
                model::replace_marks(text); // it is printed back
                const auto& kb = ctx.knowledge();
                const auto& index = ctx.search_index();
                // One word past the limit: a prefix that stands for more words than a query
                // may hold is refused, never cut short to the first words it stands for.
                const auto parsed = query::parse_search_query(text, [&](std::string_view prefix) {
                    return index.words_starting(prefix, query::k_max_query_words + 1);
                });
                if (const auto* error = std::get_if<query::QueryError>(&parsed))
                    throw Failure(ExitCode::Usage, error->message + ":",
                                  caret_under(text, error->position));
                const model::KindDef* kind =
                    options->kind.empty() ? nullptr : &require_kind(kb, options->kind);
                const auto result = query::run_search(index, std::get<query::SearchQuery>(parsed),
                                                      kind, options->limit);
                if (result.hits.empty()) {
                    // Data and a template get the empty result, as ask's do: a script or a
                    // template can say "no results" or offer the suggestions itself.
                    if (ctx.needs_data(format))
                        ctx.print({{}, report::search_data(kb, index, text, result)}, format);
                    // CSV: the header row alone, as list prints it, which a program reads as
                    // a table without rows.
                    else if (format == Format::Csv)
                        ctx.print({report::search_document(kb, index, text, result), {}}, format);
                    std::string message = fmt::format("nothing matches '{}'", text);
                    if (kind != nullptr)
                        message += fmt::format(" among {}", kind->plural);
                    if (const auto hint = model::did_you_mean(result.suggestions); !hint.empty())
                        message += "; " + hint;
                    throw Failure(ExitCode::NotFound, message);
                }
                ctx.print(ctx.needs_data(format)
                              ? Result{{}, report::search_data(kb, index, text, result)}
                              : Result{report::search_document(kb, index, text, result), {}},
                          format);
                return ExitCode::Ok;
            }};
}

} // namespace aistrat::cli
