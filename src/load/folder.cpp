// Reading knowledge folders from the binary and from disk.
#include "load/folder.hpp"

#include "load/embedded.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace aistrat::load {

namespace fs = std::filesystem;

Folder embedded_folder(bool schema_only) {
    Folder folder{"<builtin>", "builtin", {}};
    for (const auto& file : embedded_files()) {
        // Without the built-in entities, the schema and the vocabulary still apply.
        if (schema_only && file.path != "schema.yaml" && file.path != "vocabulary.yaml")
            continue;
        folder.files.push_back({std::string(file.path), "<builtin>/" + std::string(file.path),
                                std::string(file.content)});
    }
    return folder;
}

namespace {

bool is_yaml(const fs::path& path) {
    const auto ext = path.extension();
    return ext == ".yaml" || ext == ".yml";
}

bool is_hidden(const fs::path& relative) {
    return std::any_of(relative.begin(), relative.end(),
                       [](const fs::path& part) { return part.string().starts_with("."); });
}

} // namespace

Folder read_folder(const std::string& dir, const std::string& origin,
                   model::Diagnostics& diagnostics, ReadLimits limits) {
    Folder folder{dir, origin, {}};
    const auto fail = [&](const std::string& path, const std::string& message) {
        diagnostics.push_back({{path, 0, 0}, model::Severity::Error, message});
    };
    std::vector<fs::path> paths;
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, fs::directory_options::none, ec);
    if (ec) {
        fail(dir, "cannot read folder: " + ec.message());
        return folder;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) {
            fail(dir, "cannot read folder: " + ec.message());
            break;
        }
        const fs::path relative = it->path().lexically_relative(dir);
        if (is_hidden(relative)) {
            if (it->is_directory(ec))
                it.disable_recursion_pending();
            continue;
        }
        if (is_yaml(it->path()))
            paths.push_back(it->path());
    }
    std::sort(paths.begin(), paths.end());
    for (const auto& path : paths) {
        const std::string shown = path.string();
        const auto status = fs::status(path, ec);
        if (ec || !fs::is_regular_file(status)) {
            fail(shown, ec ? "cannot read: " + ec.message() : "not a regular file; skipped");
            continue;
        }
        const auto size = fs::file_size(path, ec);
        if (!ec && size > limits.max_file_bytes) {
            fail(shown, fmt::format("file is {} bytes, over the limit of {} bytes", size,
                                    limits.max_file_bytes));
            continue;
        }
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            fail(shown, fmt::format("cannot read: {}", std::strerror(errno)));
            continue;
        }
        std::ostringstream content;
        content << in.rdbuf();
        folder.files.push_back(
            {path.lexically_relative(dir).generic_string(), shown, content.str()});
    }
    return folder;
}

} // namespace aistrat::load
