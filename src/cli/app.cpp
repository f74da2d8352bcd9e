// CLI11 wiring of the global options and the commands, and the single error boundary.
#include "cli/app.hpp"

#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "model/text.hpp"
#include "render/display_width.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <optional>
#include <string>

namespace aistrat::cli {

namespace {

constexpr const char* k_description =
    "aistrat: look up, connect and report on national AI strategy and AI partnership.\n"
    "The built-in knowledge encodes an article on Indonesia's National AI Strategy (2020),\n"
    "the AI profiles of China and Indonesia, and four partnership opportunities.";

constexpr const char* k_footer =
    "Examples:\n"
    "  aistrat list opportunities          the four partnership opportunities\n"
    "  aistrat show pillar education       a pillar and the opportunities that support it\n"
    "  aistrat show opportunity 3          an opportunity by its number in the article\n"
    "  aistrat search cybersecurity        entities ranked by relevance\n"
    "  aistrat ask \"Who received Indonesia's first golden visa?\"\n"
    "  aistrat list opportunities --where pillar=education\n"
    "  aistrat list pillars --format markdown\n"
    "  aistrat check --kb ~/my-knowledge   validate your own knowledge folder\n"
    "\n"
    "Exit codes: 0 ok, 1 not found, 2 usage error, 3 invalid knowledge base, 4 I/O error,\n"
    "70 internal error.\n"
    "Run 'aistrat COMMAND --help' for a command's options; 'man aistrat' for everything.";

/// "aistrat: error: MESSAGE" on one line, then the lines of `detail`; nothing a user typed
/// can start a line of its own or reach the terminal as a control character.
void print_error(const std::string& message, const std::string& detail = {}) {
    std::string out = "aistrat: error: " + render::clip_line(render::sanitize_line(message)) + "\n";
    for (std::size_t start = 0; start < detail.size();) {
        std::size_t end = detail.find('\n', start);
        if (end == std::string::npos)
            end = detail.size();
        out += render::clip_line(
                   render::sanitize_line(std::string_view{detail}.substr(start, end - start))) +
               "\n";
        start = end + 1;
    }
    write_stderr(out);
}

std::string version_text(Context& ctx) {
    std::string out = fmt::format("aistrat {}\n", AISTRAT_VERSION);
    try {
        // As the commands see it: the user's files with errors left out, with a warning.
        const auto& loaded = ctx.served();
        const auto errors =
            std::count_if(loaded.diagnostics.begin(), loaded.diagnostics.end(),
                          [](const auto& d) { return d.severity == model::Severity::Error; });
        std::vector<std::string> folders;
        for (const auto& folder : loaded.kb.folders())
            folders.push_back(render::sanitize_line(folder.name));
        out += fmt::format("knowledge: {} entities from {} ({}), content hash {:016x}",
                           loaded.kb.entities().size(), fmt::to_string(fmt::join(folders, ", ")),
                           folders.size() == 1 ? "1 folder"
                                               : fmt::format("{} folders", folders.size()),
                           loaded.content_hash);
        if (errors > 0)
            out += fmt::format(", INVALID: {} errors (run 'aistrat check')", errors);
        out += "\n";
    } catch (const Failure& failure) {
        out += fmt::format("knowledge: {}\n", render::sanitize_line(failure.what()));
    }
    return out;
}

/// The option names `app` and its subcommands accept (`--format`, `-f`, ...).
std::vector<std::string> option_names(const CLI::App& app) {
    std::vector<std::string> out;
    for (const CLI::Option* option : app.get_options()) {
        for (const auto& name : option->get_lnames())
            out.push_back("--" + name);
        for (const auto& name : option->get_snames())
            out.push_back("-" + name);
    }
    for (const CLI::App* sub : app.get_subcommands({}))
        for (const auto& name : option_names(*sub))
            if (std::find(out.begin(), out.end(), name) == out.end())
                out.push_back(name);
    return out;
}

std::string long_name(CLI::App& app, const std::string& word);

/// Whether `value`, after the option `before`, is a descending order (`--sort -title`): the one
/// value that may start with '-' as it is, unless it is an option's name (`--sort -f json`).
bool descending_sort(CLI::App& app, const std::vector<std::string>& known,
                     const std::string& before, const std::string& value) {
    return long_name(app, before) == "--sort" &&
           std::find(known.begin(), known.end(), value.substr(0, value.find('='))) == known.end();
}

/// The first argument that looks like an option but is none of `known`; empty if none.
std::string unknown_option(CLI::App& app, int argc, char** argv,
                           const std::vector<std::string>& known) {
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--")
            break;
        if (!arg.starts_with("-") || arg == "-")
            continue;
        if (i > 1 && descending_sort(app, known, argv[i - 1], arg))
            continue;
        arg = arg.substr(0, arg.find('='));
        if (std::find(known.begin(), known.end(), arg) == known.end())
            return arg;
    }
    return {};
}

/// CLI11's own messages in the words and case of aistrat's.
std::string plain_message(std::string message) {
    constexpr std::string_view k_extra = "The following argument was not expected: ";
    constexpr std::string_view k_extras = "The following arguments were not expected: ";
    constexpr std::string_view k_convert = "Could not convert: ";
    if (message.starts_with(k_extra))
        return fmt::format("unexpected argument '{}'", message.substr(k_extra.size()));
    if (message.starts_with(k_extras))
        return fmt::format("unexpected arguments: {}", message.substr(k_extras.size()));
    // An option given twice that takes one value: "--limit: At Most 1 required but received
    // 2".
    constexpr std::string_view k_at_most = ": At Most 1 required but received ";
    if (const auto at = message.find(k_at_most); at != std::string::npos)
        return fmt::format("{} is given {} times; give it once", message.substr(0, at),
                           message.substr(at + k_at_most.size()));
    // A flag given a value it cannot take: "Could not convert: --no-cache = x".
    if (message.starts_with(k_convert)) {
        const std::string rest = message.substr(k_convert.size());
        if (const auto eq = rest.find(" = "); eq != std::string::npos)
            return fmt::format("{} takes no value such as '{}'", rest.substr(0, eq),
                               rest.substr(eq + 3));
    }
    return message;
}

/// The argument just before the first one that is exactly `word` (or `word=...`); empty
/// when there is none.
std::string word_before(int argc, char** argv, const std::string& word) {
    for (int i = 2; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == word || arg.starts_with(word + "="))
            return argv[i - 1];
    }
    return {};
}

