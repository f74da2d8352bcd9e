// Reading knowledge folders from the binary and from disk.
#include "load/folder.hpp"

#include "load/embedded.hpp"
#include "load/parallel.hpp"
#include "model/knowledge_base.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace aistrat::load {

namespace fs = std::filesystem;

Folder embedded_folder(bool schema_only) {
    Folder folder{"<builtin>", std::string(model::k_builtin_origin), {}};
    for (const auto& file : embedded_files()) {
        // Without the built-in entities, the schema and the vocabulary still apply.
        if (schema_only && file.path != "schema.yaml" && file.path != "vocabulary.yaml")
            continue;
        folder.files.push_back({std::string(file.path), "<builtin>/" + std::string(file.path),
                                std::string(file.content)});
    }
    return folder;
}

bool is_yaml(std::string_view name) {
    const auto dot = name.rfind('.');
    if (dot == std::string_view::npos || dot == 0)
        return false;
    std::string ext(name.substr(dot));
    for (char& c : ext)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext == ".yaml" || ext == ".yml";
}

namespace {

std::int64_t nanoseconds(const timespec& t) {
    return std::int64_t{t.tv_sec} * 1'000'000'000 + t.tv_nsec;
}

/// One entry of a folder, as listed.
struct Item {
    std::string name;
    unsigned char type;
};

/// The entries of the open folder `fd` (`shown_dir` in messages) that are not hidden, sorted
/// by name; takes `fd`. A folder that cannot be listed goes to `io_errors`.
std::vector<Item> list_folder(int fd, const std::string& shown_dir,
                              std::vector<std::string>& io_errors) {
    std::vector<Item> items;
    DIR* stream = ::fdopendir(fd);
    if (stream == nullptr) {
        io_errors.push_back(
            fmt::format("{}: cannot read folder: {}", shown_dir, std::strerror(errno)));
        ::close(fd);
        return items;
    }
    errno = 0;
    while (const dirent* entry = ::readdir(stream)) {
        if (entry->d_name[0] != '.')
            items.push_back({entry->d_name, entry->d_type});
        errno = 0;
    }
    if (errno != 0)
        io_errors.push_back(
            fmt::format("{}: cannot read folder: {}", shown_dir, std::strerror(errno)));
    ::closedir(stream);
    std::sort(items.begin(), items.end(),
              [](const Item& a, const Item& b) { return a.name < b.name; });
    return items;
}

/// Adds the YAML files in the open folder `fd` to `scan`, in the order of their names, going
/// into subfolders as they come; hidden entries are skipped, and links to folders not
/// followed (they could loop, or lead anywhere on the machine) but named in
/// `scan.warnings`. Takes `fd`. A loop, not a recursion: a tree as deep as paths allow
/// (thousands of folders) needs no more stack than a flat one.
void walk(int fd, FolderScan& scan, std::vector<std::string>& io_errors) {
    struct Open {
        int fd;
        std::string relative; ///< inside the knowledge folder; empty at its root
        std::string shown;    ///< as shown in messages
        std::vector<Item> items;
        std::size_t next = 0;
    };
    std::vector<Open> stack;
    stack.push_back({fd, {}, scan.name, list_folder(::dup(fd), scan.name, io_errors)});
    while (!stack.empty()) {
        Open& here = stack.back();
        if (here.next == here.items.size()) {
            ::close(here.fd);
            stack.pop_back();
            continue;
        }
        const Item& item = here.items[here.next++];
        const std::string inner =
            here.relative.empty() ? item.name : here.relative + "/" + item.name;
        if (is_yaml(item.name)) { // a folder named x.yaml is reported, not walked
            FileStat file;
            file.relative = inner;
            file.path = here.shown + "/" + item.name;
            scan.files.push_back(std::move(file)); // stat'ed once the walk is done
            continue;
        }
        bool folder = item.type == DT_DIR;
        bool link = item.type == DT_LNK;
        if (item.type == DT_UNKNOWN) {
            struct stat st {};
            if (::fstatat(here.fd, item.name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
                folder = S_ISDIR(st.st_mode);
                link = S_ISLNK(st.st_mode);
            }
        }
        if (link) {
            struct stat st {};
            if (::fstatat(here.fd, item.name.c_str(), &st, 0) == 0 && S_ISDIR(st.st_mode))
                scan.warnings.push_back(fmt::format(
                    "{}/{}: a link to a folder, not read (links to folders are not followed; "
                    "name the folder with its own --kb)",
                    here.shown, item.name));
            continue;
        }
        if (!folder)
            continue;
        const std::string shown = here.shown + "/" + item.name;
        const int inner_fd =
            ::openat(here.fd, item.name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (inner_fd < 0) {
            io_errors.push_back(
                fmt::format("{}: cannot read folder: {}", shown, std::strerror(errno)));
            continue;
        }
        // Listed through a copy of the descriptor, kept open to look up its entries.
        const int listed = ::dup(inner_fd);
        std::vector<Item> items =
            listed < 0 ? std::vector<Item>{} : list_folder(listed, shown, io_errors);
        if (listed < 0)
            io_errors.push_back(
                fmt::format("{}: cannot read folder: {}", shown, std::strerror(errno)));
        stack.push_back({inner_fd, inner, shown, std::move(items)}); // `here` is stale now
    }
}

} // namespace

FolderScan scan_folder(const std::string& dir, const std::string& origin,
                       std::vector<std::string>& io_errors) {
    // Shown paths are the folder as given, then `/` and the path inside it.
    std::string name = dir;
    while (name.size() > 1 && name.ends_with('/'))
        name.pop_back();
    FolderScan scan{name, origin, {}, {}};
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        io_errors.push_back(fmt::format("{}: cannot read folder: {}", dir, std::strerror(errno)));
        return scan;
    }
    walk(fd, scan, io_errors);
    scan.name = dir;

    // stat is most of a scan's cost (a few microseconds a file): on every core.
    std::vector<int> errors(scan.files.size(), 0);
    std::atomic<std::size_t> next{0};
    run_in_parallel(
        [&]() {
            for (std::size_t i = next++; i < scan.files.size(); i = next++) {
                FileStat& file = scan.files[i];
                struct stat st {};
                if (::stat(file.path.c_str(), &st) != 0) {
                    errors[i] = errno;
                    continue;
                }
                file.regular = S_ISREG(st.st_mode);
                file.size = static_cast<std::int64_t>(st.st_size);
                file.mtime_ns = nanoseconds(st.st_mtim);
                file.ctime_ns = nanoseconds(st.st_ctim);
                file.inode = static_cast<std::uint64_t>(st.st_ino);
                file.device = static_cast<std::uint64_t>(st.st_dev);
            }
        },
        threads_for(scan.files.size(), 3000));
    std::vector<FileStat> kept;
    kept.reserve(scan.files.size());
    for (std::size_t i = 0; i < scan.files.size(); ++i) {
        if (errors[i] != 0)
            io_errors.push_back(
                fmt::format("{}: cannot read: {}", scan.files[i].path, std::strerror(errors[i])));
        else
            kept.push_back(std::move(scan.files[i]));
    }
    scan.files = std::move(kept);
    return scan;
}

namespace {

/// What reading a file gave: its bytes, or why not.
struct ReadOutcome {
    enum class Status { Read, NotRegular, TooLarge, Failed };
    Status status = Status::Failed;
    std::string content;
    std::uintmax_t size = 0; ///< for TooLarge: at least this many bytes
    int error = 0;           ///< for Failed: errno
};

/// read(2), retried when a signal interrupts it: the bytes read, 0 at the end of the file,
/// or -1 with errno set.
ssize_t read_retrying(int fd, char* into, std::size_t size) {
    while (true) {
        const ssize_t n = ::read(fd, into, size);
        if (n >= 0 || errno != EINTR)
            return n;
    }
}

/// Reads the file at `path` through one descriptor, so that what is read is what was
/// checked: a regular file (a FIFO or device put in its place is refused, never waited on),
/// of at most `limit` bytes however it grows while it is read.
ReadOutcome read_bounded(const std::string& path, std::uintmax_t limit) {
    ReadOutcome out;
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        out.error = errno;
        return out;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        out.error = errno;
    } else if (!S_ISREG(st.st_mode)) {
        out.status = ReadOutcome::Status::NotRegular;
    } else if (static_cast<std::uintmax_t>(st.st_size) > limit) {
        out.status = ReadOutcome::Status::TooLarge;
        out.size = static_cast<std::uintmax_t>(st.st_size);
    } else {
        out.content.resize(static_cast<std::size_t>(st.st_size));
        std::size_t have = 0;
        while (true) {
            // Once the size fstat gave is read, one byte more says whether the file ends
            // there (the string is not grown for nothing: it is kept as long as the
            // knowledge, and 64 KiB spare per file was 650 MB over 10,000 files).
            const bool full = have == out.content.size();
            if (full && have > limit) {
                out.status = ReadOutcome::Status::TooLarge;
                out.size = have;
                break;
            }
            char probe = 0;
            const auto n =
                full ? read_retrying(fd, &probe, 1)
                     : read_retrying(fd, out.content.data() + have, out.content.size() - have);
            if (n < 0) {
                out.error = errno;
                break;
            }
            if (n == 0) {
                out.content.resize(have);
                out.status = ReadOutcome::Status::Read;
                break;
            }
            if (full) {
                // It grew since fstat: read on, a little past the limit at most.
                // (limit + 1 cannot wrap: a limit of 2^64 - 1 bytes is no limit at all.)
                const std::uintmax_t past = limit == UINTMAX_MAX ? limit : limit + 1;
                out.content.resize(
                    static_cast<std::size_t>(std::min<std::uintmax_t>(past, have + 65536)));
                out.content[have] = probe;
            }
            have += static_cast<std::size_t>(n);
        }
    }
    ::close(fd);
    if (out.status != ReadOutcome::Status::Read)
        out.content.clear();
    return out;
}

} // namespace

