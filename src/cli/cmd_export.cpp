// `aistrat export`: the whole knowledge base as JSON or YAML, or its sources as references
// for citation tools (BibTeX, CSL JSON).
#include "cli/commands.hpp"
#include "render/bibliography_writer.hpp"
#include "render/data_writer.hpp"
#include "report/bibliography.hpp"
#include "report/entity_data.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace aistrat::cli {

Command add_export(CLI::App& parent) {
    auto names = std::make_shared<std::vector<std::string>>();
    CLI::App* app = parent.add_subcommand(
        "export", "Print the whole knowledge base as JSON or YAML, or its sources as references");
    app->add_option("SOURCE", *names,
                    "With bibtex or csl-json: only these sources (ids, aliases or titles)");
    app->footer("Formats: json (the default) and yaml print the whole knowledge base; bibtex\n"
                "and csl-json print the sources as references that pandoc --citeproc, Zotero\n"
                "and biber read, keyed by source id (see 'report brief --citations pandoc').\n"
                "\n"
                "Examples:\n"
                "  aistrat export > knowledge.json\n"
                "  aistrat export --format yaml\n"
                "  aistrat export --format csl-json > references.json\n"
                "  aistrat export --format bibtex article > article.bib");
    return {
        app, [names](Context& ctx) {
            const auto format = ctx.format("export");
            const auto& kb = ctx.knowledge();
            const bool references = format == Format::Bibtex || format == Format::CslJson;
            if (!names->empty() && !references)
                throw Failure(ExitCode::Usage, "export takes sources only with --format "
                                               "bibtex or csl-json");
            if (references && ctx.templated())
                throw Failure(ExitCode::Usage,
                              "--template prints data; bibtex and csl-json are not");
            if (!references) {
                ctx.print({{}, report::export_data(kb)}, format);
                return ExitCode::Ok;
            }
            std::vector<const model::Entity*> sources;
            const model::KindDef* kind = kb.schema().find_kind(kb.schema().citation_kind);
            if (kind == nullptr)
                throw Failure(ExitCode::NotFound, "this knowledge has no kind of source to export");
            for (const auto& name : *names)
                if (const model::Entity* s = &require_entity(kb, kind, name);
                    std::find(sources.begin(), sources.end(), s) == sources.end())
                    sources.push_back(s);
            if (names->empty())
                sources = report::all_sources(kb);
            const auto list = report::references(sources);
            ctx.print_text(format == Format::Bibtex ? render::render_bibtex(list)
                                                    : render::render_json(render::csl_json(list)));
            return ExitCode::Ok;
        }};
}

} // namespace aistrat::cli