/// The long name of the option `word` names (`-n` -> `--limit`), in whichever command has
/// it; `word` itself when it has none.
std::string long_name(CLI::App& app, const std::string& word) {
    if (const CLI::Option* option = app.get_option_no_throw(word); option != nullptr) {
        const auto& names = option->get_lnames();
        return names.empty() ? word : "--" + names.front();
    }
    for (CLI::App* sub : app.get_subcommands({}))
        if (const std::string name = long_name(*sub, word); name != word)
            return name;
    return word;
}

/// For a command with subcommands (`report`), a message naming the word after it that is
/// none of them, with the closest; empty when there is no such word.
std::string unknown_subcommand(CLI::App& app, const std::vector<Command>& commands, int argc,
                               char** argv) {
    for (const auto& command : commands) {
        const auto subs = command.app->get_subcommands({});
        if (!command.app->parsed() || subs.empty())
            continue;
        std::vector<std::string> names;
        for (const auto* sub : subs)
            names.push_back(sub->get_name());
        bool after = false;
        for (int i = 1; i < argc; ++i) {
            const std::string arg = argv[i];
            if (arg == command.app->get_name()) {
                after = true;
                continue;
            }
            // An option's value (`report -f json`) is no report's name.
            if (takes_value(app, arg)) {
                ++i;
                continue;
            }
            if (!after || arg.starts_with("-"))
                continue;
            if (std::find(names.begin(), names.end(), arg) != names.end())
                return {};
            std::string message = fmt::format("unknown {} '{}'", command.app->get_name(), arg);
            const auto hint = model::did_you_mean(model::closest(arg, names));
            return message + (hint.empty() ? " (" + fmt::to_string(fmt::join(names, ", ")) + ")"
                                           : "; " + hint);
        }
        return fmt::format("'{}' needs one of: {}", command.app->get_name(),
                           fmt::to_string(fmt::join(names, ", ")));
    }
    return {};
}

