// The knowledge search path, in the order DESIGN.md gives.
#include "load/search_path.hpp"

#include "model/knowledge_base.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>
#include <unistd.h>

namespace aistrat::load {

std::string user_knowledge_dir(const SearchOptions& options) {
    // As the XDG base directory rules say, a relative XDG_DATA_HOME is ignored.
    if (options.xdg_data_home && options.xdg_data_home->starts_with('/'))
        return *options.xdg_data_home + "/aistrat/knowledge";
    if (options.home && options.home->starts_with('/'))
        return *options.home + "/.local/share/aistrat/knowledge";
    return {};
}

UserFolder examine_user_folder(const std::string& dir) {
    namespace fs = std::filesystem;
    const auto unreadable = [&](const std::string& reason) {
        return UserFolder{UserFolder::State::LeftOut, "cannot be read",
                          fmt::format("cannot read your knowledge folder {}: {}; going on "
                                      "without it",
                                      dir, reason)};
    };
    std::error_code ec;
    const auto link = fs::symlink_status(dir, ec);
    // Not there (the error is set too, to "no such file") is no problem.
    if (link.type() == fs::file_type::not_found)
        return {};
    if (ec)
        return unreadable(ec.message());
    std::error_code reach;
    const auto target = fs::status(dir, reach);
    if (target.type() == fs::file_type::directory)
        return ::access(dir.c_str(), R_OK | X_OK) == 0
                   ? UserFolder{UserFolder::State::Folder, {}, {}}
                   : unreadable(std::strerror(errno));
    // A link to a folder that cannot be reached is not "no folder".
    if (reach && reach != std::errc::no_such_file_or_directory)
        return unreadable(reach.message());
    const std::string why =
        link.type() == fs::file_type::symlink ? "a link that leads to no folder" : "not a folder";
    return {UserFolder::State::LeftOut, why,
            fmt::format("your knowledge folder {} is {}; going on without it", dir, why)};
}

std::vector<FolderSpec> knowledge_path(const SearchOptions& options) {
    std::vector<FolderSpec> out;
    if (const std::string user = user_knowledge_dir(options); !user.empty())
        out.push_back({user, std::string(model::k_user_origin), false});
    if (options.aistrat_kb) {
        std::string::size_type start = 0;
        const std::string& list = *options.aistrat_kb;
        while (start <= list.size()) {
            auto end = list.find(':', start);
            if (end == std::string::npos)
                end = list.size();
            if (end > start)
                out.push_back({list.substr(start, end - start), "AISTRAT_KB", true});
            start = end + 1;
        }
    }
    for (const auto& dir : options.kb_dirs)
        out.push_back({dir, "--kb", true});
    return out;
}

} // namespace aistrat::load