Folder read_scanned(const FolderScan& scan, model::Diagnostics& diagnostics,
                    std::vector<std::string>& io_errors, ReadLimits limits) {
    Folder folder{scan.name, scan.origin, {}};
    for (const auto& file : scan.files) {
        if (!file.regular) {
            diagnostics.push_back({{file.path, 0, 0},
                                   model::Severity::Error,
                                   "not a regular file (a folder, FIFO or device): not loaded"});
            continue;
        }
        const auto too_large = [&](std::uintmax_t size) {
            diagnostics.push_back({{file.path, 0, 0},
                                   model::Severity::Error,
                                   fmt::format("file is {} bytes, over the limit of {} bytes; not "
                                               "loaded",
                                               size, limits.max_file_bytes)});
        };
        if (static_cast<std::uintmax_t>(file.size) > limits.max_file_bytes) {
            too_large(static_cast<std::uintmax_t>(file.size));
            continue;
        }
        // Read through one descriptor: the file may have been replaced since it was listed.
        auto read = read_bounded(file.path, limits.max_file_bytes);
        switch (read.status) {
        case ReadOutcome::Status::Read:
            folder.files.push_back({file.relative, file.path, std::move(read.content)});
            break;
        case ReadOutcome::Status::NotRegular:
            diagnostics.push_back({{file.path, 0, 0},
                                   model::Severity::Error,
                                   "not a regular file (a folder, FIFO or device): not loaded"});
            break;
        case ReadOutcome::Status::TooLarge:
            too_large(read.size);
            break;
        case ReadOutcome::Status::Failed:
            io_errors.push_back(
                fmt::format("{}: cannot read: {}", file.path, std::strerror(read.error)));
            break;
        }
    }
    return folder;
}