/// The first word on the command line that is not an option or an option's value.
std::string first_word(CLI::App& app, int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (takes_value(app, arg)) {
            ++i;
            continue;
        }
        if (!arg.starts_with("-"))
            return arg;
    }
    return {};
}

} // namespace

namespace {

/// Adds to the help of `command` (named `name`, as "report brief") the global options, which
/// CLI11 shows only in aistrat's own help, with the formats this command prints.
void add_global_options(CLI::App& command, const std::string& name) {
    std::vector<std::string> formats;
    bool data = false; // a template reads the JSON data
    for (const Format f : formats_of(name)) {
        formats.emplace_back(format_name(f));
        data = data || f == Format::Json;
    }
    std::string footer = command.get_footer();
    if (!footer.empty())
        footer += "\n\n";
    footer += fmt::format(
        "Global options (before or after the command):\n"
        "  -f,--format FORMAT          {}{}\n"
        "{}"
        "  --kb DIR                    Also load the knowledge folder DIR (repeatable)\n"
        "  --no-builtin                Leave out the built-in entities (its schema stays)\n"
        "  --no-cache                  Load every file, leaving the cache alone\n"
        "  --stated-only               Leave out what no source states\n"
        "  --strict                    {}\n"
        "  --color WHEN                auto, always or never\n"
        "  --no-pager                  Never page long output on a terminal",
        fmt::join(formats, ", "), formats.size() > 1 ? " (the first is the default)" : "",
        data ? "  --template FILE             Print through a Mustache template over the JSON "
               "data\n"
             : "",
        name == "check" ? "Exit 3 on warnings as well as errors"
                        : "Exit 3 on errors in your own folder instead of leaving its files out");
    command.footer(footer);
}

/// The command that was parsed, with its subcommand ("report brief"); empty when none was.
std::string parsed_command(const std::vector<Command>& commands) {
    for (const auto& c : commands) {
        if (!c.app->parsed())
            continue;
        std::string name = c.app->get_name();
        for (const CLI::App* sub : c.app->get_subcommands())
            name += " " + sub->get_name();
        return name;
    }
    return {};
}

/// The options every command takes, into `options`.
void add_app_options(CLI::App& app, GlobalOptions& options) {
    app.add_option("-f,--format", options.format,
                   "Output format: text (default), markdown, html, csv, json, yaml; dot, mermaid "
                   "for graph; bibtex, csl-json for export")
        ->type_name("FORMAT")
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
    app.add_option("--template", options.template_file,
                   "Print through a Mustache template over the JSON data (list, show, search, "
                   "ask, report, graph)")
        ->type_name("FILE");
    app.add_option("--kb", options.kb_dirs, "Also load the knowledge folder DIR (repeatable)")
        ->type_name("DIR")
        ->allow_extra_args(false);
    app.add_option("--color", options.color,
                   "Colour: auto (on a terminal, unless NO_COLOR), always or never")
        ->type_name("WHEN")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
    app.add_flag("--no-pager", options.no_pager, "Never page long output on a terminal");
    app.add_flag("--no-builtin", options.no_builtin,
                 "Leave out the built-in entities (its schema stays)");
    app.add_flag("--no-cache", options.no_cache,
                 "Load every file, leaving the cache alone (also AISTRAT_NO_CACHE=1)");
    app.add_flag("--stated-only", options.stated_only,
                 "Leave out every value and link no source states (implied ones, our readings)");
    app.add_flag("--strict", options.strict,
                 "Errors in your own knowledge folder stop the command instead of leaving "
                 "those files out; check: warnings count as errors too");
    app.add_flag("-V,--version", options.version,
                 "Print the version and the loaded knowledge's identity");
    app.footer(k_footer);
}

/// Every command, each with the global options that apply to it; and the hidden
/// `__complete`.
std::vector<Command> add_commands(CLI::App& app) {
    std::vector<Command> commands{
        add_list(app),   add_show(app),   add_search(app), add_ask(app),
        add_report(app), add_graph(app),  add_check(app),  add_quote(app),
        add_kinds(app),  add_export(app), add_paths(app),  add_cache(app),
        add_init(app),   add_new(app),    add_help(app),   add_completion(app)};
    for (const auto& command : commands) {
        const std::string& name = command.app->get_name();
        if (name == "help" || name == "completion")
            continue; // text only, and the knowledge plays no part
        const auto subcommands = command.app->get_subcommands({});
        add_global_options(*command.app, name);
        for (CLI::App* sub : subcommands)
            add_global_options(*sub, command.app->get_name() + " " + sub->get_name());
    }
    CLI::App* complete_app = app.add_subcommand("__complete", "");
    complete_app->group(""); // hidden: the completion scripts call it
    return commands;
}

std::string unknown_option_message(CLI::App& app, int argc, char** argv, const std::string& option,
                                   const std::vector<std::string>& known);

/// The words of a command line that asks for help (`help WORDS` or `COMMAND --help`), its
/// options checked as the command would check them: an unknown option or colour is a usage
/// error, and a format or template is kept in `options`, so that `Context::text_only` refuses
/// it (help is text only) whichever way help was asked for.
std::vector<std::string> help_words(CLI::App& app, int argc, char** argv, GlobalOptions& options) {
    std::vector<std::string> words;
    const auto known = option_names(app);
    bool before_dashes = true; // after '--', every argument is a word
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (before_dashes && arg == "--") {
            before_dashes = false;
            continue;
        }
        if (!before_dashes || !arg.starts_with("-") || arg == "-") {
            words.push_back(arg);
            continue;
        }
        // A short option may have its value joined to it (-n5, -fjson).
        const std::string name =
            arg.starts_with("--") ? arg.substr(0, arg.find('=')) : arg.substr(0, 2);
        if (std::find(known.begin(), known.end(), name) == known.end())
            throw Failure(ExitCode::Usage, unknown_option_message(app, argc, argv, name, known));
        if (name == "--color") {
            const std::string when = arg.size() > name.size()
                                         ? arg.substr(name.size() + 1)
                                         : (i + 1 < argc ? std::string(argv[i + 1]) : "");
            if (when != "auto" && when != "always" && when != "never")
                throw Failure(ExitCode::Usage,
                              fmt::format("--color: {} not in {{auto,always,never}}",
                                          render::sanitize_line(when)));
        }
        std::optional<std::string> format;
        if (arg == "-f" || arg == "--format")
            format = i + 1 < argc ? std::string(argv[i + 1]) : std::string();
        else if (arg.starts_with("--format="))
            format = arg.substr(9);
        else if (arg.starts_with("-f") && !arg.starts_with("-f="))
            format = arg.substr(2);
        if (format && format->empty())
            throw Failure(ExitCode::Usage, "--format needs a value; '' is none");
        if (format)
            options.format = *format;
        // Refused by text_only (help is text), but seen: it would be lost among the words.
        if (arg == "--template")
            options.template_file = i + 1 < argc ? std::string(argv[i + 1]) : std::string("-");
        else if (arg.starts_with("--template="))
            options.template_file = arg.size() > 11 ? arg.substr(11) : std::string("-");
        if (takes_value(app, arg))
            ++i;
    }
    return words;
}

