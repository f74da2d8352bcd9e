// `aistrat help [COMMAND [SUBCOMMAND]]`: the same as `aistrat COMMAND --help`.
#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "model/text.hpp"

#include <fmt/format.h>

namespace aistrat::cli {

std::string help_text(CLI::App& app, const std::vector<std::string>& names) {
    CLI::App* target = &app;
    std::string path; // "aistrat report", for the usage line
    for (const auto& name : names) {
        path += (path.empty() ? "" : " ") + target->get_name();
        std::vector<std::string> choices;
        CLI::App* next = nullptr;
        for (CLI::App* sub : target->get_subcommands({})) {
            if (sub->get_group().empty())
                continue;
            choices.push_back(sub->get_name());
            if (sub->get_name() == name)
                next = sub;
        }
        if (next == nullptr) {
            std::string message = fmt::format("no help for '{}'", name);
            if (const auto hint = model::did_you_mean(model::closest(name, choices)); !hint.empty())
                message += "; " + hint;
            else if (!choices.empty())
                message += " (commands: " + fmt::to_string(fmt::join(choices, ", ")) + ")";
            throw Failure(ExitCode::Usage, message);
        }
        target = next;
    }
    return target->help(path);
}

Command add_help(CLI::App& parent) {
    CLI::App* app = parent.add_subcommand("help", "Show the help of aistrat or of a command");
    app->footer("Examples:\n  aistrat help\n  aistrat help list\n  aistrat help report matrix");
    // The words after `help` are read by cli::run before CLI11 sees them.
    return {app, [&parent](Context&) {
                write_stdout(help_text(parent, {}));
                return ExitCode::Ok;
            }};
}

} // namespace aistrat::cli
