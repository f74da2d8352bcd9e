// `aistrat quote SOURCE LOCATOR --text FILE`: the passage a locator names, from a plain-text
// copy of the source divided as its outline declares.
#include "check/source_text.hpp"
#include "cli/commands.hpp"
#include "report/document.hpp"
#include "report/entity_data.hpp"

#include <fmt/format.h>

namespace aistrat::cli {

Command add_quote(CLI::App& parent) {
    CLI::App* app = parent.add_subcommand(
        "quote", "Print the passage a citation points at, from a plain-text copy of its source");
    struct Args {
        std::string source;
        std::string locator;
        std::string file;
    };
    auto args = std::make_shared<Args>();
    app->add_option("source", args->source, "The source, by id, alias or title")->required();
    app->add_option("locator", args->locator,
                    "Where in it: SECTION, SECTION/N, SECTION/N-M or 'whole page'")
        ->required();
    app->add_option("--text", args->file, "The plain-text copy of the source to read")
        ->required()
        ->type_name("FILE");
    app->footer(
        "The text is divided into paragraphs at blank lines; a line on its own that ends "
        "without a full stop is a heading. The paragraphs must be as many as the source's "
        "outline declares (its sections field).\n"
        "Exits 2 for a locator that names no part of the source, 4 when FILE cannot be read "
        "or is not divided as the outline declares.\n\n"
        "Examples:\n"
        "  aistrat quote article opportunities/5 --text article.txt\n"
        "  aistrat quote article intro --text article.txt --format markdown");
    return {app, [args](Context& ctx) {
                const auto format = ctx.format("quote");
                const auto& kb = ctx.knowledge();
                const model::KindDef* kind = kb.schema().find_kind(kb.schema().citation_kind);
                if (kind == nullptr)
                    throw Failure(ExitCode::Usage,
                                  "quote needs a citation kind, and the schema names none");
                const model::Entity& source = require_entity(kb, kind, args->source);
                const check::Outline outline = check::outline_of(kb, source);
                const check::Locator locator = check::parse_locator(args->locator);
                const std::string problem = check::locator_problem(outline, locator, args->locator);
                if (!problem.empty())
                    throw Failure(ExitCode::Usage,
                                  fmt::format("{} '{}': {}", source.kind, source.id, problem));
                if (locator.kind == check::Locator::Kind::Pages)
                    throw Failure(ExitCode::Usage,
                                  fmt::format("locator '{}' names pages, which a plain-text copy "
                                              "does not mark; quote a section or 'whole page'",
                                              args->locator));
                if (locator.kind == check::Locator::Kind::Other ||
                    (locator.kind == check::Locator::Kind::Section && outline.sections.empty()))
                    throw Failure(ExitCode::Usage,
                                  fmt::format("{} '{}' declares no sections, so '{}' cannot be "
                                              "found in its text; quote 'whole page'",
                                              source.kind, source.id, args->locator));
                const check::SourceText text = read_source_text(kb, source, args->file);
                const auto passage = text.passage(locator);

                report::Document doc;
                nlohmann::ordered_json paragraphs = nlohmann::ordered_json::array();
                for (const check::Paragraph* p : passage) {
                    const std::string where = p->section.empty()
                                                  ? fmt::format("paragraph {}", p->number)
                                                  : fmt::format("{}/{}", p->section, p->number);
                    doc.add(report::Heading{2, where}).add(report::Paragraph{p->text});
                    paragraphs.push_back({{"locator", where},
                                          {"section", p->section},
                                          {"paragraph", p->number},
                                          {"line", p->line},
                                          {"text", p->text}});
                }
                doc.blocks.insert(doc.blocks.begin(),
                                  report::Heading{1, fmt::format("{} ({}), {}", source.title,
                                                                 source.id, args->locator)});
                doc.add(report::Paragraph{fmt::format(
                    "Quoted from {}, a copy of the source; the knowledge's own statements are "
                    "paraphrases.",
                    args->file)});
                ctx.print({std::move(doc),
                           {{"schema_version", report::k_schema_version},
                            {"source", source.id},
                            {"title", source.title},
                            {"locator", args->locator},
                            {"file", args->file},
                            {"paragraphs", paragraphs}}},
                          format);
                return ExitCode::Ok;
            }};
}

} // namespace aistrat::cli
