// The knowledge search path, in the order DESIGN.md gives.
#include "load/search_path.hpp"

namespace aistrat::load {

std::string user_knowledge_dir(const SearchOptions& options) {
    // As the XDG base directory rules say, a relative XDG_DATA_HOME is ignored.
    if (options.xdg_data_home && options.xdg_data_home->starts_with('/'))
        return *options.xdg_data_home + "/aistrat/knowledge";
    if (options.home && options.home->starts_with('/'))
        return *options.home + "/.local/share/aistrat/knowledge";
    return {};
}

std::vector<FolderSpec> knowledge_path(const SearchOptions& options) {
    std::vector<FolderSpec> out;
    if (const std::string user = user_knowledge_dir(options); !user.empty())
        out.push_back({user, "user", false});
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