std::optional<std::string> source_text(const std::string& shown_path) {
    constexpr std::string_view builtin = "<builtin>/";
    if (shown_path.starts_with(builtin)) {
        const std::string_view relative = std::string_view(shown_path).substr(builtin.size());
        for (const auto& file : embedded_files())
            if (file.path == relative)
                return std::string(file.content);
        return std::nullopt;
    }
    auto read = read_bounded(shown_path, ReadLimits{}.max_file_bytes);
    if (read.status != ReadOutcome::Status::Read)
        return std::nullopt;
    return std::move(read.content);
}

std::optional<std::string> read_file(const std::string& path, std::uintmax_t limit,
                                     std::string& why) {
    auto read = read_bounded(path, limit);
    switch (read.status) {
    case ReadOutcome::Status::Read:
        return std::move(read.content);
    case ReadOutcome::Status::NotRegular:
        why = "not a regular file";
        break;
    case ReadOutcome::Status::TooLarge:
        why = fmt::format("larger than {} bytes", limit);
        break;
    case ReadOutcome::Status::Failed:
        why = std::strerror(read.error);
        break;
    }
    return std::nullopt;
}

Folder read_folder(const std::string& dir, const std::string& origin,
                   model::Diagnostics& diagnostics, std::vector<std::string>& io_errors,
                   ReadLimits limits) {
    return read_scanned(scan_folder(dir, origin, io_errors), diagnostics, io_errors, limits);
}

} // namespace aistrat::load
