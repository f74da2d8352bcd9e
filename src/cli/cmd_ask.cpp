// `aistrat ask "QUESTION"`: the statements that answer a question, with their sources.
#include "cli/commands.hpp"
#include "model/text.hpp"
#include "query/ask.hpp"
#include "report/query_documents.hpp"

#include <fmt/format.h>

namespace aistrat::cli {

Command add_ask(CLI::App& parent) {
    struct Options {
        std::vector<std::string> words;
        std::size_t limit = 3;
    };
    auto options = std::make_shared<Options>();
    CLI::App* app =
        parent.add_subcommand("ask", "Answer a question in plain English, citing sources");
    app->add_option("QUESTION", options->words, "The question, in quotes or not")->required();
    app->add_option("-n,--limit", options->limit, "At most N answers (0: all; default 3)")
        ->type_name("N")
        ->check(whole_count());
    app->footer(
        "Each answer is one statement of the knowledge (a field, a list item, a figure or a\n"
        "link) with its entity and the source it comes from. Exits 1 when nothing answers.\n"
        "A question has at most 64 words.\n\n"
        "Examples:\n"
        "  aistrat ask \"How much could AI add to China's economy each year?\"\n"
        "  aistrat ask 'Who received a golden visa?'\n"
        "  aistrat ask 'What does the PRC use AI for?' --limit 5 --format json");
    return {app, [options](Context& ctx) {
                const auto format = ctx.format("ask");
                const std::string question = fmt::to_string(fmt::join(options->words, " "));
                const auto& kb = ctx.knowledge();
                const auto& index = ctx.search_index();
                const auto words = query::question_words(question);
                if (words.empty())
                    throw Failure(ExitCode::Usage, "the question has no words");
                if (words.size() > query::k_max_question_words)
                    throw Failure(
                        ExitCode::Usage,
                        fmt::format("a question may have at most {} words; this one has {}",
                                    query::k_max_question_words, words.size()));
                const auto result = query::ask(kb, index, question, options->limit);
                if (result.answers.empty()) {
                    if (format == Format::Json || format == Format::Yaml)
                        ctx.print({{}, report::ask_data(kb, index, question, result)}, format);
                    throw Failure(ExitCode::NotFound,
                                  fmt::format("nothing in the knowledge answers '{}'", question));
                }
                ctx.print(ctx.needs_data(format)
                              ? Result{{}, report::ask_data(kb, index, question, result)}
                              : Result{report::ask_document(kb, index, result), {}},
                          format);
                return ExitCode::Ok;
            }};
}

} // namespace aistrat::cli
