// What every command shares: the global options, the loaded knowledge, and the output
// of a result in the chosen format.
#pragma once

#include "cache/cache.hpp"
#include "cli/environment.hpp"
#include "load/kb_loader.hpp"
#include "report/document.hpp"
#include "search/search_index.hpp"

#include <nlohmann/json.hpp>

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace aistrat::cli {

enum class Format { Text, Markdown, Html, Csv, Json, Yaml, Dot, Mermaid, Bibtex, CslJson };

/// The formats `command` prints, its default first: the one table that the commands and the
/// shell completion both read. `command` as typed, with a report's name: "list", "report
/// gaps"; an unknown one (no command yet) gets every format.
const std::vector<Format>& formats_of(std::string_view command);

/// A format's name as --format takes it.
const char* format_name(Format format);

/// The global options, filled by CLI11.
struct GlobalOptions {
    std::string format;         ///< empty: the command's default
    std::string template_file;  ///< --template: a Mustache template over the data
    std::string color = "auto"; ///< --color: auto, always or never
    bool no_pager = false;
    std::vector<std::string> kb_dirs;
    bool no_builtin = false;
    bool no_cache = false;
    bool stated_only = false; ///< --stated-only: leave out what no source states
    /// --strict: errors in the user's own folder stop a command instead of leaving the
    /// files out; `check` also exits 3 on warnings.
    bool strict = false;
    bool version = false;
};

/// What a command produces: a document for people and data for programs.
struct Result {
    report::Document document;
    nlohmann::ordered_json data;
};

class Context {
public:
    Context(GlobalOptions& options, Environment environment)
        : m_options(options), m_env(std::move(environment)) {}
    ~Context();
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;

    /// The format `command` prints in (`formats_of`): `--format`, else its default; a Failure
    /// (usage) when the name is unknown or not one the command prints.
    Format format(std::string_view command) const;

    /// For a command that prints text of its own (a script, an entity template, a message):
    /// a Failure (usage) when --template, or a --format it does not print, was given.
    void text_only(std::string_view command) const;

    /// True when --template was given: output goes through it, whatever the format.
    bool templated() const { return !m_options.template_file.empty(); }
    /// Whether printing in `format` reads a Result's data (JSON, YAML, a template) or its
    /// document (the rest): a large result builds only the one it needs.
    bool needs_data(Format format) const {
        return templated() || format == Format::Json || format == Format::Yaml;
    }

    /// --strict: nothing in the knowledge is passed over.
    bool strict() const { return m_options.strict; }

    /// The environment variables, read when the program started.
    const Environment& environment() const { return m_env; }

    /// Where knowledge is looked for: the global options and the environment.
    load::SearchOptions search_options() const;
    /// The cache folder and version; no folder with --no-cache or AISTRAT_NO_CACHE.
    cache::Settings cache_settings() const;

    /// Loads the knowledge once, through the cache: folders that cannot be read are a
    /// Failure (I/O).
    const cache::Knowledge& load();
    /// The diagnostics of loading and of the cross-entity checks, sorted by position.
    const model::Diagnostics& diagnostics();
    /// The knowledge commands are served: load(), with the files of the user's own folder
    /// that have errors left out, each with a warning (unless --strict: that folder is looked
    /// for, not named, and should never take the rest of the knowledge down). It may still
    /// have errors elsewhere.
    const cache::Knowledge& served();
    /// The files served() left out, by the path diagnostics show.
    const std::vector<std::string>& left_out() const { return m_left_out; }
    /// The knowledge base; a Failure (invalid knowledge), after printing the diagnostics,
    /// when it has errors. Files of the user's own folder that have errors are left out
    /// instead, each with a warning, unless --strict: that folder is looked for, not named,
    /// and should never take the rest of the knowledge down.
    const model::KnowledgeBase& knowledge();
    /// The full-text index of the knowledge, built on first use.
    const search::SearchIndex& search_index();

    /// Prints `result` in `format` to standard output, or through the --template. Text goes
    /// through the pager when standard output is a terminal, unless `paged` is false (one
    /// part of an output printed as it comes, as `ask -` prints each answer).
    void print(const Result& result, Format format, bool paged = true) const;
    /// Prints text already rendered (a graph) to standard output.
    void print_text(const std::string& text) const;
    /// Prints every diagnostic of the load, then `more`, to standard error.
    void print_diagnostics(const model::Diagnostics& more = {}) const;
    /// Prints each of `warnings` to standard error, the ones already printed left out.
    void warn(const std::vector<std::string>& warnings);

private:
    GlobalOptions& m_options;
    Environment m_env;
    /// The user's own folder's files that have errors, left out of the knowledge; empty
    /// when the knowledge is served without it, or with --strict.
    std::vector<std::string> leave_out(const cache::Knowledge& knowledge) const;
    /// How many times served() leaves files out and loads again before it leaves out the
    /// user's whole folder.
    static constexpr std::size_t k_leave_out_rounds = 4;
    /// Files left out that get a warning line each; the rest are counted in one more.
    static constexpr std::size_t k_left_out_warnings = 20;

    std::unique_ptr<cache::Knowledge> m_load; ///< on the heap, where it stays to the end
    /// The loads served() replaced, kept: a command may still hold a reference.
    std::vector<std::unique_ptr<cache::Knowledge>> m_tried;
    std::vector<std::string> m_left_out;
    bool m_served = false;
    std::unique_ptr<search::SearchIndex> m_index;
    /// With --stated-only: the knowledge without what no source states (its index is built
    /// in memory, never cached).
    std::unique_ptr<model::KnowledgeBase> m_stated;
    std::set<std::string> m_warned; ///< each warning is printed once in a run
};

} // namespace aistrat::cli
