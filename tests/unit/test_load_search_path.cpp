#include "load/folder.hpp"
#include "load/search_path.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using namespace aistrat;

TEST_SUITE("load.search_path") {
    TEST_CASE("knowledge_path: user folder, AISTRAT_KB in order, then --kb") {
        load::SearchOptions options;
        options.xdg_data_home = "/data";
        options.aistrat_kb = ":a::b:";
        options.kb_dirs = {"c"};
        const auto path = load::knowledge_path(options);
        REQUIRE(path.size() == 4);
        CHECK(path[0].dir == "/data/aistrat/knowledge");
        CHECK_FALSE(path[0].required);
        CHECK(path[1].dir == "a");
        CHECK(path[2].dir == "b");
        CHECK(path[2].origin == "AISTRAT_KB");
        CHECK(path[3].dir == "c");
        CHECK(path[3].origin == "--kb");
    }

    TEST_CASE("user_knowledge_dir: XDG_DATA_HOME, else HOME") {
        load::SearchOptions options;
        options.home = "/home/u";
        CHECK(load::user_knowledge_dir(options) == "/home/u/.local/share/aistrat/knowledge");
        options.xdg_data_home = "";
        CHECK(load::user_knowledge_dir(options) == "/home/u/.local/share/aistrat/knowledge");
        options.home.reset();
        CHECK(load::user_knowledge_dir(options).empty());
    }
}

TEST_SUITE("load.folder") {
    TEST_CASE("read_folder: YAML files sorted, hidden entries skipped, size limit enforced") {
        namespace fs = std::filesystem;
        const fs::path dir = fs::temp_directory_path() / "aistrat-test-folder";
        fs::remove_all(dir);
        fs::create_directories(dir / "sub");
        fs::create_directories(dir / ".hidden");
        std::ofstream(dir / "b.yaml") << "b: 1\n";
        std::ofstream(dir / "sub" / "a.YML") << "a: 1\n";
        std::ofstream(dir / ".hidden" / "c.yaml") << "c: 1\n";
        std::ofstream(dir / "notes.txt") << "not yaml\n";
        std::ofstream(dir / "big.yaml") << std::string(100, 'x') << "\n";
        model::Diagnostics diagnostics;
        std::vector<std::string> io_errors;
        const auto folder = load::read_folder(dir.string(), "--kb", diagnostics, io_errors, {50});
        REQUIRE(folder.files.size() == 2);
        CHECK(folder.files[0].relative == "b.yaml");
        CHECK(folder.files[1].relative == "sub/a.YML");
        REQUIRE(diagnostics.size() == 1);
        CHECK(diagnostics[0].message ==
              "file is 101 bytes, over the limit of 50 bytes; not loaded");
        CHECK(io_errors.empty());
        fs::remove_all(dir);
    }
}
