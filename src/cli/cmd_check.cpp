// `aistrat check`: every diagnostic of the knowledge base, or a one-line summary; with
// `--text`, the citations read against the sources' own text.
#include "check/source_text.hpp"
#include "cli/commands.hpp"
#include "load/folder.hpp"
#include "report/entity_data.hpp"
#include "report/entity_documents.hpp"

#include <fmt/format.h>

#include <map>

namespace aistrat::cli {

namespace {

/// Where `check --text` and `quote` stop reading a source's text.
constexpr std::uintmax_t k_max_text_bytes = 16 * 1024 * 1024;

} // namespace

check::SourceText read_source_text(const model::KnowledgeBase& kb, const model::Entity& source,
                                   const std::string& path) {
    std::string why;
    const auto text = load::read_file(path, k_max_text_bytes, why);
    if (!text)
        throw Failure(ExitCode::Io, fmt::format("cannot read the text of '{}' from {}: {}",
                                                source.id, path, why));
    auto read = check::SourceText::read(check::outline_of(kb, source), *text, path);
    if (auto* error = std::get_if<model::Diagnostic>(&read))
        throw Failure(ExitCode::Io, error->where.line > 0
                                        ? fmt::format("{}:{}:{}: {}", path, error->where.line,
                                                      error->where.column, error->message)
                                        : fmt::format("{}: {} '{}': {}", path, source.kind,
                                                      source.id, error->message));
    return std::get<check::SourceText>(std::move(read));
}

Command add_check(CLI::App& parent) {
    CLI::App* app =
        parent.add_subcommand("check", "Validate the knowledge base; print every problem");
    auto texts = std::make_shared<std::vector<std::string>>();
    app->add_option("--text", *texts,
                    "Read the citations of SOURCE against a plain-text copy of it in FILE "
                    "(repeatable): warn where a cited passage lacks a statement's number, date "
                    "or proper name")
        ->type_name("SOURCE=FILE");
    app->footer(
        "Exits 3 when there is an error (with --strict, also a warning), printing each as "
        "path:line:col: error: message; errors in your own knowledge folder count here too, "
        "where other commands leave those files out with a warning. 4 when a --text file cannot be "
        "read or is not divided "
        "as its source's outline declares.\n\n"
        "Examples:\n"
        "  aistrat check\n"
        "  aistrat check --kb ~/my-knowledge\n"
        "  aistrat check --strict --text article=article.txt\n"
        "  aistrat check --no-builtin --kb ./draft --format json");
    return {
        app, [texts](Context& ctx) {
            const auto format = ctx.format("check");
            const auto& loaded = ctx.load();
            const auto& kb = loaded.kb;
            // Each SOURCE=FILE, read and divided before anything is printed.
            std::map<std::string, check::SourceText> sources;
            std::vector<std::pair<std::string, std::string>> read; // source id, file
            for (const auto& spec : *texts) {
                const auto equals = spec.find('=');
                if (equals == std::string::npos || equals == 0 || equals + 1 == spec.size())
                    throw Failure(ExitCode::Usage, fmt::format("--text wants SOURCE=FILE, as in "
                                                               "article=article.txt; got '{}'",
                                                               spec));
                const model::KindDef* kind = kb.schema().find_kind(kb.schema().citation_kind);
                if (kind == nullptr)
                    throw Failure(ExitCode::Usage,
                                  "--text needs a citation kind, and the schema names none");
                const model::Entity& source = require_entity(kb, kind, spec.substr(0, equals));
                const std::string path = spec.substr(equals + 1);
                if (sources.contains(source.id))
                    throw Failure(ExitCode::Usage,
                                  fmt::format("--text names '{}' twice", source.id));
                sources.emplace(source.id, read_source_text(kb, source, path));
                read.emplace_back(source.id, path);
            }
            const auto& diagnostics = ctx.diagnostics();
            const check::TextCheck text_check =
                sources.empty() ? check::TextCheck{} : check::check_texts(kb, sources);
            ctx.print_diagnostics(text_check.warnings);
            const bool warned =
                std::any_of(diagnostics.begin(), diagnostics.end(),
                            [](const auto& d) { return d.severity == model::Severity::Warning; });
            const bool valid = !model::has_errors(diagnostics) &&
                               !(ctx.strict() && (warned || !text_check.warnings.empty()));
            std::string text_summary;
            if (!sources.empty()) {
                std::vector<std::string> files;
                for (const auto& [id, path] : read)
                    files.push_back(fmt::format("{} ({})", path, id));
                text_summary = fmt::format(
                    "read against {}: {} statement{} checked, {} warning{}; {} not checked "
                    "(they cite a source without a text, or pages, or a place that is no "
                    "section)",
                    fmt::join(files, ", "), text_check.checked, text_check.checked == 1 ? "" : "s",
                    text_check.warnings.size(), text_check.warnings.size() == 1 ? "" : "s",
                    text_check.unchecked);
            }
            if (ctx.needs_data(format)) {
                model::Diagnostics all = diagnostics;
                all.insert(all.end(), text_check.warnings.begin(), text_check.warnings.end());
                auto data = report::check_data(kb, all);
                data["valid"] = valid;
                if (!sources.empty()) {
                    nlohmann::ordered_json files = nlohmann::ordered_json::array();
                    for (const auto& [id, path] : read)
                        files.push_back({{"source", id},
                                         {"file", path},
                                         {"paragraphs", sources.at(id).paragraphs().size()}});
                    data["text_check"] = {{"texts", files},
                                          {"checked", text_check.checked},
                                          {"unchecked", text_check.unchecked},
                                          {"warnings", text_check.warnings.size()}};
                }
                ctx.print({{}, std::move(data)}, format);
            } else {
                report::Document doc;
                if (!model::has_errors(diagnostics))
                    doc.add(report::Paragraph{report::check_summary(kb)});
                if (!text_summary.empty())
                    doc.add(report::Paragraph{text_summary});
                if (!doc.blocks.empty())
                    ctx.print({std::move(doc), {}}, format);
            }
            return valid ? ExitCode::Ok : ExitCode::InvalidKnowledge;
        }};
}

} // namespace aistrat::cli
