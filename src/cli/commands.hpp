// One function per command (one file each): each adds its subcommand to the app and
// returns what runs it once the command line is parsed.
#pragma once

#include "check/source_text.hpp"
#include "cli/context.hpp"
#include "cli/exit_codes.hpp"

#include <CLI/CLI.hpp>

#include <functional>

namespace aistrat::cli {

struct Command {
    CLI::App* app = nullptr;
    std::function<ExitCode(Context&)> run;
};

Command add_list(CLI::App& parent);
Command add_show(CLI::App& parent);
Command add_search(CLI::App& parent);
Command add_ask(CLI::App& parent);
Command add_report(CLI::App& parent);
Command add_graph(CLI::App& parent);
Command add_help(CLI::App& parent);
Command add_paths(CLI::App& parent);
Command add_new(CLI::App& parent);
Command add_init(CLI::App& parent);
Command add_completion(CLI::App& parent);
/// True when `word` is an option (`--format`, `-f`) that takes a value, of `app` or of any of
/// its commands: what a scan of argv skips, as CLI11 knows it.
bool takes_value(CLI::App& app, const std::string& word);
/// The candidates for the last of `words` (after `aistrat __complete --`), one a line; the
/// knowledge they name is found as `environment` says.
std::string complete(CLI::App& app, std::vector<std::string> words, const Environment& environment);
/// `aistrat help [COMMAND...]`: the help text, or a usage Failure for an unknown name.
std::string help_text(CLI::App& app, const std::vector<std::string>& names);
Command add_check(CLI::App& parent);
Command add_kinds(CLI::App& parent);
Command add_export(CLI::App& parent);
Command add_cache(CLI::App& parent);
Command add_quote(CLI::App& parent);

/// The plain-text copy of `source` at `path`, divided as its outline declares; a Failure (I/O)
/// when it cannot be read or divided so.
check::SourceText read_source_text(const model::KnowledgeBase& kb, const model::Entity& source,
                                   const std::string& path);

/// The check of a count option (`--limit`): a whole number from 0 to 999,999,999, said so
/// plainly when it is not (CLI11's own range check printed a 309-digit bound).
CLI::Validator whole_count();
/// The check of a whole-number option from 0 to `max` (`--depth`), said as plainly.
CLI::Validator whole_number(std::size_t max);

/// The entity `name` names among `kind` (every kind when null); a Failure (not found)
/// listing the candidates when several match, or the closest names when none does.
const model::Entity& require_entity(const model::KnowledgeBase& kb, const model::KindDef* kind,
                                    const std::string& name);

/// The kind `name` names; a Failure (usage) naming the kinds and the closest ones if none.
const model::KindDef& require_kind(const model::KnowledgeBase& kb, const std::string& name);

} // namespace aistrat::cli
