// Loading, format selection and printing shared by the commands.
#include "cli/context.hpp"

#include "check/checker.hpp"
#include "cli/exit_codes.hpp"
#include "cli/output.hpp"
#include "model/text.hpp"
#include "render/csv_renderer.hpp"
#include "render/data_writer.hpp"
#include "render/display_width.hpp"
#include "render/html_renderer.hpp"
#include "render/markdown_renderer.hpp"
#include "render/template_renderer.hpp"
#include "render/text_renderer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <map>
#include <sys/stat.h>
#include <unistd.h>
#include <unordered_map>
#include <unordered_set>

namespace aistrat::cli {

namespace {

struct FormatName {
    const char* name;
    Format format;
};

constexpr std::array<FormatName, 12> k_formats{{{"text", Format::Text},
                                                {"markdown", Format::Markdown},
                                                {"md", Format::Markdown},
                                                {"html", Format::Html},
                                                {"csv", Format::Csv},
                                                {"json", Format::Json},
                                                {"yaml", Format::Yaml},
                                                {"yml", Format::Yaml},
                                                {"dot", Format::Dot},
                                                {"mermaid", Format::Mermaid},
                                                {"bibtex", Format::Bibtex},
                                                {"csl-json", Format::CslJson}}};

} // namespace

const char* format_name(Format format) {
    for (const auto& f : k_formats)
        if (f.format == format)
            return f.name;
    return "text";
}

const std::vector<Format>& formats_of(std::string_view command) {
    using enum Format;
    // A document and its data print in these; csv only where the document is one table.
    static const std::vector<Format> tables{Text, Markdown, Html, Csv, Json, Yaml};
    static const std::vector<Format> documents{Text, Markdown, Html, Json, Yaml};
    static const std::vector<Format> text{Text};
    static const std::vector<Format> all{Text, Markdown, Html,    Csv,    Json,
                                         Yaml, Dot,      Mermaid, Bibtex, CslJson};
    static const std::map<std::string, std::vector<Format>, std::less<>> k_by_command{
        {"list", tables},
        {"search", tables},
        {"show", tables},
        {"paths", tables},
        {"report", tables}, // before the report's name: what some report prints
        {"report matrix", tables},
        {"report gaps", tables},
        {"report compare", tables},
        {"report brief", documents},
        {"report country", documents},
        {"kinds", documents},
        {"ask", documents},
        {"quote", documents},
        {"cache info", documents},
        {"cache clear", text},
        {"check", {Text, Markdown, Json, Yaml}},
        {"graph", {Dot, Mermaid, Json, Yaml}},
        {"export", {Json, Yaml, Bibtex, CslJson}},
        {"init", text},
        {"new", {Text, Yaml}}, // the entity is YAML text
        {"completion", text},
        {"help", text}};
    const auto found = k_by_command.find(command);
    return found == k_by_command.end() ? all : found->second;
}

Format Context::format(std::string_view command) const {
    const auto& allowed = formats_of(command);
    const Format fallback = allowed.front();
    if (m_options.format.empty())
        return fallback;
    std::vector<std::string> names;
    for (Format f : allowed)
        names.emplace_back(format_name(f));
    const std::string wanted = model::to_lower(m_options.format);
    for (const auto& f : k_formats) {
        if (f.name != wanted)
            continue;
        if (std::find(allowed.begin(), allowed.end(), f.format) == allowed.end())
            throw Failure(ExitCode::Usage,
                          fmt::format("{} does not print {}; formats: {}", command,
                                      m_options.format, fmt::to_string(fmt::join(names, ", "))));
        return f.format;
    }
    std::string message = fmt::format("unknown format '{}'", m_options.format);
    const std::string hint = model::did_you_mean(model::closest(m_options.format, names));
    throw Failure(ExitCode::Usage,
                  hint.empty() ? message + "; formats: " + fmt::to_string(fmt::join(names, ", "))
                               : message + "; " + hint);
}

Context::~Context() {
    // The process ends right after: freeing a large knowledge base object by object costs
    // a noticeable part of a warm run at 10,000 entities (glibc's free and consolidation
    // showed up among the top costs in perf), so it is kept
    // for the operating system to reclaim, reachable from here (not a leak to LeakSanitizer).
    static auto* kept = new std::vector<std::unique_ptr<cache::Knowledge>>();
    if (m_load)
        kept->push_back(std::move(m_load)); // not moved from: the index still refers to it
    static auto* kept_indexes = new std::vector<std::unique_ptr<search::SearchIndex>>();
    if (m_index)
        kept_indexes->push_back(std::move(m_index));
}

load::SearchOptions Context::search_options() const {
    load::SearchOptions search;
    search.builtin = !m_options.no_builtin;
    search.kb_dirs = m_options.kb_dirs;
    search.aistrat_kb = m_env.aistrat_kb;
    search.xdg_data_home = m_env.xdg_data_home;
    search.home = m_env.home;
    if (const auto& limit = m_env.aistrat_max_file_size; limit && !limit->empty()) {
        // Bytes, or with a K, M or G suffix.
        std::uintmax_t value = 0;
        const auto [ptr, ec] = std::from_chars(limit->data(), limit->data() + limit->size(), value);
        const std::string_view unit(ptr,
                                    static_cast<std::size_t>(limit->data() + limit->size() - ptr));
        const std::uintmax_t scale = unit.empty()  ? 1
                                     : unit == "K" ? 1024
                                     : unit == "M" ? 1024 * 1024
                                     : unit == "G" ? 1024 * 1024 * 1024
                                                   : 0;
        if (ec != std::errc{} || scale == 0 || value == 0 ||
            value > std::numeric_limits<std::uintmax_t>::max() / scale)
            throw Failure(
                ExitCode::Usage,
                fmt::format("AISTRAT_MAX_FILE_SIZE must be a number of bytes, or with K, M "
                            "or G after it; found '{}'",
                            *limit));
        search.max_file_bytes = value * scale;
    }
    return search;
}

cache::Settings Context::cache_settings() const {
    cache::Settings settings;
    settings.version = AISTRAT_VERSION;
    settings.build = cache::build_identity();
    if (m_options.no_cache || is_set(m_env.aistrat_no_cache))
        return settings;
    settings.dir = cache_dir(m_env);
    return settings;
}

void Context::warn(const std::vector<std::string>& warnings) {
    for (const auto& warning : warnings)
        if (m_warned.insert(warning).second)
            write_stderr(fmt::format("aistrat: warning: {}\n", render::sanitize_line(warning)));
}

const cache::Knowledge& Context::load() {
    if (m_load)
        return *m_load;
    std::vector<std::string> warnings;
    auto loaded = cache::load(search_options(), cache_settings(), warnings);
    warn(warnings);
    // A knowledge base with a folder missing is never served, not even on a second call.
    if (!loaded.io_errors.empty())
        throw Failure(ExitCode::Io, "cannot read the knowledge: " +
                                        fmt::to_string(fmt::join(loaded.io_errors, "; ")));
    m_load = std::make_unique<cache::Knowledge>(std::move(loaded));
    return *m_load;
}

const model::Diagnostics& Context::diagnostics() {
    return load().diagnostics;
}

std::vector<std::string> Context::leave_out(const cache::Knowledge& knowledge) const {
    if (m_options.strict)
        return {};
    std::string user; // the user's folder as the diagnostics name its files
    for (const auto& folder : knowledge.kb.folders())
        if (folder.origin == model::k_user_origin)
            user = folder.name + "/";
    // A file's own errors first: an error between files (a duplicate id, a link to an entity
    // not there) may be another's doing, such as a broken draft holding the same id, and is
    // left to a later round, once every file that is wrong in itself is out.
    std::vector<std::string> own;
    std::vector<std::string> between;
    std::unordered_set<std::string_view> seen;
    bool elsewhere = false; // an error between files outside the user's folder
    for (const auto& d : knowledge.diagnostics) {
        if (d.severity != model::Severity::Error)
            continue;
        if (user.empty() || !d.where.path.starts_with(user)) {
            // A file's own error anywhere else stays an error, whatever is left out; one
            // between files (a --kb file holding the id of a broken draft of the user's) may
            // go with the user's broken files, and is tried.
            if (!d.whole_graph)
                return {};
            elsewhere = true;
            continue;
        }
        if (seen.insert(d.where.path).second)
            (d.whole_graph ? between : own).push_back(d.where.path);
    }
    if (own.empty())
        return elsewhere ? std::vector<std::string>{} : between;
    // A file with both kinds goes now.
    return own;
}

const cache::Knowledge& Context::served() {
    load();
    if (m_served)
        return *m_load;
    m_served = true;
    // Files of the user's folder with errors are left out, and the knowledge loaded again
    // without them (through the cache, under a key of its own). Leaving a file out can put
    // errors in others (a link to an entity it held), which are left out in turn; past a few
    // rounds, each a load, the whole folder is.
    std::vector<std::string> skipped;
    std::vector<std::string> notes;
    bool whole_folder = false;
    for (std::size_t round = 0;
         round <= k_leave_out_rounds && model::has_errors(m_load->diagnostics); ++round) {
        const std::vector<std::string> more = leave_out(*m_load);
        if (more.empty())
            break;
        load::SearchOptions options = search_options();
        if (round == k_leave_out_rounds) {
            whole_folder = true;
            options.skip_user_folder = true;
        } else {
            // One pass over the diagnostics for every file's count and first error.
            std::unordered_map<std::string_view, std::pair<std::size_t, const model::Diagnostic*>>
                errors;
            for (const auto& path : more)
                errors.emplace(path, std::pair<std::size_t, const model::Diagnostic*>{0, nullptr});
            for (const auto& d : m_load->diagnostics) {
                if (d.severity != model::Severity::Error)
                    continue;
                if (auto it = errors.find(d.where.path); it != errors.end()) {
                    if (it->second.first++ == 0)
                        it->second.second = &d;
                }
            }
            for (const auto& path : more) {
                const auto& [count, first] = errors.at(path);
                if (notes.size() < k_left_out_warnings)
                    notes.push_back(render::clip_line(
                        fmt::format("{} left out: it has {} error{} ({}{}); 'aistrat check' lists "
                                    "them, and --strict stops instead",
                                    path, count, count == 1 ? "" : "s",
                                    first->where.line > 0
                                        ? fmt::format("line {}: ", first->where.line)
                                        : std::string(),
                                    first->message),
                        300));
            }
            skipped.insert(skipped.end(), more.begin(), more.end());
            options.skip = skipped;
        }
        std::vector<std::string> warnings;
        auto again = cache::load(options, cache_settings(), warnings);
        warn(warnings);
        if (!again.io_errors.empty())
            break;
        m_tried.push_back(std::move(m_load));
        m_load = std::make_unique<cache::Knowledge>(std::move(again));
    }
    if (!m_tried.empty()) {
        if (model::has_errors(m_load->diagnostics)) {
            // The errors as they are, with every file loaded.
            m_tried.push_back(std::move(m_load));
            m_load = std::move(m_tried.front());
        } else if (whole_folder) {
            const std::string user = load::user_knowledge_dir(search_options());
            m_left_out = {user};
            warn({fmt::format("your knowledge folder {} left out: leaving out its files with "
                              "errors ({} of them) left errors in others; 'aistrat check' lists "
                              "them, and --strict stops instead",
                              user, skipped.size())});
        } else {
            if (skipped.size() > notes.size())
                notes.push_back(fmt::format("{} more files of your knowledge folder left out, "
                                            "with errors; 'aistrat check' lists them",
                                            skipped.size() - notes.size()));
            m_left_out = std::move(skipped);
            warn(notes);
        }
    }
    return *m_load;
}

const model::KnowledgeBase& Context::knowledge() {
    const auto& loaded = served();
    if (model::has_errors(loaded.diagnostics)) {
        print_diagnostics();
        const auto errors =
            std::count_if(loaded.diagnostics.begin(), loaded.diagnostics.end(),
                          [](const auto& d) { return d.severity == model::Severity::Error; });
        throw Failure(
            ExitCode::InvalidKnowledge,
            fmt::format("the knowledge base has {} error{}; run 'aistrat check' for details",
                        errors, errors == 1 ? "" : "s"));
    }
    if (!m_options.stated_only)
        return loaded.kb;
    if (!m_stated)
        m_stated = std::make_unique<model::KnowledgeBase>(
            loaded.kb.schema(), model::stated_entities(loaded.kb), loaded.kb.folders(),
            loaded.kb.vocabulary());
    return *m_stated;
}

const search::SearchIndex& Context::search_index() {
    if (!m_index && m_options.stated_only) {
        m_index = std::make_unique<search::SearchIndex>(knowledge());
    } else if (!m_index) {
        knowledge();
        std::vector<std::string> warnings;
        m_index = cache::search_index(*m_load, cache_settings(), warnings);
        warn(warnings);
    }
    return *m_index;
}

void Context::text_only(std::string_view command) const {
    (void)format(command);
    if (templated())
        throw Failure(ExitCode::Usage, fmt::format("{} does not take --template", command));
}

void Context::print_text(const std::string& text) const {
    write_stdout(text);
}

namespace {

/// The template at `path`, of at most one byte past the limit (enough to refuse it; and
/// /dev/zero ends). A pipe (`--template <(...)`) is read to its end, as any program reads a
/// pipe: while a program holds it open, its output may still come; a named FIFO that no
/// program writes to when it is opened is never waited on, and an I/O error.
std::string read_template(const std::string& path) {
    const auto failure = [&path](int error) {
        return Failure(ExitCode::Io,
                       fmt::format("cannot read template {}: {}", path, std::strerror(error)));
    };
    // Without O_NONBLOCK, opening a FIFO waits for a writer, maybe forever; once open, a read
    // of one that has no writer is the end of the file.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        throw failure(errno);
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    // Standard input that cannot be read (one the caller closed holds /dev/null open for
    // writing, see main.cpp) is no template, though /dev/stdin opens it anew for reading.
    struct stat opened {};
    struct stat input {};
    const int input_flags = ::fcntl(STDIN_FILENO, F_GETFL);
    const bool names_input =
        path == "/dev/stdin" || path == "/dev/fd/0" || path == "/proc/self/fd/0";
    if (names_input && input_flags >= 0 && (input_flags & O_ACCMODE) == O_WRONLY &&
        ::fstat(fd, &opened) == 0 && ::fstat(STDIN_FILENO, &input) == 0 &&
        opened.st_dev == input.st_dev && opened.st_ino == input.st_ino &&
        opened.st_rdev == input.st_rdev) {
        ::close(fd);
        throw Failure(ExitCode::Io,
                      fmt::format("cannot read template {}: standard input is closed", path));
    }
    std::string text(render::k_max_template_bytes + 1, '\0');
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::read(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int error = errno;
            ::close(fd);
            throw failure(error);
        }
        if (n == 0)
            break;
        done += static_cast<std::size_t>(n);
    }
    // A named FIFO that had no writer when it was opened reads as empty: said, not printed
    // as an empty template's nothing.
    struct stat st {};
    const bool fifo = ::fstat(fd, &st) == 0 && S_ISFIFO(st.st_mode);
    ::close(fd);
    if (done == 0 && fifo)
        throw Failure(ExitCode::Io,
                      fmt::format("cannot read template {}: a pipe that nothing was written to "
                                  "(a FIFO is read only while a program writes to it)",
                                  path));
    text.resize(done);
    return text;
}

} // namespace

