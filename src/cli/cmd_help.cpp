// `aistrat help [COMMAND [SUBCOMMAND]]`: the same as `aistrat COMMAND --help`.
#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "model/text.hpp"

#include <fmt/format.h>

namespace aistrat::cli {

Command add_help(CLI::App& parent) {
    auto names = std::make_shared<std::vector<std::string>>();
    CLI::App* app = parent.add_subcommand("help", "Show the help of aistrat or of a command");
    app->add_option("COMMAND", *names, "A command, and a report name after 'report'");
    app->footer("Examples:\n  aistrat help\n  aistrat help list\n  aistrat help report matrix");
    return {app, [names, &parent](Context&) {
                CLI::App* target = &parent;
                for (const auto& name : *names) {
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
                        if (const auto hint = model::did_you_mean(model::closest(name, choices));
                            !hint.empty())
                            message += "; " + hint;
                        else if (!choices.empty())
                            message += " (commands: " + model::join(choices, ", ") + ")";
                        throw Failure(ExitCode::Usage, message);
                    }
                    target = next;
                }
                write_stdout(target->help());
                return ExitCode::Ok;
            }};
}

} // namespace aistrat::cli
