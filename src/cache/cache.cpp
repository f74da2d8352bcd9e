// The cache's files: `<key>.knowledge` (the snapshot with the identity of the files it came
// from) and `<key>.search` (the full-text index), both SQLite databases written whole under
// a temporary name and renamed into place.
#include "cache/cache.hpp"

#include "cache/seal.hpp"
#include "cache/snapshot.hpp"
#include "cache/temporary.hpp"
#include "load/embedded.hpp"
#include "model/text.hpp"
#include "search/sqlite.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <map>
#include <new>
#include <random>
#include <stdexcept>
#include <sys/stat.h>
#include <system_error>
#include <tuple>
#include <unistd.h>

namespace aistrat::cache {

namespace fs = std::filesystem;

namespace {

constexpr const char* k_knowledge_ext = ".knowledge";
constexpr const char* k_search_ext = ".search";
/// A file changed this close to the writing of an entry may change again within the same
/// timestamp tick: the entry also keeps its content's hash. Linux file systems keep
/// nanoseconds but move their clock in ticks of some milliseconds; a file system that keeps
/// whole seconds (or two, as FAT does) gets the wider window.
constexpr std::int64_t k_racy_ns = 100'000'000;
constexpr std::int64_t k_racy_coarse_ns = 2'000'000'000;

using sqlite::Database;
using sqlite::Statement;

/// Adds `text` to `out` with its length first, so that ("ab", "c") and ("a", "bc") differ.
void add_field(std::string& out, std::string_view text) {
    out += fmt::format("{}:", text.size());
    out += text;
}

/// The files the knowledge came from, as bytes to compare.
std::string identity_of(const load::KnowledgeScan& scan) {
    std::string out;
    for (const auto& folder : scan.folders) {
        add_field(out, folder.name);
        add_field(out, folder.origin);
        for (const auto& f : folder.files) {
            add_field(out, f.relative);
            out += fmt::format("{} {} {} {} {} {};", f.regular ? 1 : 0, f.size, f.mtime_ns,
                               f.ctime_ns, f.inode, f.device);
        }
        out += '\n';
    }
    return out;
}

/// The paths of the files changed so shortly before `now_ns` (or after) that a change in the
/// same timestamp tick could go unseen.
std::vector<std::string> racy_files(const load::KnowledgeScan& scan, std::int64_t now_ns) {
    std::vector<std::string> out;
    for (const auto& folder : scan.folders)
        for (const auto& f : folder.files) {
            const std::int64_t changed = std::max(f.mtime_ns, f.ctime_ns);
            const bool coarse = f.mtime_ns % 1'000'000'000 == 0;
            if (f.regular && changed >= now_ns - (coarse ? k_racy_coarse_ns : k_racy_ns))
                out.push_back(f.path);
        }
    return out;
}

std::int64_t now_ns() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

/// How long ago a file was last written (negative when dated in the future).
std::chrono::seconds age_of(fs::file_time_type written) {
    return std::chrono::duration_cast<std::chrono::seconds>(fs::file_time_type::clock::now() -
                                                            written);
}

/// Writes a new file at `path` by `fill`ing a temporary one, sealing it with its checksum and
/// renaming it; the temporary file is removed when anything fails.
template <typename Fill>
void write_atomically(const std::string& path, Fill fill) {
    std::random_device random;
    const std::string temporary = temporary_name(path, random());
    try {
        fill(temporary);
        seal(temporary);
        std::error_code ec;
        fs::rename(temporary, path, ec);
        if (ec)
            throw std::runtime_error(ec.message());
    } catch (...) {
        std::error_code ignored;
        fs::remove(temporary, ignored);
        throw;
    }
}

void make_folder(const std::string& dir) {
    std::error_code ec;
    // The folders this makes, the base folder (~/.cache) too, are the user's alone (0700, as
    // the XDG spec asks), whatever the umask: one every user could write in is refused.
    std::vector<fs::path> made;
    for (fs::path at = fs::path(dir).lexically_normal();
         at.has_relative_path() && !fs::exists(fs::symlink_status(at, ec)); at = at.parent_path())
        made.push_back(at);
    if (fs::create_directories(dir, ec) && !ec)
        for (const auto& folder : made)
            ::chmod(folder.c_str(), 0700);
    if (ec)
        throw std::runtime_error(ec.message());
    // Said plainly here, rather than as SQLite's "unable to open database file" later.
    if (::access(dir.c_str(), W_OK) != 0)
        throw std::runtime_error(std::strerror(errno));
}

/// The size of the files `scan` lists that are read (regular, each counted up to the size
/// limit: a larger one is refused, not read), with the built-in knowledge.
std::uint64_t source_bytes(const load::KnowledgeScan& scan) {
    std::uint64_t total = 0;
    for (const auto& folder : scan.folders)
        for (const auto& f : folder.files)
            if (f.regular)
                total += std::min<std::uint64_t>(
                    static_cast<std::uint64_t>(std::max<std::int64_t>(f.size, 0)),
                    scan.max_file_bytes);
    for (const auto& f : load::embedded_files())
        total += f.content.size();
    return total;
}

/// The largest cache file worth reading for knowledge of `source` bytes: a snapshot is about
/// the size of its YAML and a search index up to five times it (bench/ at 10,000 entities),
/// so this is far above any file the cache writes and far below a file grown on purpose.
std::uint64_t largest_entry(std::uint64_t source) {
    constexpr std::uint64_t k_base = 64ULL << 20;
    constexpr std::uint64_t k_per_source_byte = 32;
    return k_base + k_per_source_byte * source;
}

/// The largest entry `cache info` reads to tell which folders it holds (of any key, whose
/// files it does not know); a larger one is shown as not read.
constexpr std::uint64_t k_largest_listed = 256ULL << 20;

/// The folders an entry holds, as `cache info` lists them: each name ended by a NUL, which
/// no path holds, so that a folder named "a, b" stays one.
std::string describe(const load::KnowledgeScan& scan) {
    std::string out = scan.builtin ? "<builtin>" : "<builtin schema>";
    out += '\0';
    for (const auto& folder : scan.folders) {
        out += folder.name;
        out += '\0';
    }
    return out;
}

/// The snapshot in `path` when it was written from files with `identity` and the files it
/// marked racy still hash the same; nothing otherwise.
std::optional<check::CheckedKnowledge>
read_entry(const std::string& path, const std::string& identity, std::uint64_t max_bytes) {
    // Checked whole before SQLite or the decoder reads a byte of it: a damaged entry is
    // rebuilt, never served.
    const auto image = read_sealed(path, max_bytes);
    if (!image)
        return std::nullopt;
    try {
        Database db(sqlite::Image{*image}); // what was checked is what is read
        // The files' identity first (their sizes among it): a file that changed is never read
        // here, whatever it has become.
        Statement entry(db.get(), "SELECT identity, snapshot FROM entry");
        if (!entry.step() || entry.view(0) != identity)
            return std::nullopt;
        Statement racy(db.get(), "SELECT path, hash FROM racy");
        while (racy.step()) {
            const auto text = load::source_text(std::string(racy.view(0)));
            if (!text || static_cast<std::int64_t>(load::hash_of(*text)) != racy.integer(1))
                return std::nullopt;
        }
        return decode(entry.view(1));
    } catch (const std::runtime_error&) {
        return std::nullopt; // damaged or not ours: rebuilt
    }
}

void write_entry(const std::string& path, const std::string& identity,
                 const check::CheckedKnowledge& snapshot,
                 const std::vector<std::pair<std::string, std::uint64_t>>& racy,
                 const std::string& folders, const Settings& settings, std::uint64_t largest) {
    const std::string bytes = encode(snapshot);
    // An entry larger than the next run would read is never written: it would cost the
    // disk and the time to write on every run, and never be used.
    if (bytes.size() + (1U << 20) > largest)
        throw std::runtime_error(fmt::format(
            "the knowledge takes {} MiB as a snapshot, more than the {} MiB a cache entry may "
            "hold for {} MiB of knowledge files",
            bytes.size() >> 20U, largest >> 20U, (largest - (64ULL << 20)) / 32 >> 20U));
    write_atomically(path, [&](const std::string& temporary) {
        Database db(temporary, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        // Large pages for a large snapshot: fewer of them to chain when it is read back.
        db.exec(bytes.size() > (1U << 20) ? "PRAGMA page_size = 65536" : "PRAGMA page_size = 4096");
        db.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; "
                "BEGIN; "
                "CREATE TABLE meta(name TEXT PRIMARY KEY, value); "
                "CREATE TABLE entry(identity BLOB, snapshot BLOB); "
                "CREATE TABLE racy(path TEXT, hash INTEGER);");
        Statement meta(db.get(), "INSERT INTO meta VALUES (?, ?)");
        const std::vector<std::pair<std::string, std::string>> values{
            {"version", settings.version},
            {"format", std::to_string(k_snapshot_format)},
            {"folders", folders},
            {"entities", std::to_string(snapshot.kb.entities().size())}};
        for (const auto& [name, value] : values) {
            meta.bind(1, name).bind(2, value).step();
            meta.reset();
        }
        Statement entry(db.get(), "INSERT INTO entry VALUES (?, ?)");
        entry.bind_blob(1, identity.data(), identity.size())
            .bind_blob(2, bytes.data(), bytes.size())
            .step();
        Statement insert(db.get(), "INSERT INTO racy VALUES (?, ?)");
        for (const auto& [file, hash] : racy) {
            insert.bind(1, file).bind(2, static_cast<std::int64_t>(hash)).step();
            insert.reset();
        }
        db.exec("COMMIT");
    });
}

/// Whether a file in the cache folder is named as the cache names its own: after a key, 16
/// hexadecimal digits (KEY.knowledge, KEY.search, and KEY.EXT.tmp-... while written). Anything
/// else there is left alone.
bool named_as_ours(std::string_view name) {
    const std::string_view stem = name.substr(0, name.find('.'));
    return stem.size() == 16 && std::all_of(stem.begin(), stem.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

/// Removes the oldest knowledge entries beyond `k_max_entries` (with their search indexes),
/// search indexes whose knowledge entry is gone, and temporary files a stopped run left.
void evict(const std::string& dir) {
    std::vector<std::pair<fs::file_time_type, fs::path>> entries;
    std::vector<fs::path> indexes;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code time_ec;
        const auto written = it->last_write_time(time_ec);
        if (time_ec)
            continue;
        const std::string name = it->path().filename().string();
        if (!named_as_ours(name))
            continue;
        if (is_temporary(name)) {
            if (!in_progress(name, age_of(written)))
                fs::remove(it->path(), time_ec);
        } else if (it->path().extension() == k_knowledge_ext) {
            entries.emplace_back(written, it->path());
        } else if (it->path().extension() == k_search_ext) {
            indexes.push_back(it->path());
        }
    }
    // An index is written after its knowledge entry; one without (a `cache clear` ran
    // between the two) would never be used or evicted.
    for (auto index : indexes) {
        std::error_code exists_ec;
        if (!fs::exists(fs::path(index).replace_extension(k_knowledge_ext), exists_ec) &&
            !exists_ec)
            fs::remove(index, exists_ec);
    }
    if (entries.size() <= k_max_entries)
        return;
    std::sort(entries.begin(), entries.end(), std::greater<>());
    for (std::size_t i = k_max_entries; i < entries.size(); ++i) {
        std::error_code remove_ec;
        fs::remove(entries[i].second, remove_ec);
        fs::path search = entries[i].second;
        fs::remove(search.replace_extension(k_search_ext), remove_ec);
    }
}

std::string entry_path(const Settings& settings, const std::string& key, const char* ext) {
    return (fs::path(settings.dir) / (key + ext)).string();
}

} // namespace

std::string build_identity() {
    struct stat st {};
    if (::stat("/proc/self/exe", &st) != 0)
        return {};
    return fmt::format("{}.{}.{}", st.st_size, st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
}

std::string key_for(const load::SearchOptions& options, const Settings& settings) {
    std::string key =
        fmt::format("{} {} {} {} {} {:016x}", settings.version, settings.build, k_snapshot_format,
                    options.builtin, options.max_file_bytes, load::embedded_hash());
    // A folder named again is loaded once (load::scan_knowledge), so it is the same knowledge
    // and the same key: `--kb k --kb k` is `--kb k`. Only the user's folder named again counts,
    // since that makes it as strict as a named one.
    std::map<fs::path, bool> seen; // canonical path: named (not the user's folder looked for)
    for (const auto& spec : load::knowledge_path(options)) {
        std::error_code ec;
        const fs::path canonical = fs::canonical(spec.dir, ec);
        if (!ec) {
            const auto [at, first] = seen.try_emplace(canonical, spec.required);
            if (!first) {
                if (spec.required && !at->second) {
                    add_field(key, "the user folder named");
                    add_field(key, spec.origin);
                    at->second = true;
                }
                continue;
            }
        }
        add_field(key, spec.dir);
        add_field(key, spec.origin);
        add_field(key, fs::absolute(spec.dir, ec).lexically_normal().string());
    }
    // The same folders with files left out are other knowledge.
    for (const auto& skipped : options.skip) {
        add_field(key, "skip");
        add_field(key, skipped);
    }
    if (options.skip_user_folder)
        add_field(key, "skip the user folder");
    return fmt::format("{:016x}", load::hash_of(key));
}

std::optional<std::string> unsafe_folder(const std::string& dir) {
    struct stat st {};
    // A link in the folder's place is another user's doing unless it is the user's own: in a
    // folder everyone may write in (/tmp), it would send the cache, and `cache clear`, into a
    // folder of the user's that is no cache.
    if (::lstat(dir.c_str(), &st) == 0 && S_ISLNK(st.st_mode) && st.st_uid != ::geteuid())
        return "it is a link that belongs to another user";
    // The same one level up or more: a HOME in a folder every user may write in, with a
    // `.cache` link planted beside it, sent the cache into the planter's choice of folder.
    std::error_code ec;
    const fs::path absolute = fs::absolute(dir, ec).lexically_normal();
    for (fs::path at = absolute.parent_path(); !ec && at.has_relative_path();
         at = at.parent_path()) {
        struct stat link {};
        struct stat parent {};
        if (::lstat(at.c_str(), &link) == 0 && S_ISLNK(link.st_mode) &&
            link.st_uid != ::geteuid() && ::stat(at.parent_path().c_str(), &parent) == 0 &&
            (parent.st_mode & S_IWOTH) != 0)
            return fmt::format("{} is a link another user made in a folder every user may "
                               "write in",
                               at.string());
    }
    if (::stat(dir.c_str(), &st) != 0)
        return std::nullopt; // not there yet: made with the user's own permissions
    if (st.st_uid != ::geteuid())
        return "it belongs to another user";
    if ((st.st_mode & S_IWOTH) != 0)
        return "every user may write in it";
    return std::nullopt;
}

Knowledge load(const load::SearchOptions& options, const Settings& settings,
               std::vector<std::string>& warnings, const check::Source& source) {
    const load::KnowledgeScan scan = load::scan_knowledge(options);
    warnings.insert(warnings.end(), scan.warnings.begin(), scan.warnings.end());
    const auto from_source = [&](check::FileHashes& hashes) {
        Knowledge out;
        static_cast<check::CheckedKnowledge&>(out) = source(scan, warnings, hashes);
        return out;
    };
    const auto uncached = [&] {
        check::FileHashes hashes;
        return from_source(hashes);
    };
    if (settings.dir.empty() || !scan.io_errors.empty())
        return uncached(); // the errors are reported; nothing is cached
    // Another user could put any knowledge there, and the checksum would be theirs too.
    if (const auto problem = unsafe_folder(settings.dir)) {
        warnings.push_back(fmt::format("cannot use the cache in {}: {}; running without it",
                                       settings.dir, *problem));
        return uncached();
    }
    const std::string key = key_for(options, settings);
    const std::string path = entry_path(settings, key, k_knowledge_ext);
    // The key too: an entry copied or renamed to another key (other settings, such as
    // --no-builtin or the size limit, over the same files) is not this one.
    const std::string identity = key + "\n" + identity_of(scan);
    const std::uint64_t bytes = source_bytes(scan);
    if (auto snapshot = read_entry(path, identity, largest_entry(bytes))) {
        Knowledge out;
        static_cast<check::CheckedKnowledge&>(out) = std::move(*snapshot);
        out.key = key;
        out.from_cache = true;
        out.source_bytes = bytes;
        return out;
    }
    const std::int64_t started = now_ns();
    check::FileHashes hashes;
    const std::size_t warned = warnings.size();
    Knowledge out = from_source(hashes);
    out.source_bytes = bytes;
    // Knowledge a file is missing from is not kept: the next run says again what it lacks.
    if (!out.io_errors.empty() || warnings.size() != warned)
        return out;
    std::vector<std::pair<std::string, std::uint64_t>> racy;
    try {
        make_folder(settings.dir);
        // The hash of what was parsed: a file changed since is rejected on the next run.
        for (const auto& file : racy_files(scan, started))
            if (auto hash = hashes.find(file); hash != hashes.end())
                racy.emplace_back(file, hash->second);
        write_entry(path, identity, out, racy, describe(scan), settings, largest_entry(bytes));
        out.key = key;
        evict(settings.dir);
    } catch (const std::runtime_error& error) {
        warnings.push_back(fmt::format("cannot write the cache in {}: {}; running without it",
                                       settings.dir, error.what()));
    } catch (const std::bad_alloc&) {
        // Writing the entry needs more memory than the command: go on without it.
        warnings.push_back(fmt::format(
            "cannot write the cache in {}: out of memory; running without it", settings.dir));
    }
    return out;
}

std::unique_ptr<search::SearchIndex> search_index(const Knowledge& knowledge,
                                                  const Settings& settings,
                                                  std::vector<std::string>& warnings) {
    if (knowledge.key.empty() || settings.dir.empty())
        return std::make_unique<search::SearchIndex>(knowledge.kb);
    const std::string path = entry_path(settings, knowledge.key, k_search_ext);
    const std::string id = fmt::format("{}:{:016x}", knowledge.key, knowledge.content_hash);
    if (auto image = read_sealed(path, largest_entry(knowledge.source_bytes)))
        if (auto index = search::SearchIndex::open(knowledge.kb, std::move(*image), id))
            return index;
    auto index = std::make_unique<search::SearchIndex>(knowledge.kb);
    try {
        make_folder(settings.dir);
        const std::uint64_t largest = largest_entry(knowledge.source_bytes);
        write_atomically(path, [&](const std::string& temporary) {
            index->save(temporary, id);
            // As for the snapshot: an index the next run would not read is not kept.
            std::error_code ec;
            if (const auto size = fs::file_size(temporary, ec); !ec && size > largest)
                throw std::runtime_error(fmt::format(
                    "the search index takes {} MiB, more than the {} MiB a cache entry may hold",
                    size >> 20U, largest >> 20U));
        });
    } catch (const std::runtime_error& error) {
        warnings.push_back(fmt::format("cannot write the cache in {}: {}; running without it",
                                       settings.dir, error.what()));
    } catch (const std::bad_alloc&) {
        warnings.push_back(fmt::format(
            "cannot write the cache in {}: out of memory; running without it", settings.dir));
    }
    return index;
}

std::vector<Entry> entries(const Settings& settings, const std::string& current_key) {
    std::vector<Entry> out;
    std::error_code ec;
    for (fs::directory_iterator it(settings.dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code file_ec;
        // Anything but a folder under one of our names is listed, so that `cache clear`
        // removes a FIFO or a link put in an entry's place; only a regular file is opened.
        const auto type = it->symlink_status(file_ec).type();
        if (file_ec || type == fs::file_type::directory)
            continue;
        const bool regular = it->is_regular_file(file_ec);
        Entry entry;
        entry.path = it->path().string();
        const std::string name = it->path().filename().string();
        if (!named_as_ours(name))
            continue;
        entry.bytes = regular ? it->file_size(file_ec) : 0;
        struct stat st {};
        if (::stat(entry.path.c_str(), &st) == 0)
            entry.written = static_cast<std::int64_t>(st.st_mtim.tv_sec);
        if (is_temporary(name)) {
            entry.what = "unfinished";
        } else if (it->path().extension() == k_knowledge_ext) {
            entry.what = "knowledge";
        } else if (it->path().extension() == k_search_ext) {
            entry.what = "search index";
        } else {
            continue; // not ours
        }
        entry.key = it->path().stem().string();
        if (entry.what == "unfinished")
            entry.key = name.substr(0, name.find('.'));
        entry.current = entry.what != "unfinished" && entry.key == current_key;
        const auto image = entry.what == "knowledge" && regular
                               ? read_sealed(entry.path, k_largest_listed)
                               : std::nullopt;
        if (entry.what == "knowledge" && !image) {
            entry.problem = "damaged, or not a cache file: rebuilt when used";
        } else if (entry.what == "knowledge") {
            try {
                Database db(sqlite::Image{*image});
                Statement meta(db.get(), "SELECT name, value FROM meta");
                while (meta.step()) {
                    if (meta.view(0) == "folders") {
                        // Each name ended by a NUL (see describe).
                        std::string_view names = meta.view(1);
                        for (auto nul = names.find('\0'); nul != std::string_view::npos;
                             nul = names.find('\0')) {
                            entry.folders.emplace_back(names.substr(0, nul));
                            names.remove_prefix(nul + 1);
                        }
                        if (!names.empty()) // an older entry's, joined with ", "
                            entry.folders.emplace_back(names);
                    } else if (meta.view(0) == "entities")
                        entry.entities = static_cast<std::size_t>(meta.integer(1));
                }
            } catch (const std::runtime_error&) {
                entry.folders.clear();
                entry.problem = "unreadable";
            }
        }
        out.push_back(std::move(entry));
    }
    std::sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) {
        return std::tie(b.written, a.path) < std::tie(a.written, b.path);
    });
    return out;
}

std::size_t clear(const Settings& settings, std::vector<std::string>& errors) {
    std::size_t removed = 0;
    for (const auto& entry : entries(settings, {})) {
        std::error_code ec;
        // Another run's file being written is its own: it renames it into place or removes it.
        if (entry.what == "unfinished") {
            const auto written = fs::last_write_time(entry.path, ec);
            if (!ec && in_progress(fs::path(entry.path).filename().string(), age_of(written)))
                continue;
        }
        // Only the user's own: another user's file in a folder that is not refused is not
        // ours to take (`cache info` lists it; the cache does not read it).
        struct stat st {};
        if (::lstat(entry.path.c_str(), &st) == 0 && st.st_uid != ::geteuid())
            continue;
        if (fs::remove(entry.path, ec))
            ++removed;
        else if (ec)
            errors.push_back(fmt::format("{}: {}", entry.path, ec.message()));
    }
    return removed;
}

} // namespace aistrat::cache
