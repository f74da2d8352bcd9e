// `aistrat cache info|clear`: what the persistent cache holds, and emptying it.
#include "cli/commands.hpp"
#include "model/text.hpp"
#include "render/display_width.hpp"
#include "report/entity_data.hpp"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <ctime>
#include <filesystem>

namespace aistrat::cli {

namespace {

std::string size_text(std::uintmax_t bytes) {
    if (bytes < 1024)
        return fmt::format("{} B", bytes);
    if (bytes < 1024 * 1024)
        return fmt::format("{:.1f} KiB", static_cast<double>(bytes) / 1024);
    return fmt::format("{:.1f} MiB", static_cast<double>(bytes) / (1024 * 1024));
}

std::string time_text(std::int64_t seconds) {
    const std::time_t t = seconds;
    return fmt::format("{:%Y-%m-%d %H:%M:%S} UTC", fmt::gmtime(t));
}

ExitCode info(Context& ctx) {
    const auto format = ctx.format("cache info");
    const cache::Settings settings = ctx.cache_settings();
    const std::string folder = cache_dir(ctx.environment());
    const std::string key = cache::key_for(ctx.search_options(), settings);
    const auto entries = cache::entries({folder, settings.version, settings.build}, key);

    report::Document doc;
    report::FieldList about;
    about.rows.emplace_back("folder", folder.empty()
                                          ? "(none: no absolute XDG_CACHE_HOME, and no HOME folder)"
                                          : render::sanitize_line(folder));
    // A file (or a link to one) where the folder should be: runs warn and go on without it.
    std::error_code ec;
    const bool not_a_folder = !folder.empty() && std::filesystem::exists(folder, ec) &&
                              !std::filesystem::is_directory(folder, ec);
    const auto unsafe =
        folder.empty() || not_a_folder ? std::nullopt : cache::unsafe_folder(folder);
    const bool used = !settings.dir.empty() && !folder.empty() && !not_a_folder && !unsafe;
    // Without a folder (no HOME), the folder row says why, whatever else is set.
    about.rows.emplace_back("used", folder.empty()         ? "no"
                                    : settings.dir.empty() ? "no (--no-cache or AISTRAT_NO_CACHE)"
                                    : not_a_folder         ? "no (it is not a folder)"
                                    : unsafe.has_value()   ? fmt::format("no ({})", *unsafe)
                                                           : "yes");
    about.rows.emplace_back("this knowledge", key);
    std::uintmax_t total = 0;
    for (const auto& entry : entries)
        total += entry.bytes;
    about.rows.emplace_back("files", fmt::format("{} ({})", entries.size(), size_text(total)));
    doc.add(report::Heading{1, "Cache"}).add(std::move(about));

    report::Table table{{"key", "holds", "size", "written", "entities", "folders"}, {}};
    nlohmann::ordered_json files = nlohmann::ordered_json::array();
    for (const auto& entry : entries) {
        table.rows.push_back(
            {entry.key + (entry.current ? " *" : ""), entry.what, size_text(entry.bytes),
             time_text(entry.written),
             entry.what == "knowledge" ? std::to_string(entry.entities) : "",
             render::sanitize_line(entry.problem.empty()
                                       ? fmt::to_string(fmt::join(entry.folders, ", "))
                                       : "(" + entry.problem + ")")});
        nlohmann::ordered_json file{{"path", entry.path},
                                    {"key", entry.key},
                                    {"holds", entry.what},
                                    {"bytes", entry.bytes},
                                    {"written", time_text(entry.written)},
                                    {"current", entry.current}};
        if (entry.what == "knowledge") {
            file["entities"] = entry.entities;
            file["folders"] = entry.folders;
            if (!entry.problem.empty())
                file["problem"] = entry.problem;
        }
        files.push_back(std::move(file));
    }
    if (entries.empty()) {
        doc.add(report::Paragraph{"The cache is empty."});
    } else {
        doc.add(std::move(table));
        doc.add(report::Paragraph{"* the entry of the knowledge this command line loads."});
    }
    ctx.print({std::move(doc),
               {{"schema_version", report::k_schema_version},
                {"folder", folder},
                {"used", used},
                {"key", key},
                {"bytes", total},
                {"files", files}}},
              format);
    return ExitCode::Ok;
}

ExitCode clear(Context& ctx) {
    ctx.text_only("cache clear");
    const std::string folder = cache_dir(ctx.environment());
    std::vector<std::string> errors;
    cache::Settings settings = ctx.cache_settings();
    settings.dir = folder;
    // Not a folder the cache would use: what is there is not the cache's to remove.
    if (const auto problem = folder.empty() ? std::nullopt : cache::unsafe_folder(folder))
        throw Failure(ExitCode::Io, fmt::format("cannot clear the cache in {}: {}",
                                                render::sanitize_line(folder), *problem));
    // A file where the folder should be: runs do not use it, and it is not the cache's.
    std::error_code ec;
    if (!folder.empty() && std::filesystem::exists(folder, ec) &&
        !std::filesystem::is_directory(folder, ec)) {
        ctx.print_text(fmt::format("nothing removed: {} is not a folder, so no run uses it as "
                                   "the cache\n",
                                   render::sanitize_line(folder)));
        return ExitCode::Ok;
    }
    const std::size_t removed = cache::clear(settings, errors);
    if (!errors.empty())
        throw Failure(ExitCode::Io, "cannot remove " + fmt::to_string(fmt::join(errors, "; ")));
    ctx.print_text(fmt::format("removed {} file{} from {}\n", removed, removed == 1 ? "" : "s",
                               folder.empty() ? "the cache" : render::sanitize_line(folder)));
    return ExitCode::Ok;
}

} // namespace

Command add_cache(CLI::App& parent) {
    auto chosen = std::make_shared<std::string>();
    CLI::App* app = parent.add_subcommand(
        "cache", "Show or empty the cache that makes loading large knowledge fast");
    app->require_subcommand(1);
    app->footer("The cache lives in $XDG_CACHE_HOME/aistrat (else ~/.cache/aistrat). It is\n"
                "rebuilt by itself whenever a knowledge file changes; --no-cache or\n"
                "AISTRAT_NO_CACHE=1 leaves it alone.\n\n"
                "Examples:\n"
                "  aistrat cache info\n"
                "  aistrat cache info --format json\n"
                "  aistrat cache clear");
    app->add_subcommand("info", "What the cache holds, and the entry of this knowledge")
        ->callback([chosen] { *chosen = "info"; });
    app->add_subcommand("clear", "Remove every file of the cache")->callback([chosen] {
        *chosen = "clear";
    });
    return {app, [chosen](Context& ctx) { return *chosen == "clear" ? clear(ctx) : info(ctx); }};
}

} // namespace aistrat::cli