/// `help WORDS`: the help of the commands named after `help`, wherever the global options
/// stand.
void run_help(CLI::App& app, int argc, char** argv, GlobalOptions& options, Context& ctx) {
    const auto words = help_words(app, argc, argv, options);
    const auto help = std::find(words.begin(), words.end(), "help");
    const std::vector<std::string> names(help == words.end() ? words.end() : help + 1, words.end());
    ctx.text_only("help");
    write_stdout(help_text(app, names));
}

/// What to say when the word after option `before`, which takes a value, starts with '-'.
std::string dash_value_message(CLI::App& app, const std::string& before, const std::string& value) {
    const std::string name = long_name(app, before);
    const bool negative_count = (name == "--limit" || name == "--depth") && value.size() > 1 &&
                                value.find_first_not_of("0123456789", 1) == std::string::npos;
    return negative_count
               ? fmt::format("{} takes a whole number from 0 up, and {} is negative", name, value)
               : fmt::format("{} needs a value, and '{}' is read as an option; to give "
                             "it as the value, write {}={}",
                             before, value, name, value);
}

/// '--kb=' with nothing after the '=': CLI11 would take the next word (the command) as the
/// value.
void refuse_empty_values(CLI::App& app, int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--")
            break;
        if (arg.size() > 3 && arg.starts_with("--") && arg.ends_with("=") &&
            takes_value(app, arg.substr(0, arg.size() - 1)))
            throw Failure(ExitCode::Usage, fmt::format("{} has no value after the '='",
                                                       arg.substr(0, arg.size() - 1)));
    }
}

