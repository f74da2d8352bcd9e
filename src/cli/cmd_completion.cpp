// `aistrat completion bash|zsh|fish` prints a completion script; the hidden
// `aistrat __complete -- WORD...` answers it with the candidates for the last word.
#include "cli/commands.hpp"
#include "cli/completion_scripts.hpp"
#include "cli/output.hpp"
#include "model/text.hpp"
#include "report/reports.hpp"

#include <fmt/format.h>

#include <set>

namespace aistrat::cli {

namespace {

const char* script_name(const std::string& shell) {
    if (shell == "bash")
        return "aistrat.bash";
    if (shell == "zsh")
        return "_aistrat";
    return "aistrat.fish";
}

/// The candidates for the last of `words`, given the ones before it.
std::vector<std::string> candidates(CLI::App& app, const std::vector<std::string>& words,
                                    const Environment& environment) {
    const std::string current = words.empty() ? std::string{} : words.back();
    const std::vector<std::string> before(words.begin(), words.end() - (words.empty() ? 0 : 1));
    const std::string previous = before.empty() ? std::string{} : before.back();

    // The command path (report matrix), the positionals after it, and the knowledge options.
    std::vector<std::string> path;
    std::vector<std::string> positionals;
    GlobalOptions options;
    for (std::size_t i = 0; i < before.size(); ++i) {
        const std::string& word = before[i];
        if (word.starts_with("-")) {
            if (word == "--no-builtin")
                options.no_builtin = true;
            if (word == "--no-cache")
                options.no_cache = true;
            if (word.starts_with("--kb=")) {
                options.kb_dirs.push_back(word.substr(5));
                continue;
            }
            if (takes_value(app, word) && i + 1 < before.size()) {
                if (word == "--kb")
                    options.kb_dirs.push_back(before[i + 1]);
                ++i;
            }
            continue;
        }
        CLI::App* parent = path.empty() ? &app : app.get_subcommand(path.front());
        if (path.size() == 2)
            parent = nullptr;
        CLI::App* sub = nullptr;
        if (parent != nullptr && positionals.empty())
            for (CLI::App* s : parent->get_subcommands({}))
                if (s->get_name() == word)
                    sub = s;
        if (sub != nullptr)
            path.push_back(word);
        else
            positionals.push_back(word);
    }
    const std::string command = path.empty() ? "" : path.front();
    const std::string sub = path.size() > 1 ? path[1] : "";

    // What the knowledge offers, if it loads.
    std::vector<std::string> kinds;
    const model::KnowledgeBase* kb = nullptr;
    Context ctx(options, environment);
    try {
        const auto& loaded = ctx.load();
        kb = &loaded.kb;
        kinds = kb->schema().kind_names();
    } catch (const std::exception&) {
    }
    const auto ids = [&](const std::string& kind_name) {
        std::vector<std::string> out;
        if (kb == nullptr)
            return out;
        const model::KindDef* kind =
            kind_name.empty() ? nullptr : kb->schema().find_kind(kind_name);
        for (const auto& e : kb->entities())
            if (kind == nullptr || e.kind == kind->name)
                out.push_back(e.id);
        return out;
    };

    if (previous == "--format" || previous == "-f") {
        std::vector<std::string> names;
        for (const Format format : formats_of(sub.empty() ? command : command + " " + sub))
            names.emplace_back(format_name(format));
        return names;
    }
    if (previous == "--color")
        return {"auto", "always", "never"};
    if (previous == "--citations")
        return {"numbered", "pandoc"};
    if ((previous == "--kind" || previous == "-k") && command == "report" && sub == "brief")
        return report::brief_section_kinds();
    if (previous == "--kind" || previous == "-k" || previous == "--rows" || previous == "--cols")
        return kinds;
    if (previous == "--around")
        return ids("");
    if (takes_value(app, previous))
        return {};
    if (current.starts_with("-")) {
        std::vector<std::string> out;
        const auto add = [&](const CLI::App& a) {
            for (const CLI::Option* o : a.get_options()) {
                for (const auto& name : o->get_lnames())
                    out.push_back("--" + name);
            }
        };
        add(app);
        if (!command.empty())
            add(*app.get_subcommand(command));
        if (!sub.empty())
            add(*app.get_subcommand(command)->get_subcommand(sub));
        return out;
    }
    if (command.empty()) {
        std::vector<std::string> out;
        for (const CLI::App* s : app.get_subcommands({}))
            if (!s->get_group().empty())
                out.push_back(s->get_name());
        return out;
    }
    if (command == "help") {
        std::vector<std::string> out;
        for (const CLI::App* s : app.get_subcommands({}))
            if (!s->get_group().empty())
                out.push_back(s->get_name());
        return positionals.empty() ? out : std::vector<std::string>{};
    }
    if (command == "completion")
        return positionals.empty() ? std::vector<std::string>{"bash", "zsh", "fish"}
                                   : std::vector<std::string>{};
    if (command == "list" || command == "new")
        return positionals.empty() ? kinds : std::vector<std::string>{};
    if (command == "show") {
        if (positionals.empty()) {
            auto out = kinds;
            for (const auto& id : ids(""))
                out.push_back(id);
            return out;
        }
        // More entities: of the kind given first, or any.
        if (kb != nullptr && kb->schema().find_kind(positionals[0]) != nullptr)
            return ids(positionals[0]);
        return ids("");
    }
    if (command == "export" && kb != nullptr)
        return ids(kb->schema().citation_kind);
    if (command == "quote" && kb != nullptr) {
        const std::string& citation_kind = kb->schema().citation_kind;
        if (positionals.empty())
            return ids(citation_kind);
        const model::Entity* source =
            positionals.size() == 1 ? kb->find(citation_kind, positionals[0]) : nullptr;
        if (source == nullptr)
            return {};
        // The parts its outline declares, as locators name them.
        std::vector<std::string> out{"whole page"};
        for (const auto& section : check::outline_of(*kb, *source).sections) {
            out.push_back(section.name);
            for (int n = 1; n <= std::min(section.paragraphs, 100); ++n)
                out.push_back(fmt::format("{}/{}", section.name, n));
        }
        return out;
    }
    if (command == "report") {
        if (sub == "compare" && positionals.size() < 2)
            return ids("");
        if (sub == "country" && positionals.empty())
            return ids("country");
        if (sub == "brief") {
            std::vector<std::string> out;
            for (const auto& kind : report::brief_section_kinds())
                for (auto& id : ids(kind))
                    out.push_back(std::move(id));
            return out;
        }
    }
    // A command with subcommands of its own (report, cache) offers them next.
    if (!command.empty() && sub.empty() && positionals.empty()) {
        std::vector<std::string> out;
        for (const CLI::App* s : app.get_subcommand(command)->get_subcommands({}))
            out.push_back(s->get_name());
        return out;
    }
    return {};
}

} // namespace

Command add_completion(CLI::App& parent) {
    auto shell = std::make_shared<std::string>();
    CLI::App* app = parent.add_subcommand("completion", "Print the shell completion script");
    app->add_option("SHELL", *shell, "bash, zsh or fish")
        ->required()
        ->check(CLI::IsMember({"bash", "zsh", "fish"}));
    app->footer("Examples:\n"
                "  source <(aistrat completion bash)\n"
                "  aistrat completion zsh > ~/.zfunc/_aistrat\n"
                "  aistrat completion fish > ~/.config/fish/completions/aistrat.fish");
    return {app, [shell](Context& ctx) {
                ctx.text_only("completion");
                for (const auto& file : completion_scripts())
                    if (file.path == script_name(*shell))
                        write_stdout(file.content);
                return ExitCode::Ok;
            }};
}

bool takes_value(CLI::App& app, const std::string& word) {
    if (!word.starts_with("-") || word == "-" || word == "--")
        return false;
    // A flag is an option that expects no value (its type size is still 1 in CLI11).
    if (const CLI::Option* option = app.get_option_no_throw(word))
        if (option->get_items_expected_min() > 0)
            return true;
    for (CLI::App* sub : app.get_subcommands({}))
        if (takes_value(*sub, word))
            return true;
    return false;
}

std::string complete(CLI::App& app, std::vector<std::string> args, const Environment& environment) {
    if (!args.empty() && args.front() == "--")
        args.erase(args.begin());
    if (args.empty())
        args.emplace_back();
    // A candidate is offered only as one can type it: one holding a control or format
    // character (an escape, a bidi override, a newline), or text that is not UTF-8, from a
    // knowledge folder's ids or a source's sections never reaches the terminal.
    std::string out;
    for (const auto& candidate : candidates(app, args, environment))
        if (model::istarts_with(candidate, args.back()) && model::is_plain_text(candidate))
            out += candidate + "\n";
    return out;
}

} // namespace aistrat::cli
