// Reading knowledge folders from the binary and from disk.
#include "load/folder.hpp"

#include "load/embedded.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
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
    std::string ext = path.extension().string();
    for (char& c : ext)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext == ".yaml" || ext == ".yml";
}

/// Collects the YAML files under `dir`, skipping hidden entries and not following links to
/// folders (which could loop); folders that cannot be read go to `io_errors`.
void walk(const fs::path& dir, std::vector<fs::path>& out, std::vector<std::string>& io_errors) {
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    const fs::directory_iterator end;
    for (; !ec && it != end; it.increment(ec)) {
        const fs::path& path = it->path();
        if (path.filename().string().starts_with("."))
            continue;
        std::error_code status_ec;
        const bool is_link = it->is_symlink(status_ec);
        if (is_yaml(path)) // a folder named x.yaml is reported, not walked
            out.push_back(path);
        else if (!is_link && it->is_directory(status_ec))
            walk(path, out, io_errors);
    }
    if (ec)
        io_errors.push_back(fmt::format("{}: cannot read folder: {}", dir.string(), ec.message()));
}

} // namespace

Folder read_folder(const std::string& dir, const std::string& origin,
                   model::Diagnostics& diagnostics, std::vector<std::string>& io_errors,
                   ReadLimits limits) {
    Folder folder{dir, origin, {}};
    std::vector<fs::path> paths;
    walk(dir, paths, io_errors);
    std::sort(paths.begin(), paths.end());
    for (const auto& path : paths) {
        const std::string shown = path.string();
        std::error_code ec;
        const auto status = fs::status(path, ec);
        if (ec) {
            io_errors.push_back(fmt::format("{}: cannot read: {}", shown, ec.message()));
            continue;
        }
        if (!fs::is_regular_file(status)) {
            diagnostics.push_back({{shown, 0, 0},
                                   model::Severity::Error,
                                   "not a regular file (a folder, FIFO or device): not loaded"});
            continue;
        }
        const auto size = fs::file_size(path, ec);
        if (!ec && size > limits.max_file_bytes) {
            diagnostics.push_back({{shown, 0, 0},
                                   model::Severity::Error,
                                   fmt::format("file is {} bytes, over the limit of {} bytes; not "
                                               "loaded",
                                               size, limits.max_file_bytes)});
            continue;
        }
        std::ifstream in(path, std::ios::binary);
        std::ostringstream content;
        if (in)
            content << in.rdbuf();
        if (!in || in.bad()) {
            io_errors.push_back(fmt::format("{}: cannot read: {}", shown, std::strerror(errno)));
            continue;
        }
        folder.files.push_back(
            {path.lexically_relative(dir).generic_string(), shown, content.str()});
    }
    return folder;
}

} // namespace aistrat::load