/// A word that starts with '-' after an option that takes a value, which the man page says is
/// read as an option (CLI11 takes `--kb -notes` silently, and `--kb -f json` as the folder
/// '-f' and a stray 'json'): what to say of the first, or nothing.
std::optional<std::string> dash_value(CLI::App& app, int argc, char** argv) {
    const auto known = option_names(app);
    for (int i = 1; i + 1 < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--")
            break;
        if (!takes_value(app, arg))
            continue;
        const std::string value = argv[i + 1];
        if (value.size() > 1 && value.starts_with('-') && !descending_sort(app, known, arg, value))
            return dash_value_message(app, arg, value);
        ++i; // the value, whatever it holds
    }
    return std::nullopt;
}

/// What to say about option `option`, which CLI11 did not know.
std::string unknown_option_message(CLI::App& app, int argc, char** argv, const std::string& option,
                                   const std::vector<std::string>& known) {
    const std::string word = first_word(app, argc, argv);
    std::string message = fmt::format("unknown option '{}'", option);
    if (const std::string before = word_before(argc, argv, option); takes_value(app, before))
        return dash_value_message(app, before, option); // `--limit -1`
    if ((word == "search" || word == "ask") && !option.starts_with("--") && option.size() > 2) {
        // `search china -data`: the query's -word is read as an option (short options are one
        // letter).
        return message + fmt::format("; a word that starts with '-' reads as an option: write "
                                     "the whole {} in one pair of quotes ('... {}'), or after --",
                                     word == "ask" ? "question" : "query", option);
    }
    if (const auto hint = model::did_you_mean(model::closest(option, known)); !hint.empty())
        message += "; " + hint;
    return message;
}

/// What to say about a command line CLI11 could not parse (`error`): the unknown option,
/// subcommand or command, with did-you-mean, else CLI11's own words.
std::string parse_error_message(CLI::App& app, const std::vector<Command>& commands, int argc,
                                char** argv, const CLI::ParseError& error) {
    const auto known = option_names(app);
    if (const std::string option = unknown_option(app, argc, argv, known); !option.empty())
        return unknown_option_message(app, argc, argv, option, known);
    if (const auto unknown = unknown_subcommand(app, commands, argc, argv); !unknown.empty())
        return unknown;
    const bool any_command = std::any_of(commands.begin(), commands.end(),
                                         [](const Command& c) { return c.app->parsed(); });
    const std::string word = first_word(app, argc, argv);
    if (any_command || word.empty())
        return plain_message(error.what());
    std::vector<std::string> names;
    for (const auto& command : commands)
        names.push_back(command.app->get_name());
    std::string message = fmt::format("unknown command '{}'", word);
    if (const auto hint = model::did_you_mean(model::closest(word, names)); !hint.empty())
        return message + "; " + hint;
    return message + " (commands: " + fmt::to_string(fmt::join(names, ", ")) + ")";
}

/// Points at the help of the command that was parsed, or of aistrat.
void point_at_help(const std::vector<Command>& commands) {
    const std::string command = parsed_command(commands);
    write_stderr(
        fmt::format("Run 'aistrat {}{}--help' for usage.\n", command, command.empty() ? "" : " "));
}

