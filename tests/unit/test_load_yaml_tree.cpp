#include "load/yaml_tree.hpp"
#include "model/diagnostic.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

using namespace aistrat;
using aistrat::load::parse_yaml;
using aistrat::load::YamlNode;

namespace {
std::string first_error(const load::YamlParse& parse) {
    REQUIRE_FALSE(parse.diagnostics.empty());
    return model::format_diagnostic(parse.diagnostics.front());
}
} // namespace

TEST_SUITE("load.yaml_tree") {
    TEST_CASE("parse_yaml: what is not UTF-8 is refused where it starts") {
        // Overlong forms (of '/' and of NUL), surrogates, past U+10FFFF, a lead byte F5,
        // a truncated sequence and a stray continuation byte.
        for (const std::string bad :
             {"\xC0\xAF", "\xE0\x80\x80", "\xF0\x80\x80\xAF", "\xED\xA0\x80", "\xED\xBF\xBF",
              "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xE2\x82", "\x80"}) {
            CAPTURE(bad);
            const auto parse = parse_yaml("f.yaml", "a: b\nc: x" + bad + "\n");
            CHECK(parse.documents.empty());
            CHECK(first_error(parse) ==
                  "f.yaml:2:5: error: invalid UTF-8 at byte 9: a knowledge file must be UTF-8");
        }
        // The largest code point, a surrogate's neighbours and a CJK character are UTF-8.
        for (const std::string good :
             {"\xF4\x8F\xBF\xBF", "\xED\x9F\xBF", "\xEE\x80\x86", "\xE4\xB8\xAD"}) {
            CAPTURE(good);
            const auto parse = parse_yaml("f.yaml", "a: b\nc: x" + good + "\n");
            CHECK(parse.diagnostics.empty());
            CHECK(parse.documents.size() == 1);
        }
    }

    TEST_CASE("parse_yaml: the six reserved marks are read as U+FFFD, with one warning a file") {
        // U+E000 to U+E005 mark highlights and citations in aistrat's output; U+E006 is text.
        const auto parse =
            parse_yaml("f.yaml", "a: b\nc: x\xEE\x80\x80y\xEE\x80\x85\nd: \"\\ue002\\ue006\"\n");
        REQUIRE(parse.documents.size() == 1);
        CHECK(parse.documents[0].find("c")->value == "x\xEF\xBF\xBDy\xEF\xBF\xBD");
        CHECK(parse.documents[0].find("d")->value == "\xEF\xBF\xBD\xEE\x80\x86");
        REQUIRE(parse.diagnostics.size() == 1);
        const auto& warning = parse.diagnostics[0];
        CHECK(warning.severity == aistrat::model::Severity::Warning);
        CHECK(warning.where.line == 2);
        CHECK(warning.where.column == 4);
        CHECK(warning.message.starts_with("3 private-use characters between U+E000 and U+E005"));
    }

    TEST_CASE("parse_yaml: positions count from 1") {
        const auto parse = parse_yaml("f.yaml", "a: 1\nb:\n  - x\n  - y\n");
        REQUIRE(parse.documents.size() == 1);
        const YamlNode& doc = parse.documents[0];
        CHECK(doc.where.line == 1);
        CHECK(doc.where.column == 1);
        const YamlNode* b = doc.find("b");
        REQUIRE(b != nullptr);
        CHECK(b->is_sequence());
        CHECK(b->items[1].value == "y");
        CHECK(b->items[1].where.line == 4);
        CHECK(b->items[1].where.column == 5);
    }

    TEST_CASE("parse_yaml: an empty value is where its key leaves it, at the file's end too") {
        for (const char* text :
             {"a: 1\nb:\n", "a: 1\nb:", "a: 1\nb:   # to do", "a: 1\nb:\n  # c"}) {
            CAPTURE(text);
            const auto parse = parse_yaml("f.yaml", text);
            REQUIRE(parse.documents.size() == 1);
            const YamlNode* b = parse.documents[0].find("b");
            REQUIRE(b != nullptr);
            CHECK(b->where.line == 2);
            CHECK(b->where.column == 3);
        }
    }

    TEST_CASE("parse_yaml: plain and quoted scalars are told apart") {
        const auto parse = parse_yaml("f.yaml", "a: 1\nb: \"1\"\nc: >-\n  folded\n  text\n");
        const YamlNode& doc = parse.documents[0];
        CHECK(doc.find("a")->plain);
        CHECK_FALSE(doc.find("b")->plain);
        CHECK(doc.find("c")->value == "folded text");
    }

    TEST_CASE("parse_yaml: quoted text must end with its quote, even at the end of a file") {
        CHECK(first_error(parse_yaml("f.yaml", "a: b\ntitle: \"unterminated\n")) ==
              "f.yaml:2:8: error: YAML syntax: quoted text without its closing quote");
        CHECK(first_error(parse_yaml("f.yaml", "title: 'it''s\n")) ==
              "f.yaml:1:8: error: YAML syntax: quoted text without its closing quote");
        // After a byte-order mark (yaml-cpp's positions start after it).
        CHECK(parse_yaml("f.yaml", "\xEF\xBB\xBFtags: ['a', \"b\"]\n").diagnostics.empty());
        CHECK(first_error(parse_yaml("f.yaml", "\xEF\xBB\xBFtitle: \"abc\n")) ==
              "f.yaml:1:8: error: YAML syntax: quoted text without its closing quote");
        // Closed ones, with escaped and doubled quotes, over lines, as keys and with anchors.
        for (const std::string good :
             {"a: \"x \\\" y\"\n", "a: 'it''s'\n", "a: \"one\n  two\"\n", "\"k\": v\n",
              "a: &s 'x'\nb: *s\n", "a: !!str \"x\"\n", "a: \"\"\n"}) {
            CAPTURE(good);
            const auto parse = parse_yaml("f.yaml", good);
            CHECK(parse.diagnostics.empty());
        }
    }

    TEST_CASE("parse_yaml: thousands of brackets open at once are refused before yaml-cpp "
              "queues them") {
        // yaml-cpp held every token of half a million `[a, ` (265 MB) before the first
        // event. They are counted in the raw text, where no quote or line can hide them.
        std::string deep = "a: ";
        for (int i = 0; i < 200000; ++i)
            deep += "[a, ";
        CHECK(first_error(parse_yaml("f.yaml", deep)) ==
              "f.yaml:1:65540: error: more than 16384 '[' or '{' open at once, counted in the "
              "whole text (quotes and comments too): a file may nest at most 64 levels, and "
              "may hold at most 16384 unclosed brackets");
        std::string hidden = "a: x '\n"; // a quote in plain text opens nothing
        for (int i = 0; i < 20000; ++i)
            hidden += "b: [\n";
        CHECK(first_error(parse_yaml("f.yaml", hidden))
                  .starts_with("f.yaml:16386:4: error: more "
                               "than 16384"));
        // Below the count, brackets in plain text, quotes and comments are no collections.
        std::string plain;
        for (int i = 0; i < 2000; ++i)
            plain += fmt::format("t{0}: 'a [' # [\nu{0}: \"[[\\\"[\"\nv{0}: see [x\n", i);
        const auto parse = parse_yaml("f.yaml", plain);
        CHECK(parse.diagnostics.empty());
        CHECK(parse.documents[0].find("u7")->value == "[[\"[");
        // 64 levels are fine.
        std::string fine = "a: ";
        for (int i = 0; i < 63; ++i)
            fine += "[a, ";
        CHECK(parse_yaml("f.yaml", fine + std::string(63, ']') + "\n").diagnostics.empty());
    }

    TEST_CASE("parse_yaml: a lone carriage return ends a line, as LF and CR LF do") {
        const auto parse = parse_yaml("f.yaml", "a: 1\rb: \"x\"\r\nc: [2,\r3]\rd: *nope\r");
        CHECK(first_error(parse) ==
              "f.yaml:5:4: error: YAML syntax: the referenced anchor is not defined");
        const auto good = parse_yaml("f.yaml", "a: 1\rb: \"x\"\r\nc: [2,\r3]\r");
        REQUIRE(good.diagnostics.empty());
        CHECK(good.documents[0].find("b")->value == "x");
        CHECK(good.documents[0].find("c")->items.size() == 2);
    }

    TEST_CASE("parse_yaml: every escape of a quoted scalar gives UTF-8") {
        // yaml-cpp gives \_ and \N as one Latin-1 byte each; they are mended.
        const auto parse = parse_yaml(
            "f.yaml", "a: \"1\\_2\\N3\\xe9\\u00e9\\L\\_\"\n\"k\\_\": 'x\\_'\nb: |\n  \xC2\xA0\n");
        REQUIRE(parse.diagnostics.empty());
        const YamlNode& doc = parse.documents[0];
        CHECK(doc.find("a")->value == "1\xC2\xA0"
                                      "2\xC2\x85"
                                      "3\xC3\xA9\xC3\xA9\xE2\x80\xA8\xC2\xA0");
        // A key too; single quotes and block scalars have no escapes.
        REQUIRE(doc.find("k\xC2\xA0") != nullptr);
        CHECK(doc.find("k\xC2\xA0")->value == "x\\_");
        CHECK(doc.find("b")->value == "\xC2\xA0\n");
    }

    TEST_CASE("parse_yaml: a byte-order mark may open a later document") {
        const auto parse = parse_yaml("f.yaml", "a: 1\n---\n\xEF\xBB\xBFkind: note\nb: 2\n");
        REQUIRE(parse.diagnostics.empty());
        REQUIRE(parse.documents.size() == 2);
        CHECK(parse.documents[1].find("kind") != nullptr);
        CHECK(parse.documents[1].find("kind")->value == "note");
        // Inside text it is text.
        const auto text = parse_yaml("f.yaml", "a: \"\xEF\xBB\xBFx\"\n");
        CHECK(text.documents[0].find("a")->value == "\xEF\xBB\xBFx");
    }

    TEST_CASE("parse_yaml: aliases cannot multiply a file's text past twice its size") {
        const std::string big(100000, 'x');
        std::string repeated = "a: &s \"" + big + "\"\nb: [";
        for (int i = 0; i < 40; ++i)
            repeated += "*s, ";
        repeated += "*s]\n";
        const auto parse = parse_yaml("f.yaml", repeated);
        REQUIRE_FALSE(parse.diagnostics.empty());
        CHECK(first_error(parse).find("more than") != std::string::npos);
        CHECK(first_error(parse).find("bytes of text once aliases are expanded") !=
              std::string::npos);
        // Twice over is fine, with a text larger than the 1 MiB to spare.
        const std::string large(1'500'000, 'x');
        CHECK(parse_yaml("f.yaml", "a: &s \"" + large + "\"\nb: *s\n").diagnostics.empty());
    }

    TEST_CASE("parse_yaml: a duplicate key is an error at the second one") {
        const auto parse = parse_yaml("f.yaml", "title: a\nid: x\ntitle: b\n");
        CHECK(first_error(parse) == "f.yaml:3:1: error: duplicate key 'title' (first at line 1)");
        CHECK(parse.documents.size() == 1);
    }

    TEST_CASE("parse_yaml: a syntax error names its position") {
        const auto parse = parse_yaml("f.yaml", "a: [1, 2\nb: 3\n");
        CHECK(first_error(parse).starts_with("f.yaml:"));
        CHECK(first_error(parse).find("error: YAML syntax: ") != std::string::npos);
        CHECK(parse.diagnostics.front().where.line > 0);
    }

    TEST_CASE("parse_yaml: text yaml-cpp reads but YAML forbids is a syntax error, in place") {
        // Each of these reached the schema's checks before (yaml-cpp read them as something
        // else); PyYAML refuses them all.
        const auto glued = parse_yaml("f.yaml", "kind: pillar\ntitle: \"x\"# note\n");
        CHECK(first_error(glued) == "f.yaml:2:11: error: YAML syntax: invalid comment without "
                                    "whitespace after double-quoted scalar");
        CHECK(glued.documents.empty());
        CHECK(glued.diagnostics.size() == 1);
        // Nor is a warning about the text kept, or what its aliases copied.
        const auto marked = parse_yaml("f.yaml", "a: &x \"\xEE\x80\x80\"# note\nb: *x\n");
        CHECK(marked.diagnostics.size() == 1);
        CHECK(marked.alias_bytes == 0);
        CHECK(first_error(parse_yaml("f.yaml", "title: \"it\\'s\"\n")) ==
              "f.yaml:1:11: error: YAML syntax: invalid escape '\\'' in double-quoted string");
        CHECK(first_error(parse_yaml("f.yaml", "%YAML 1.2\n---\na: 1\n%YAML 1.2\n")) ==
              "f.yaml:4:7: error: YAML syntax: missing explicit document end marker before "
              "directive(s)");
    }

    TEST_CASE("parse_yaml: a flow line at its parent's column is read, as other readers do") {
        const auto parse = parse_yaml("f.yaml", "tags: [a,\nb\n]\ntitle: \"x\ny\"\n");
        CHECK(parse.diagnostics.empty());
        REQUIRE(parse.documents.size() == 1);
        CHECK(parse.documents[0].find("tags")->items.size() == 2);
        CHECK(parse.documents[0].find("title")->value == "x y");
    }

    TEST_CASE("parse_yaml: a file holds at most max_documents documents") {
        std::string text;
        for (int i = 0; i < 4; ++i)
            text += "---\na: 1\n";
        const auto parse = parse_yaml("f.yaml", text, {.max_documents = 3});
        CHECK(first_error(parse) == "f.yaml:7:1: error: more than 3 documents in one file");
    }

    TEST_CASE("parse_yaml: a block scalar is where its text begins, below its header") {
        const auto parse =
            parse_yaml("f.yaml", "a: >-\n\n   Folded\n   text.\nb: !!str |\n  x\nc: |\nd: \"q\"\n"
                                 "e: &n\n  >\n    y\n");
        REQUIRE(parse.diagnostics.empty());
        const YamlNode& doc = parse.documents[0];
        CHECK(doc.find("a")->where.line == 3);
        CHECK(doc.find("a")->where.column == 4);
        CHECK(doc.find("b")->where.line == 6);
        CHECK(doc.find("b")->where.column == 3);
        // An empty block has no text below it: its header is where it is.
        CHECK(doc.find("c")->where.line == 7);
        CHECK(doc.find("c")->where.column == 4);
        CHECK(doc.find("d")->where.line == 8);
        CHECK(doc.find("d")->where.column == 4);
        // An anchor on its own line before the header.
        CHECK(doc.find("e")->where.line == 11);
        CHECK(doc.find("e")->where.column == 5);
    }

    TEST_CASE("parse_yaml: several documents in one file") {
        const auto parse = parse_yaml("f.yaml", "a: 1\n---\nb: 2\n");
        CHECK(parse.diagnostics.empty());
        CHECK(parse.documents.size() == 2);
        CHECK(parse.documents[1].where.line == 3);
    }

    TEST_CASE("parse_yaml: aliases expand to copies of their anchor") {
        const auto parse = parse_yaml("f.yaml", "a: &x [1, 2]\nb: *x\n");
        CHECK(parse.diagnostics.empty());
        CHECK(parse.documents[0].find("b")->items.size() == 2);
    }

    TEST_CASE("parse_yaml: a recursive alias is rejected") {
        const auto parse = parse_yaml("f.yaml", "a: &x [*x]\n");
        CHECK(first_error(parse).find("recursive alias") != std::string::npos);
    }

    TEST_CASE("parse_yaml: alias expansion is bounded") {
        std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (char c = 'b'; c <= 'j'; ++c) {
            const char prev = static_cast<char>(c - 1);
            bomb += std::string(1, c) + ": &" + c + " [";
            for (int i = 0; i < 10; ++i)
                bomb += std::string(i ? ", *" : "*") + prev;
            bomb += "]\n";
        }
        // (With room for the text: the node limit is what this reaches.)
        const auto parse = parse_yaml("bomb.yaml", bomb, {64, 100'000, 10'000, 100'000'000});
        CHECK(first_error(parse).find("more than 100000 nodes") != std::string::npos);
    }

    TEST_CASE("parse_yaml: nesting deeper than the limit is an error") {
        const std::string deep = std::string(100, '[') + std::string(100, ']') + "\n";
        const auto parse = parse_yaml("deep.yaml", deep);
        CHECK(first_error(parse) ==
              "deep.yaml:1:65: error: nesting too deep (more than 64 levels)");
    }

    TEST_CASE("parse_yaml: an empty file has no documents and no errors") {
        const auto parse = parse_yaml("f.yaml", "# only a comment\n");
        CHECK(parse.diagnostics.empty());
        CHECK(parse.documents.empty());
    }
}
