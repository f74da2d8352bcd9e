// `aistrat paths`: where knowledge was looked for and loaded from, with entity counts.
#include "cli/commands.hpp"
#include "load/search_path.hpp"
#include "render/display_width.hpp"
#include "report/document.hpp"
#include "report/entity_data.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

namespace aistrat::cli {

Command add_paths(CLI::App& parent) {
    CLI::App* app =
        parent.add_subcommand("paths", "Show which knowledge folders are loaded, in order");
    app->footer("Examples:\n  aistrat paths\n  AISTRAT_KB=~/kb aistrat paths --format json");
    return {
        app, [](Context& ctx) {
            const auto format = ctx.format("paths");
            // As the other commands see it: the user's files with errors left out.
            const auto& loaded = ctx.served();
            report::Table table{{"order", "folder", "from", "entities"}, {}};
            nlohmann::ordered_json folders = nlohmann::ordered_json::array();
            std::size_t order = 1;
            for (const auto& folder : loaded.kb.folders()) {
                // A path is one line in a table: a line feed in a folder's name would
                // start a row of its own.
                table.rows.push_back({std::to_string(order), render::sanitize_line(folder.name),
                                      folder.origin, std::to_string(folder.entities)});
                folders.push_back({{"order", order},
                                   {"folder", folder.name},
                                   {"from", folder.origin},
                                   {"entities", folder.entities}});
                ++order;
            }
            const std::string user = load::user_knowledge_dir(ctx.search_options());
            // What a run found there, as the loader judged it: left out with a warning
            // (no folder, or one that cannot be read), or not there yet.
            const auto found = user.empty() ? load::UserFolder{} : load::examine_user_folder(user);
            const bool exists = found.state == load::UserFolder::State::Folder;
            const std::string cache = cache_dir(ctx.environment());
            const bool cached = !ctx.cache_settings().dir.empty();
            report::FieldList where;
            where.rows.emplace_back(
                "user folder", user.empty() ? "(no HOME or XDG_DATA_HOME)"
                                            : render::sanitize_line(user) +
                                                  (exists ? ""
                                                   : found.state == load::UserFolder::State::LeftOut
                                                       ? " (" + found.why + ": left out)"
                                                       : " (not there yet)"));
            where.rows.emplace_back("cache", cache.empty() ? "(no HOME or XDG_CACHE_HOME)"
                                             : cached      ? render::sanitize_line(cache)
                                                           : render::sanitize_line(cache) +
                                                            " (not used: --no-cache or "
                                                            "AISTRAT_NO_CACHE)");
            std::vector<std::string> shown;
            for (const auto& path : ctx.left_out())
                shown.push_back(render::sanitize_line(path));
            if (!shown.empty())
                where.rows.emplace_back("left out", fmt::to_string(fmt::join(shown, "; ")));
            const auto errors = static_cast<std::size_t>(
                std::count_if(loaded.diagnostics.begin(), loaded.diagnostics.end(),
                              [](const auto& d) { return d.severity == model::Severity::Error; }));
            if (errors > 0)
                where.rows.emplace_back(
                    "errors", fmt::format("{} (commands that read the knowledge exit 3; run "
                                          "'aistrat check')",
                                          errors));
            report::Document doc;
            doc.add(report::Heading{1, "Knowledge folders, in load order"})
                .add(std::move(table))
                .add(std::move(where));
            ctx.print({std::move(doc),
                       {{"schema_version", report::k_schema_version},
                        {"folders", folders},
                        {"user_folder", user},
                        {"user_folder_exists", exists},
                        {"left_out", ctx.left_out()},
                        {"errors", errors},
                        {"cache", cache},
                        {"cache_used", cached}}},
                      format);
            return ExitCode::Ok;
        }};
}

} // namespace aistrat::cli
