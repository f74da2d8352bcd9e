#include "cli/environment.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>

using namespace aistrat::cli;

TEST_SUITE("cli.environment") {
    TEST_CASE("cache_dir: XDG_CACHE_HOME when absolute, else an existing HOME, else none") {
        Environment env;
        CHECK(cache_dir(env).empty());
        env.home = std::filesystem::temp_directory_path().string();
        CHECK(cache_dir(env) == *env.home + "/.cache/aistrat");
        env.xdg_cache_home = "relative/cache"; // the XDG rules ignore a relative one
        CHECK(cache_dir(env) == *env.home + "/.cache/aistrat");
        env.xdg_cache_home = "/somewhere/cache";
        CHECK(cache_dir(env) == "/somewhere/cache/aistrat");
        env.xdg_cache_home.reset();
        env.home = "/no/such/home/folder"; // never made
        CHECK(cache_dir(env).empty());
        env.home = "relative-home";
        CHECK(cache_dir(env).empty());
    }

    TEST_CASE("output_width: COLUMNS when a positive number, at least 20") {
        Environment env;
        env.columns = "100";
        CHECK(output_width(env) == 100);
        env.columns = "5";
        CHECK(output_width(env) == 20);
        for (const char* bad : {"0", "-3", "80x", "", "999999999999999999999999"}) {
            env.columns = bad;
            // Not a width: the terminal's, or none in a test (standard output is not one).
            CHECK_MESSAGE(output_width(env) == output_width(Environment{}), bad);
        }
    }

    TEST_CASE("use_color: --color decides, then NO_COLOR, then CLICOLOR_FORCE") {
        Environment env;
        CHECK(use_color("always", env));
        CHECK_FALSE(use_color("never", env));
        env.no_color = "1";
        env.clicolor_force = "1";
        CHECK(use_color("always", env));
        CHECK_FALSE(use_color("auto", env));
        env.no_color = ""; // set but empty counts as unset
        CHECK(use_color("auto", env));
        env.clicolor_force.reset();
        env.term = "dumb";
        CHECK_FALSE(use_color("auto", env));
    }

    TEST_CASE("Environment::read: AISTRAT_PAGER wins over PAGER, even when empty") {
        ::setenv("PAGER", "more", 1);
        ::unsetenv("AISTRAT_PAGER");
        CHECK(Environment::read().pager == "more");
        ::setenv("AISTRAT_PAGER", "", 1);
        CHECK(Environment::read().pager == "");
        ::unsetenv("AISTRAT_PAGER");
        ::unsetenv("PAGER");
        CHECK_FALSE(Environment::read().pager.has_value());
    }
}