void Context::print(const Result& result, Format format, bool paged) const {
    if (!m_options.template_file.empty()) {
        const std::string text = read_template(m_options.template_file);
        auto rendered = render::render_template(text, result.data);
        if (const auto* error = std::get_if<render::TemplateError>(&rendered))
            throw Failure(
                ExitCode::Usage,
                error->line == 0
                    ? fmt::format("template {}: {}", m_options.template_file, error->message)
                    : fmt::format("template {}:{}:{}: {}", m_options.template_file, error->line,
                                  error->column, error->message));
        write_stdout(std::get<std::string>(rendered));
        return;
    }
    switch (format) {
    case Format::Html:
        write_stdout(render::render_html(result.document));
        break;
    case Format::Csv: {
        const auto csv = render::render_csv(result.document);
        if (!csv)
            throw Failure(ExitCode::Usage, "csv prints one table, and this output is not one; use "
                                           "markdown, html or json");
        write_stdout(*csv);
        break;
    }
    case Format::Dot:
    case Format::Mermaid:
        throw Failure(ExitCode::Usage, "dot and mermaid are for 'aistrat graph'");
    case Format::Bibtex:
    case Format::CslJson:
        throw Failure(ExitCode::Usage, "bibtex and csl-json are for 'aistrat export'");
    case Format::Text:
        write_paged(render::render_text(result.document,
                                        {output_width(m_env), use_color(m_options.color, m_env)}),
                    paged && !m_options.no_pager, m_env.pager);
        break;
    case Format::Markdown:
        write_stdout(render::render_markdown(result.document));
        break;
    case Format::Json:
        write_stdout(render::render_json(result.data));
        break;
    case Format::Yaml:
        write_stdout(render::render_yaml(result.data));
        break;
    }
}

