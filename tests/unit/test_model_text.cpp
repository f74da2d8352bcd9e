#include "model/text.hpp"

#include <doctest/doctest.h>

using namespace aistrat::model;

TEST_SUITE("model.text") {
    TEST_CASE("edit_distance: counts insertions, deletions and substitutions ignoring case") {
        CHECK(edit_distance("education", "education") == 0);
        CHECK(edit_distance("edcation", "education") == 1);
        CHECK(edit_distance("EDUCATION", "education") == 0);
        CHECK(edit_distance("kitten", "sitting") == 3);
        CHECK(edit_distance("itme", "item") == 1);
        CHECK(edit_distance("", "abc") == 3);
    }

    TEST_CASE("closest: plausible names only, nearest first, at most the limit") {
        const std::vector<std::string> names{"list", "show", "check", "kinds", "export"};
        CHECK(closest("lst", names) == std::vector<std::string>{"list"});
        CHECK(closest("chek", names) == std::vector<std::string>{"check"});
        CHECK(closest("zzzzzz", names).empty());
        CHECK(closest("pillars", {"pillar", "pillars", "opportunity"}).front() == "pillars");
    }

    TEST_CASE("closest: a prefix of three letters or more counts as close") {
        CHECK(closest("opp", {"opportunity", "organization"}) ==
              std::vector<std::string>{"opportunity"});
    }

    TEST_CASE("did_you_mean: one, two and three suggestions") {
        CHECK(did_you_mean({}).empty());
        CHECK(did_you_mean({"a"}) == "did you mean 'a'?");
        CHECK(did_you_mean({"a", "b"}) == "did you mean 'a' or 'b'?");
        CHECK(did_you_mean({"a", "b", "c"}) == "did you mean 'a', 'b' or 'c'?");
    }

    TEST_CASE("is_kebab_case: lower-case words joined by single hyphens") {
        CHECK(is_kebab_case("knowledge-exchange"));
        CHECK(is_kebab_case("a1"));
        CHECK_FALSE(is_kebab_case("Knowledge"));
        CHECK_FALSE(is_kebab_case("a--b"));
        CHECK_FALSE(is_kebab_case("-a"));
        CHECK_FALSE(is_kebab_case("a b"));
        CHECK_FALSE(is_kebab_case(""));
    }
}
