// `aistrat new KIND ID` prints a template entity; `aistrat init DIR` makes a knowledge folder
// with a README and one example of each kind. Both check clean as they are.
#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "model/text.hpp"
#include "report/scaffold.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace aistrat::cli {

namespace {

void write_file(const std::filesystem::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    out.close();
    if (!out)
        throw Failure(ExitCode::Io,
                      fmt::format("cannot write {}: {}", path.string(), std::strerror(errno)));
}

} // namespace

Command add_new(CLI::App& parent) {
    auto kind = std::make_shared<std::string>();
    auto id = std::make_shared<std::string>();
    CLI::App* app = parent.add_subcommand("new", "Print a template entity of a kind, to fill in");
    app->add_option("KIND", *kind, "The kind")->required();
    app->add_option("ID", *id, "Its id: lower-case kebab-case")->required();
    app->footer(
        "Examples:\n"
        "  aistrat new opportunity my-idea > ~/.local/share/aistrat/knowledge/my-idea.yaml\n"
        "  aistrat new country vietnam");
    return {app, [kind, id](Context& ctx) {
                const auto& kb = ctx.knowledge();
                const model::KindDef& def = require_kind(kb, *kind);
                if (!model::is_kebab_case(*id))
                    throw Failure(
                        ExitCode::Usage,
                        fmt::format(
                            "id '{}' must be lower-case kebab-case (a-z, 0-9 and single hyphens)",
                            *id));
                if (kb.find(def.name, *id) != nullptr)
                    throw Failure(ExitCode::Usage,
                                  fmt::format("{} '{}' exists already", def.name, *id));
                write_stdout(report::entity_template(kb, def, *id));
                return ExitCode::Ok;
            }};
}

Command add_init(CLI::App& parent) {
    auto dir = std::make_shared<std::string>();
    CLI::App* app =
        parent.add_subcommand("init", "Make a knowledge folder with an example of each kind");
    app->add_option("DIR", *dir, "The folder to make (it must not hold YAML files yet)")
        ->required();
    app->footer("Examples:\n  aistrat init my-knowledge && aistrat check --kb my-knowledge");
    return {
        app, [dir](Context& ctx) {
            namespace fs = std::filesystem;
            const auto& kb = ctx.knowledge();
            std::error_code ec;
            if (fs::exists(*dir, ec) && !fs::is_directory(*dir, ec))
                throw Failure(ExitCode::Usage, fmt::format("{} exists and is not a folder", *dir));
            if (fs::is_directory(*dir, ec))
                for (const auto& entry : fs::recursive_directory_iterator(*dir, ec))
                    if (entry.path().extension() == ".yaml" || entry.path().extension() == ".yml")
                        throw Failure(
                            ExitCode::Usage,
                            fmt::format("{} holds YAML files already; init makes a new folder",
                                        *dir));
            fs::create_directories(*dir, ec);
            if (ec)
                throw Failure(ExitCode::Io, fmt::format("cannot make {}: {}", *dir, ec.message()));
            write_file(fs::path(*dir) / "README.md", report::folder_readme());
            std::string made;
            for (const auto& kind : kb.schema().kinds) {
                std::string id = "example-" + kind.name;
                if (kb.find(kind.name, id) != nullptr)
                    id = "my-example-" + kind.name;
                write_file(fs::path(*dir) / (id + ".yaml"), report::entity_template(kb, kind, id));
                made += fmt::format("  {}/{}.yaml\n", *dir, id);
            }
            write_stdout(
                fmt::format("made {} with a README and one example entity of each kind:\n{}"
                            "check it with: aistrat check --kb {}\n",
                            *dir, made, *dir));
            return ExitCode::Ok;
        }};
}

} // namespace aistrat::cli
