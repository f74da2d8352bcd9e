// The cache against damage: every byte of a small entry and of its search index, changed in
// turn, is caught (the entry is rebuilt) or harmless; the answer never changes.
#include "cache/cache.hpp"
#include "cache/seal.hpp"
#include "cache/snapshot.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace aistrat::cache {

namespace {

namespace fs = std::filesystem;

std::string read_bytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void write_bytes(const fs::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

/// A cache folder of its own, removed at the end.
struct Folder {
    fs::path path = fs::temp_directory_path() / ("aistrat-damage-" + std::to_string(::getpid()));
    Folder() { fs::create_directories(path); }
    ~Folder() { fs::remove_all(path); }
};

load::SearchOptions standalone() {
    load::SearchOptions options;
    options.builtin = false;
    options.kb_dirs = {std::string(AISTRAT_TESTS_DIR) + "/fixtures/standalone"};
    return options;
}

/// The knowledge as bytes to compare.
std::string bytes_of(const Knowledge& knowledge) {
    return encode(knowledge);
}

fs::path only_file(const fs::path& dir, const std::string& extension) {
    fs::path found;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.path().extension() == extension) {
            REQUIRE(found.empty());
            found = entry.path();
        }
    REQUIRE_FALSE(found.empty());
    return found;
}

std::vector<std::string> ids(const std::vector<search::EntityHit>& hits) {
    std::vector<std::string> out;
    for (const auto& hit : hits)
        out.push_back(hit.entity->id + " " + std::to_string(hit.score));
    return out;
}

/// Each byte of the file at `path` changed in turn (one bit of it), with `check` called on
/// each damaged file; the file is whole again at the end.
template <typename Check>
void damage_each_byte(const fs::path& path, std::size_t stride, Check check) {
    const std::string good = read_bytes(path);
    for (std::size_t i = 0; i < good.size(); i += stride) {
        std::string damaged = good;
        damaged[i] = static_cast<char>(damaged[i] ^ (1 << (i % 8)));
        write_bytes(path, damaged);
        check(i);
    }
    write_bytes(path, good);
}

} // namespace

TEST_CASE("a sealed file fails verification when any byte changes") {
    const Folder folder;
    const fs::path path = folder.path / "file";
    // Shaped as SQLite's header says a one-page database of 4096 bytes is: only a file
    // the size its header gives is read.
    std::string file(4096, 'x');
    file.replace(0, 16, std::string("SQLite format 3\0", 16));
    file.replace(16, 2, std::string("\x10\x00", 2));   // the page size, 4096
    file.replace(24, 4, std::string("\0\0\0\x01", 4)); // the change counter
    file.replace(28, 4, std::string("\0\0\0\x01", 4)); // pages in the file
    file.replace(92, 4, std::string("\0\0\0\x01", 4)); // the counter the count is valid for
    write_bytes(path, file);
    seal(path.string());
    CHECK(verify(path.string()));
    damage_each_byte(path, 1, [&](std::size_t) { CHECK_FALSE(verify(path.string())); });
    CHECK(verify(path.string()));
    const std::string good = read_bytes(path);
    write_bytes(path, good.substr(0, good.size() - 1));
    CHECK_FALSE(verify(path.string()));
    write_bytes(path, good + "x");
    CHECK_FALSE(verify(path.string()));
    write_bytes(path, "short");
    CHECK_FALSE(verify(path.string()));
    CHECK_FALSE(verify((folder.path / "missing").string()));
}

TEST_CASE("a damaged cache entry or search index is rebuilt: same knowledge, same answers") {
    const Folder folder;
    const Settings settings{folder.path.string(), "test", "build"};
    std::vector<std::string> warnings;
    const std::string expected = bytes_of(load(standalone(), settings, warnings));
    CHECK(warnings.empty());
    const fs::path entry = only_file(folder.path, ".knowledge");
    {
        auto again = load(standalone(), settings, warnings);
        CHECK(again.from_cache);
        CHECK(bytes_of(again) == expected);
    }
    const Knowledge knowledge = load(standalone(), settings, warnings);
    REQUIRE_FALSE(knowledge.key.empty());
    const std::string match = "\"note\" OR \"first\"";
    const auto answers =
        ids(search_index(knowledge, settings, warnings)->search_entities(match, match));
    CHECK_FALSE(answers.empty());
    const fs::path index = only_file(folder.path, ".search");

    // The checksum sees every byte of both files...
    damage_each_byte(entry, 1, [&](std::size_t) { REQUIRE_FALSE(verify(entry.string())); });
    damage_each_byte(index, 1, [&](std::size_t) { REQUIRE_FALSE(verify(index.string())); });
    // ...and a damaged file is rebuilt, never served: bytes spread over each file (every
    // byte would take minutes under the sanitizers, each one a rebuild).
    const std::size_t samples = 97;
    damage_each_byte(entry, fs::file_size(entry) / samples + 1, [&](std::size_t) {
        auto loaded = load(standalone(), settings, warnings);
        CHECK_FALSE(loaded.from_cache);
        REQUIRE(bytes_of(loaded) == expected);
    });
    damage_each_byte(index, fs::file_size(index) / samples + 1, [&](std::size_t) {
        REQUIRE(ids(search_index(knowledge, settings, warnings)->search_entities(match, match)) ==
                answers);
    });
    CHECK(warnings.empty());
}

TEST_CASE("a cache file cut short or changed after it was opened changes nothing") {
    // What was checked is what is read: the files are read whole, and SQLite reads the copy.
    const Folder folder;
    const Settings settings{folder.path.string(), "test", "build"};
    std::vector<std::string> warnings;
    const Knowledge built = load(standalone(), settings, warnings);
    const std::string match = "\"note\" OR \"first\"";
    const auto answers =
        ids(search_index(built, settings, warnings)->search_entities(match, match));
    REQUIRE_FALSE(answers.empty());
    const fs::path index = only_file(folder.path, ".search");
    const Knowledge knowledge = load(standalone(), settings, warnings);
    REQUIRE(knowledge.from_cache);
    const auto opened = search_index(knowledge, settings, warnings);
    for (const std::uintmax_t size :
         {std::uintmax_t{0}, std::uintmax_t{4096}, std::uintmax_t{100}}) {
        CAPTURE(size);
        fs::resize_file(index, size);
        CHECK(ids(opened->search_entities(match, match)) == answers);
        CHECK(opened->count_entities(match) == answers.size());
    }
    write_bytes(index, std::string(8192, 'x'));
    CHECK(ids(opened->search_entities(match, match)) == answers);
    // And the next run rebuilds it.
    CHECK(ids(search_index(knowledge, settings, warnings)->search_entities(match, match)) ==
          answers);
    CHECK(warnings.empty());
}

} // namespace aistrat::cache
