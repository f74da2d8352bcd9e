// The cache as a layer around the knowledge source: the source runs when the cache cannot
// answer (no entry, a file changed, no cache folder, a folder not to be trusted), and not
// otherwise; what the cache answers is what the source gave.
#include "cache/cache.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace aistrat::cache {

namespace {

namespace fs = std::filesystem;

/// A folder of its own with a copy of the standalone fixture in `kb` and a cache folder in
/// `cache`, removed at the end.
struct Scratch {
    fs::path root =
        fs::temp_directory_path() / ("aistrat-cache-load-" + std::to_string(::getpid()));
    fs::path kb = root / "kb";
    fs::path cache = root / "cache";
    Scratch() {
        fs::remove_all(root);
        fs::create_directories(root);
        fs::copy(std::string(AISTRAT_TESTS_DIR) + "/fixtures/standalone", kb,
                 fs::copy_options::recursive);
    }
    ~Scratch() { fs::remove_all(root); }
    load::SearchOptions options() const {
        load::SearchOptions options;
        options.builtin = false;
        options.kb_dirs = {kb.string()};
        return options;
    }
    Settings settings() const { return {cache.string(), "test", "unit"}; }
};

/// The knowledge source of every command, counting its runs.
struct CountingSource {
    int runs = 0;
    check::Source source() {
        return [this](const load::KnowledgeScan& scan, std::vector<std::string>& warnings,
                      check::FileHashes& hashes) {
            ++runs;
            return check::from_files(scan, warnings, hashes);
        };
    }
};

} // namespace

TEST_SUITE("cache.load") {
    TEST_CASE("a second load with nothing changed reads the entry, not the source") {
        Scratch scratch;
        CountingSource counting;
        std::vector<std::string> warnings;
        Knowledge first = load(scratch.options(), scratch.settings(), warnings, counting.source());
        CHECK(counting.runs == 1);
        CHECK_FALSE(first.from_cache);
        CHECK_FALSE(first.key.empty());
        CHECK(fs::exists(scratch.cache / (first.key + ".knowledge")));
        Knowledge second = load(scratch.options(), scratch.settings(), warnings, counting.source());
        CHECK(counting.runs == 1);
        CHECK(second.from_cache);
        CHECK(second.key == first.key);
        CHECK(second.kb == first.kb);
        CHECK(second.diagnostics == first.diagnostics);
        CHECK(second.content_hash == first.content_hash);
        CHECK(warnings.empty());
    }

    TEST_CASE("a changed file makes the source run again, and its answer is served") {
        Scratch scratch;
        CountingSource counting;
        std::vector<std::string> warnings;
        const Knowledge before =
            load(scratch.options(), scratch.settings(), warnings, counting.source());
        fs::path file;
        for (const auto& entry : fs::recursive_directory_iterator(scratch.kb))
            if (entry.is_regular_file() && entry.path().filename() != "schema.yaml")
                file = entry.path();
        REQUIRE_FALSE(file.empty());
        std::ofstream(file, std::ios::app) << "tags: [added-by-the-test]\n";
        const Knowledge after =
            load(scratch.options(), scratch.settings(), warnings, counting.source());
        CHECK(counting.runs == 2);
        CHECK_FALSE(after.from_cache);
        CHECK(after.content_hash != before.content_hash);
    }

    TEST_CASE("without a cache folder, or with one not to be trusted, the source alone") {
        Scratch scratch;
        CountingSource counting;
        std::vector<std::string> warnings;
        const Knowledge plain = load(scratch.options(), Settings{}, warnings, counting.source());
        CHECK(counting.runs == 1);
        CHECK(plain.key.empty());
        CHECK_FALSE(plain.from_cache);
        CHECK(warnings.empty());

        fs::create_directories(scratch.cache);
        fs::permissions(scratch.cache, fs::perms::all);
        const Knowledge shared =
            load(scratch.options(), scratch.settings(), warnings, counting.source());
        CHECK(counting.runs == 2);
        CHECK(shared.key.empty());
        REQUIRE(warnings.size() == 1);
        CHECK(warnings[0].find("every user may write in it") != std::string::npos);
        CHECK(fs::is_empty(scratch.cache));
    }
}

} // namespace aistrat::cache