/// Parses the command line and runs what it asks for; throws Failure for what the user can
/// get wrong.
int parse_and_run(CLI::App& app, const std::vector<Command>& commands, int argc, char** argv,
                  GlobalOptions& options, Context& ctx) {
    // `help WORDS` and `__complete WORDS` take the words as they are, not as commands.
    if (argc >= 2 && std::string_view(argv[1]) == "__complete") {
        write_stdout(
            complete(app, std::vector<std::string>(argv + 2, argv + argc), ctx.environment()));
        return 0;
    }
    // Anywhere else, the words after it would run as a command.
    if (first_word(app, argc, argv) == "__complete")
        throw Failure(ExitCode::Usage,
                      "__complete is for the completion scripts and comes first, with the "
                      "options among the words it completes: aistrat __complete -- WORD...");
    if (first_word(app, argc, argv) == "help") {
        run_help(app, argc, argv, options, ctx);
        return 0;
    }
    refuse_empty_values(app, argc, argv);
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        help_words(app, argc, argv, options); // as `help COMMAND` checks them
        ctx.text_only("help");
        write_stdout(app.help());
        return 0;
    } catch (const CLI::CallForAllHelp&) {
        help_words(app, argc, argv, options);
        ctx.text_only("help");
        write_stdout(app.help("", CLI::AppFormatMode::All));
        return 0;
    } catch (const CLI::ParseError& e) {
        print_error(dash_value(app, argc, argv)
                        .value_or(parse_error_message(app, commands, argc, argv, e)));
        point_at_help(commands);
        return static_cast<int>(ExitCode::Usage);
    }
    if (auto message = dash_value(app, argc, argv))
        throw Failure(ExitCode::Usage, std::move(*message));
    // An empty format or template is a mistake (a variable that was not set), not the
    // default.
    for (const auto& [name, value] :
         {std::pair{"--format", &options.format}, std::pair{"--template", &options.template_file}})
        if (app.get_option(name)->count() > 0 && value->empty())
            throw Failure(ExitCode::Usage, fmt::format("{} needs a value; '' is none", name));
    if (options.version) {
        ctx.text_only("help");
        write_stdout(version_text(ctx));
        return 0;
    }
    for (const auto& command : commands)
        if (command.app->parsed())
            return static_cast<int>(command.run(ctx));
    write_stdout(app.help());
    return 0;
}

int run_command(int argc, char** argv) {
    // A file-size limit (ulimit -f) makes a write fail with EFBIG, reported as an I/O error
    // (exit 4), instead of killing the process half-way through.
    std::signal(SIGXFSZ, SIG_IGN);
    GlobalOptions options;
    CLI::App app{k_description, "aistrat"};
    app.fallthrough();
    // One command a run: without the bound, CLI11 read a second command among the words of the
    // first (`completion bash init DIR` made DIR).
    app.require_subcommand(0, 1);
    add_app_options(app, options);
    const std::vector<Command> commands = add_commands(app);
    Context ctx(options, Environment::read());
    try {
        return parse_and_run(app, commands, argc, argv, options, ctx);
    } catch (const BrokenPipe&) {
        return 0;
    } catch (const Failure& failure) {
        print_error(failure.what(), failure.detail());
        if (failure.code() == ExitCode::Usage)
            point_at_help(commands);
        return static_cast<int>(failure.code());
    } catch (const std::bad_alloc&) {
        print_error("out of memory");
        return static_cast<int>(ExitCode::Internal);
    } catch (const std::exception& e) {
        print_error(fmt::format("internal error (please report it): {}", e.what()));
        return static_cast<int>(ExitCode::Internal);
    } catch (...) {
        print_error("internal error (please report it)");
        return static_cast<int>(ExitCode::Internal);
    }
}

} // namespace

int run(int argc, char** argv) {
    std::signal(SIGPIPE, SIG_IGN);
    const int code = run_command(argc, argv);
    // What goes to standard error (diagnostics, warnings) is output too: a run that could not
    // write it lost it, and says so by its status where it would have said success.
    if (code == static_cast<int>(ExitCode::Ok) && stderr_lost())
        return static_cast<int>(ExitCode::Io);
    return code;
}

} // namespace aistrat::cli
