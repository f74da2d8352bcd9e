#include "cache/temporary.hpp"

#include <doctest/doctest.h>

#include <string>
#include <unistd.h>

using aistrat::cache::final_name_of;
using aistrat::cache::in_progress;
using aistrat::cache::is_temporary;
using aistrat::cache::temporary_name;
using namespace std::chrono_literals;

TEST_CASE("a temporary name reads back as its final name, with this process as its writer") {
    const std::string name = temporary_name(".README.md", 255);
    CHECK(name == ".README.md.tmp-" + std::to_string(::getpid()) + "-ff");
    CHECK(is_temporary(name));
    REQUIRE(final_name_of(name).has_value());
    CHECK(*final_name_of(name) == ".README.md");
    CHECK(in_progress(name, 0s));
    CHECK(in_progress(name, 59min)); // this process is alive
    CHECK_FALSE(in_progress(name, 1h));
}

TEST_CASE("names no run writes are no run's") {
    for (const char* name : {"a.tmp-", "a.tmp-12", "a.tmp--1-ab", "a.tmp-0-1", "a.tmp-4194305-1",
                             "a.tmp-99999999999999999999999-ab", "a.tmp-12-", "a.tmp-12-xyz",
                             ".tmp-12-1", "a.tmp-+12-1", "a.tmp- 12-1"}) {
        CAPTURE(name);
        CHECK(is_temporary(name));
        CHECK_FALSE(final_name_of(name).has_value());
        CHECK_FALSE(in_progress(name, 0s));
    }
    CHECK_FALSE(is_temporary("0123456789abcdef.knowledge"));
}

TEST_CASE("SQLite's journal beside a temporary database is its run's too") {
    const std::string name = temporary_name("0123456789abcdef.search", 0xab) + "-journal";
    CHECK_FALSE(final_name_of(name).has_value()); // init writes no such file
    CHECK(in_progress(name, 0s));
    CHECK(in_progress(name, 10min));
    CHECK_FALSE(in_progress("k.tmp-4194304-ab-journal", 2min));
    CHECK_FALSE(in_progress("k.tmp-12-xyz-journal", 0s));
}

TEST_CASE("a run that is gone keeps its file for a minute, then loses it") {
    // 4194304 (2^22) is Linux's largest process id; no test machine runs that many.
    const std::string name = "k.search.tmp-4194304-0a";
    REQUIRE(final_name_of(name).has_value());
    CHECK(in_progress(name, 30s));
    CHECK_FALSE(in_progress(name, 61s));
    CHECK_FALSE(in_progress(name, -10min)); // dated in the future: its process must be alive
}
