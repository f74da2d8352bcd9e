#include "render/display_width.hpp"
#include "render/text_renderer.hpp"

#include <doctest/doctest.h>

using namespace aistrat;

TEST_SUITE("render.text") {
    TEST_CASE("display_width: wide characters take two columns") {
        CHECK(render::display_width("abc") == 3);
        CHECK(render::display_width("中国") == 4);
        CHECK(render::display_width("é") == 1);
    }

    TEST_CASE("sanitize: control characters never reach the terminal raw") {
        CHECK(render::sanitize("a\x1b[31mb") == "a\\x1b[31mb");
        CHECK(render::sanitize("tab\tand\nnewline") == "tab and\nnewline");
        CHECK(render::sanitize("bad \xff byte") == "bad \xEF\xBF\xBD byte");
        CHECK(render::sanitize("c1 \xC2\x9B") == "c1 \\u{9b}");
        CHECK(render::sanitize("rtl \xE2\x80\xAE") == "rtl \\u{202e}");
        CHECK(render::sanitize("osc \x1b]0;title\x07") == "osc \\x1b]0;title\\x07");
        CHECK(render::sanitize("del \x7f") == "del \\x7f");
        CHECK(render::sanitize("isolate \xE2\x81\xA6x\xE2\x81\xA9") ==
              "isolate \\u{2066}x\\u{2069}");
        CHECK(render::sanitize("zero\xE2\x80\x8Bwidth") == "zero\\u{200b}width");
    }

    TEST_CASE("clip_line: a long line keeps its head and its end, cut at characters") {
        CHECK(render::clip_line("short", 8) == "short");
        CHECK(render::clip_line("0123456789abcdefghij: reason", 16) ==
              "0123456789ab\u2026 (12 bytes left out) \u2026ason");
        // Never inside a character: three-byte characters cut at their starts.
        const std::string wide = "\u4e2d\u4e2d\u4e2d\u4e2d\u4e2d\u4e2d\u4e2d\u4e2d";
        CHECK(render::clip_line(wide, 12) ==
              "\u4e2d\u4e2d\u4e2d\u2026 (12 bytes left out) \u2026\u4e2d");
    }

    TEST_CASE("wrap: at spaces, splitting words longer than the width") {
        CHECK(render::wrap("aaa bbb ccc", 7) == std::vector<std::string>{"aaa bbb", "ccc"});
        CHECK(render::wrap("abcdefghij", 4) == std::vector<std::string>{"abcd", "efgh", "ij"});
        CHECK(render::wrap("中国中国", 5) == std::vector<std::string>{"中国", "中国"});
        CHECK(render::wrap("no limit here", 0) == std::vector<std::string>{"no limit here"});
    }

    TEST_CASE("wrap: a word is split between characters as a reader sees them") {
        // e + combining acute accent stays one letter.
        CHECK(render::wrap("abe\u0301cd", 3) == std::vector<std::string>{"abe\u0301", "cd"});
        // Hangul syllables in conjoining jamo (han guk: U+1112 U+1161 U+11AB, U+1100 U+116E
        // U+11A8), two columns each, are never split inside a syllable.
        const std::string han = "\u1112\u1161\u11AB";
        const std::string guk = "\u1100\u116E\u11A8";
        CHECK(render::wrap(han + guk + han, 3) == std::vector<std::string>{han, guk, han});
        // A flag (two regional indicators) stays whole.
        const std::string flag = "\U0001F1EE\U0001F1E9";
        CHECK(render::wrap(flag + flag, 2) == std::vector<std::string>{flag, flag});
    }

    TEST_CASE("wrap: with keep_links, a web address longer than the line stays whole") {
        const std::string url = "<https://example.org/a-long-path-to-a-page/>";
        CHECK(render::wrap("see " + url + " now", 20, true) ==
              std::vector<std::string>{"see", url, "now"});
        // Without it (table cells, which must fit their column), it is split like any word.
        CHECK(render::wrap(url, 20).size() == 3);
        // Only an address: another long word is still split.
        CHECK(render::wrap("abcdefghij", 4, true) ==
              std::vector<std::string>{"abcd", "efgh", "ij"});
    }

    TEST_CASE("render_text: tables align by display width") {
        report::Document doc;
        doc.add(report::Table{{"id", "title"}, {{"china", "中国"}, {"id", "Indonesia"}}});
        CHECK(render::render_text(doc, {}) == "ID     TITLE\n"
                                              "china  中国\n"
                                              "id     Indonesia\n");
    }

    TEST_CASE("render_text: a table wider than the width wraps its widest column") {
        report::Document doc;
        doc.add(report::Table{{"id", "title"}, {{"a", "one two three four five six"}}});
        CHECK(render::render_text(doc, {15}) == "ID  TITLE\n"
                                                "a   one two\n"
                                                "    three four\n"
                                                "    five six\n");
    }

    TEST_CASE("render_text: headings, paragraphs, fields and lists") {
        report::Document doc;
        doc.add(report::Heading{1, "Title"})
            .add(report::Paragraph{"Some words."})
            .add(report::FieldList{{{"kind", "pillar"}, {"id", "education"}}})
            .add(report::Heading{2, "Activities"})
            .add(report::BulletList{{"one", "two"}});
        CHECK(render::render_text(doc, {}) == "Title\n\nSome words.\n\n"
                                              "kind  pillar\nid    education\n\n"
                                              "Activities\n  - one\n  - two\n");
    }
}