namespace {

/// Line `line` (1-based) of `text`, or nullopt. Lines end as YAML's do, in LF, CR LF or
/// a lone CR, so that the numbers are the loader's.
std::optional<std::string_view> line_of(std::string_view text, int line) {
    const auto line_end = [&](std::size_t from) {
        const auto at = text.find_first_of("\r\n", from);
        return at == std::string_view::npos ? text.size() : at;
    };
    std::size_t start = 0;
    for (int i = 1; i < line; ++i) {
        const std::size_t end = line_end(start);
        if (end == text.size())
            return std::nullopt;
        start = end + (text.compare(end, 2, "\r\n") == 0 ? 2 : 1);
    }
    return text.substr(start, line_end(start) - start);
}

} // namespace

void Context::print_diagnostics(const model::Diagnostics& more) const {
    // On a terminal, each diagnostic also quotes its line with a caret under the column.
    if (!m_load)
        return;
    const bool quote = stderr_is_terminal();
    std::string out;
    std::map<std::string, std::optional<std::string>> texts; // each file read once
    std::vector<const model::Diagnostic*> all;
    for (const auto& d : m_load->diagnostics)
        all.push_back(&d);
    for (const auto& d : more)
        all.push_back(&d);
    for (const model::Diagnostic* each : all) {
        const model::Diagnostic& d = *each;
        out += render::clip_line(render::sanitize_line(model::format_diagnostic(d))) + "\n";
        if (!quote || d.where.line <= 0)
            continue;
        auto [text, added] = texts.try_emplace(d.where.path);
        if (added)
            text->second = load::source_text(d.where.path);
        if (!text->second)
            continue;
        const auto line = line_of(*text->second, d.where.line);
        if (!line || line->size() > 1000) // a line too long to quote whole is not quoted
            continue;
        const std::string shown = render::sanitize(*line);
        const std::size_t before = static_cast<std::size_t>(std::max(0, d.where.column - 1));
        const std::string prefix =
            render::sanitize(line->substr(0, std::min(before, line->size())));
        out += "  " + shown + "\n  " + std::string(render::display_width(prefix), ' ') + "^\n";
    }
    write_stderr(out);
}

} // namespace aistrat::cli
