// `aistrat ask "QUESTION"`: the statements that answer a question, with their sources; or,
// with `-`, one question a line from standard input.
#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "model/marks.hpp"
#include "model/text.hpp"
#include "query/ask.hpp"
#include "render/data_writer.hpp"
#include "report/query_documents.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <optional>
#include <string>
#include <utility>

namespace aistrat::cli {

namespace {

/// The longest line `ask -` reads as a question; the rest of a longer line is skipped (a
/// question has at most 64 words anyway).
constexpr std::size_t k_max_line = 64 * 1024;

/// Why `question` cannot be asked (no words, too many), or nothing.
std::optional<std::string> question_problem(const std::string& question) {
    const auto words = query::question_words(question);
    if (words.empty())
        return "the question has no words";
    if (words.size() > query::k_max_question_words)
        return fmt::format("a question may have at most {} words; this one has {}",
                           query::k_max_question_words, words.size());
    return std::nullopt;
}

/// Reads standard input a line at a time (lines end in LF, CR LF or a lone CR), bounded;
/// returns false at its end. `after_cr` carries from one line to the next whether the last
/// ended in CR.
bool read_line(std::string& line, bool& cut, bool& after_cr) {
    line.clear();
    cut = false;
    int c = 0;
    bool any = false;
    while ((c = std::getchar()) != EOF) {
        // The LF of a CR LF whose CR ended the line before. (Not read ahead at the CR: that
        // would hold the answer back until the next question came.)
        if (after_cr) {
            after_cr = false;
            if (c == '\n')
                continue;
        }
        any = true;
        if (c == '\n')
            break;
        if (c == '\r') {
            after_cr = true;
            break;
        }
        if (line.size() < k_max_line)
            line += static_cast<char>(c);
        else
            cut = true;
    }
    if (c == EOF && std::ferror(stdin) != 0)
        throw Failure(ExitCode::Io, "cannot read the questions from standard input");
    return any;
}

/// Whether `line` holds nothing to ask: blank, or a comment (its first non-blank is `#`).
bool skipped(const std::string& line) {
    const auto first = line.find_first_not_of(" \t");
    return first == std::string::npos || line[first] == '#';
}

/// `ask -`: every line of standard input that holds a question, answered in turn and printed
/// as it is answered (a heading and its answers in text and markdown, one JSON object a line:
/// JSON Lines), so that a long stream needs no more memory than one question.
ExitCode ask_each(Context& ctx, Format format, std::size_t limit) {
    if (ctx.templated() ||
        (format != Format::Text && format != Format::Markdown && format != Format::Json))
        throw Failure(ExitCode::Usage,
                      "'ask -' prints text, markdown or json (one object a line), and no template");
    const auto& kb = ctx.knowledge();
    const auto& index = ctx.search_index();
    const query::Lexicon lexicon(kb);
    bool every = true;
    bool first = true;
    std::string line;
    bool cut = false;
    bool after_cr = false;
    bool first_line = true;
    while (read_line(line, cut, after_cr)) {
        // A file saved with a byte-order mark starts with one: it is no part of the question.
        if (std::exchange(first_line, false) && line.starts_with("\xEF\xBB\xBF"))
            line.erase(0, 3);
        if (skipped(line))
            continue;
        model::replace_marks(line); // it is printed as the answer's heading
        std::optional<std::string> problem = question_problem(line);
        if (cut)
            problem = fmt::format("a line may be at most {} bytes long", k_max_line);
        std::optional<query::AskResult> result;
        if (!problem)
            result = query::ask(lexicon, kb, index, line, limit);
        every = every && result && result->answered;
        if (format == Format::Json) {
            nlohmann::ordered_json data =
                result ? report::ask_data(kb, index, line, *result)
                       : nlohmann::ordered_json{{"question", line}, {"error", *problem}};
            write_stdout(render::render_json(data, true));
            continue;
        }
        // Each question's part after a blank line, as the blocks of one document are.
        if (!first)
            write_stdout("\n");
        first = false;
        report::Document part;
        part.title = line;
        part.add(report::Heading{2, line});
        if (problem)
            part.add(report::Paragraph{"error: " + *problem});
        else
            for (auto& block : report::ask_document(kb, index, line, *result).blocks)
                part.blocks.push_back(std::move(block));
        ctx.print({std::move(part), {}}, format, false);
    }
    return every ? ExitCode::Ok : ExitCode::NotFound;
}

} // namespace

Command add_ask(CLI::App& parent) {
    struct Options {
        std::vector<std::string> words;
        std::size_t limit = 3;
    };
    auto options = std::make_shared<Options>();
    CLI::App* app =
        parent.add_subcommand("ask", "Answer a question in plain English, citing sources");
    app->add_option("QUESTION", options->words,
                    "The question, in quotes or not; - reads one a line from standard input")
        ->required();
    app->add_option("-n,--limit", options->limit, "At most N answers (0: all; default 3)")
        ->type_name("N")
        ->check(whole_count());
    app->footer(
        "Each answer is one statement of the knowledge (a field, a list item, a figure or a\n"
        "link) as it reads on its own, with its entity and the sources it rests on. A question\n"
        "that asks for a list (\"What are the pillars?\", \"What drives China's AI?\") gets the\n"
        "list whole as its first answer. A question that asks which source says something\n"
        "(\"What source says ...?\") gets first the sources its best answers cite; it is\n"
        "answered only when the answer cited speaks of every entity it names (not through\n"
        "a third), holds its numbers and ordinals and uses no word the knowledge lacks. An\n"
        "entity of a numbered kind is named by its number (the second pillar, pillar 2). A\n"
        "question has at most 64 words.\n\n"
        "ask declines, with exit code 1, when a name the question writes (a capitalised word\n"
        "such as Taiwan, or a country in any case: singapore), a year (2031) or a quantity\n"
        "stated with its currency, percent sign, decimals or magnitude (500 million, 4.5%)\n"
        "occurs nowhere in the knowledge (\"The knowledge says nothing about Taiwan.\"), or\n"
        "it names an entity by a number none of its kind has (opportunity 7, the fifth\n"
        "opportunity); when the best answer covers less than 0.4 of what the question asks\n"
        "(0.55 for a figure when it asks only for a number), each word weighted by how rare\n"
        "it is in the knowledge and a word it never uses weighing most; or when the\n"
        "question asks only for a number or a date (how many, when) and the\n"
        "best answer holds none (no digit, no year, or only in a name or an identifying\n"
        "number; for \"how many X\", one that does not name X or whose numbers are\n"
        "durations, shares or dates):\n"
        "\"Nothing in the knowledge answers this. Closest:\"; so too when it asks for the\n"
        "entities of a kind linked to one it names and none is, where a coverage relation\n"
        "joins the kinds (Which opportunities serve health?). It also declines when the\n"
        "question asks for a field by a phrase the schema gives it (\"who wrote\": a\n"
        "source's author) and no entity it could come from holds that field (\"The knowledge\n"
        "does not give the author of ...\"), and when it names a source after \"according\n"
        "to\" (or in \"What does SOURCE say ...\") that no good answer is cited to. JSON\n"
        "says `answered`, `unmatched`, `not_given` and each answer's `score` and\n"
        "`coverage`.\n\n"
        "With -, each line of standard input is a question (blank lines and lines starting\n"
        "with # are skipped), answered as it is read: text and markdown print each under a\n"
        "heading, json one object a line. A line with no words or too many gets an error in\n"
        "its place. Exits 0 when every question was answered, else 1.\n\n"
        "Examples:\n"
        "  aistrat ask \"How much could AI add to China's economy each year?\"\n"
        "  aistrat ask 'What are the pillars of the strategy?'\n"
        "  aistrat ask 'What does the PRC use AI for?' --limit 5 --format json\n"
        "  aistrat ask - --format json < questions.txt");
    return {app, [options](Context& ctx) {
                const auto format = ctx.format("ask");
                if (options->words.size() == 1 && options->words[0] == "-")
                    return ask_each(ctx, format, options->limit);
                std::string question = fmt::to_string(fmt::join(options->words, " "));
                model::replace_marks(question);
                if (const auto problem = question_problem(question))
                    throw Failure(ExitCode::Usage, *problem);
                const auto& kb = ctx.knowledge();
                const auto& index = ctx.search_index();
                const auto result = query::ask(kb, index, question, options->limit);
                ctx.print(ctx.needs_data(format)
                              ? Result{{}, report::ask_data(kb, index, question, result)}
                              : Result{report::ask_document(kb, index, question, result), {}},
                          format);
                return result.answered ? ExitCode::Ok : ExitCode::NotFound;
            }};
}

} // namespace aistrat::cli
