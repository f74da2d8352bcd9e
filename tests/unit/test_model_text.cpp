#include "model/text.hpp"

#include <doctest/doctest.h>

using namespace aistrat::model;

TEST_SUITE("model.text") {
    TEST_CASE("is_plain_text: UTF-8 without controls, format characters, tabs or newlines") {
        CHECK(is_plain_text("whole page"));
        CHECK(is_plain_text("Chín\u00e1 \u4e2d\u56fd"));
        CHECK_FALSE(is_plain_text("a\x1b[31mb"));
        CHECK_FALSE(is_plain_text("c\xc2\x9b"
                                  "d"));        // U+009B, a one-byte CSI
        CHECK_FALSE(is_plain_text("e\u202ef")); // a bidi override
        CHECK_FALSE(is_plain_text("a\tb"));
        CHECK_FALSE(is_plain_text("a\nb"));
        CHECK_FALSE(is_plain_text("\xff")); // not UTF-8
        CHECK_FALSE(is_plain_text("a b", false));
        CHECK_FALSE(is_plain_text("a\u00a0b", false)); // a no-break space
        CHECK(is_plain_text("a-b", false));
    }

    TEST_CASE("stream_safe: runs of more than 30 combining marks are cut to 30") {
        std::string run = "A";
        for (int i = 0; i < 40; ++i)
            run += i % 2 == 0 ? "\u0301" : "\u0323";
        const std::string safe = stream_safe(run + "b" + run);
        CHECK(code_points(safe) == 2 * 31 + 1);
        CHECK(stream_safe("caf\u00e9 \u0301\u0301") == "caf\u00e9 \u0301\u0301");
        // Bytes that are not UTF-8 are kept, and end a run.
        CHECK(stream_safe("a\xff\u0301") == "a\xff\u0301");
        CHECK(code_points("\xff"
                          "A\u00e9") == 3);
        // Folding a long run costs its length, and folds as its first 30 marks.
        std::string long_run = "A";
        for (int i = 0; i < 80000; ++i)
            long_run += i % 2 == 0 ? "\u0301" : "\u0323";
        CHECK(to_lower(long_run) == to_lower(long_run.substr(0, 1 + 30 * 2)));
    }

    TEST_CASE("edit_distance: counts insertions, deletions and substitutions ignoring case") {
        CHECK(edit_distance("education", "education") == 0);
        CHECK(edit_distance("edcation", "education") == 1);
        CHECK(edit_distance("EDUCATION", "education") == 0);
        CHECK(edit_distance("kitten", "sitting") == 3);
        CHECK(edit_distance("itme", "item") == 1);
        CHECK(edit_distance("", "abc") == 3);
        CHECK(edit_distance("abc", "") == 3);
        CHECK(edit_distance("ab", "ba") == 1);
        CHECK(edit_distance("ca", "abc") == 3); // optimal string alignment, not Damerau
        CHECK(edit_distance("abcdef", "badcfe") == 3);
    }

    TEST_CASE("edit_distance: with a bound, the distance or one more than the bound") {
        CHECK(edit_distance("kitten", "sitting", 1) == 2);
        CHECK(edit_distance("kitten", "sitting", 3) == 3);
        CHECK(edit_distance("kitten", "sitting", 0) == 1);
        // Every pair of short strings over a small alphabet (so that transpositions and
        // repeats are frequent) agrees with the unbounded distance.
        const std::string letters = "abc";
        std::vector<std::string> words{""};
        for (std::size_t n = 0; n < words.size() && words.size() < 200; ++n)
            for (char c : letters)
                if (words[n].size() < 4)
                    words.push_back(words[n] + c);
        for (const auto& a : words)
            for (const auto& b : words)
                for (std::size_t bound = 0; bound < 5; ++bound)
                    REQUIRE(edit_distance(a, b, bound) == std::min(edit_distance(a, b), bound + 1));
    }

    TEST_CASE("closest: a candidate too long or too short to be near is never a suggestion") {
        const std::vector<std::string> names{"ai", "education", "educationalists-and-researchers"};
        CHECK(closest("educaton", names) == std::vector<std::string>{"education"});
        CHECK(closest("educationalistz", names).empty());
        CHECK(closest("educ", names) ==
              std::vector<std::string>{"education", "educationalists-and-researchers"});
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

    TEST_CASE("is_unsafe_code_point: controls and format characters, not text") {
        for (const char32_t cp :
             {0x00U, 0x07U, 0x0DU, 0x1BU, 0x7FU, 0x85U, 0x9BU, 0x200BU, 0x200EU, 0x202AU, 0x202EU,
              0x2028U, 0x2029U, 0x2066U, 0x2069U, 0xFEFFU, 0xE0001U})
            CHECK_MESSAGE(is_unsafe_code_point(cp), static_cast<unsigned>(cp));
        for (const char32_t cp :
             {0x09U, 0x0AU, 0x20U, 0x41U, 0xA0U, 0xE9U, 0x200DU, 0x4E2DU, 0xE000U, 0x1F600U})
            CHECK_FALSE_MESSAGE(is_unsafe_code_point(cp), static_cast<unsigned>(cp));
    }

    TEST_CASE("neutralize: shown as escapes; tabs and newlines kept or made spaces") {
        const std::string hostile = "a\x1b[31m\tb\nc\xC2\x9B"
                                    "d\xE2\x80\xAE"
                                    "e\xff";
        CHECK(neutralize(hostile) == "a\\x1b[31m\tb\nc\\u{9b}d\\u{202e}e\xEF\xBF\xBD");
        CHECK(neutralize(hostile, {.keep_tabs = false, .keep_newlines = false}) ==
              "a\\x1b[31m b c\\u{9b}d\\u{202e}e\xEF\xBF\xBD");
        CHECK(neutralize("中文 \xE2\x80\x8D ok") == "中文 \xE2\x80\x8D ok");
    }

    TEST_CASE("yaml_scalar: plain when it reads back the same, else quoted and escaped") {
        CHECK(yaml_scalar("plain text") == "plain text");
        CHECK(yaml_scalar("true") == "\"true\"");
        CHECK(yaml_scalar("y") == "\"y\"");
        CHECK(yaml_scalar("N") == "\"N\"");
        CHECK(yaml_scalar("ny") == "ny");
        CHECK(yaml_scalar("3") == "\"3\"");
        CHECK(yaml_scalar("a: b") == "\"a: b\"");
        CHECK(yaml_scalar("a #b") == "\"a #b\"");
        CHECK(yaml_scalar("") == "\"\"");
        CHECK(yaml_scalar("two\nlines: x") == "\"two\\x0Alines: x\"");
        CHECK(yaml_scalar("q\"\\") == "q\"\\");
        CHECK(yaml_quoted("q\"\\") == "\"q\\\"\\\\\"");
        CHECK(yaml_scalar("nel\xC2\x85ls\xE2\x80\xA8rlo\xE2\x80\xAEtag\xF3\xA0\x80\x81") ==
              "\"nel\\x85ls\\u2028rlo\\u202Etag\\U000E0001\"");
        CHECK(yaml_scalar("bad\xff") == "\"bad\\uFFFD\"");
    }
}
