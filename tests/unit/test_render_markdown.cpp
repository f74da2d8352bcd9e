#include "render/data_writer.hpp"
#include "render/html_renderer.hpp"
#include "render/links.hpp"
#include "render/markdown_renderer.hpp"

#include <doctest/doctest.h>

#include <limits>
#include <string>

using namespace aistrat;

TEST_SUITE("render.markdown") {
    TEST_CASE("escape_markdown: what would turn into markup is escaped, and only that") {
        using render::MarkdownPlace;
        CHECK(render::escape_markdown("a|b", MarkdownPlace::Cell) == R"(a\|b)");
        CHECK(render::escape_markdown("a|b") == "a|b"); // a pipe makes no table in a paragraph
        CHECK(render::escape_markdown("<script>") == R"(\<script>)");
        CHECK(render::escape_markdown("a < b") == "a < b");
        CHECK(render::escape_markdown("*bold* _it_") == R"(\*bold\* \_it\_)");
        CHECK(render::escape_markdown("snake_case_name") == "snake_case_name");
        CHECK(render::escape_markdown("R&D and McKinsey & Company") ==
              "R&D and McKinsey & Company");
        CHECK(render::escape_markdown("&amp; &#169; &#x1F;") == "&amp;amp; &amp;#169; &amp;#x1F;");
        // cmark-gfm and pandoc decode references longer than CommonMark's: every "&#" goes.
        CHECK(render::escape_markdown("&#00000062; &#x0000041; &#12345678; R&#") ==
              "&amp;#00000062; &amp;#x0000041; &amp;#12345678; R&amp;#");
        // "$...$" is math on GitHub and in pandoc's gfm.
        CHECK(render::escape_markdown("US$600 and US$115") == "US\\$600 and US\\$115");
        CHECK(render::escape_markdown("[1: intro/1] and [x](y)") ==
              R"(\[1: intro/1] and \[x\](y))");
        CHECK(render::escape_markdown("[1: intro/1] and more") == "[1: intro/1] and more");
        CHECK(render::escape_markdown("[x [y] z](u)") == R"(\[x \[y] z\](u))");
        CHECK(render::escape_markdown("a_b \u201c_c_\u201d") == "a_b \u201c\\_c\\_\u201d");
        CHECK(render::escape_markdown("![img](u) [^1] [@c]") == R"(\!\[img\](u) \[^1] \[@c])");
        // A ']' a '(' follows is escaped even with no '[' before it: the '[' of a value before
        // it in the same paragraph could open the link it closes.
        CHECK(render::escape_markdown("](https://x.example)") == R"(\](<https://x.example>))");
        CHECK(render::escape_markdown("[ ] task") == R"(\[ ] task)");
        CHECK(render::escape_markdown("[ ] task", MarkdownPlace::Cell) == "[ ] task");
        CHECK(render::escape_markdown("line\nbreak") == "line break");
        CHECK(render::escape_markdown("- not a list") == R"(\- not a list)");
        CHECK(render::escape_markdown("1. not a list") == R"(1\. not a list)");
        CHECK(render::escape_markdown("1. in a heading", MarkdownPlace::Heading) ==
              "1. in a heading");
        CHECK(render::escape_markdown("C# and F#", MarkdownPlace::Heading) == R"(C# and F\#)");
        CHECK(render::escape_markdown("# not a heading") == R"(\# not a heading)");
        CHECK(render::escape_markdown("3.7%") == "3.7%");
        CHECK(render::escape_markdown("`code` and <b>") == R"(\`code\` and \<b>)");
        CHECK(render::escape_markdown(R"(a\x1b)") == R"(a\\x1b)"); // pandoc: \x would be TeX
        CHECK(render::escape_markdown("   - starts a list") == R"(\- starts a list)");
        CHECK(render::escape_markdown("    code block?") == "code block?");
    }

    TEST_CASE("escape_markdown: a long run of one marker is read once") {
        // Each '[' looked for its ']', and each '#' of a heading for the end of its run: the
        // square of the length (minutes for a megabyte).
        const std::string brackets(1'000'000, '[');
        CHECK(render::escape_markdown(brackets) == brackets);
        const std::string hashes = "a" + std::string(1'000'000, '#');
        CHECK(render::escape_markdown(hashes, render::MarkdownPlace::Heading).size() ==
              1 + 2 * 1'000'000);
        const std::string numbered = std::string(1'000'000, '1') + std::string(1'000'000, ')');
        CHECK(render::escape_markdown(numbered) == numbered);
    }

    TEST_CASE("render_markdown: a GFM table and headings") {
        report::Document doc;
        doc.add(report::Heading{2, "Links"}).add(report::Table{{"id", "title"}, {{"a", "x|y"}}});
        CHECK(render::render_markdown(doc) ==
              "## Links\n\n| id | title |\n| --- | --- |\n| a | x\\|y |\n");
    }
}

TEST_SUITE("render.data") {
    TEST_CASE("render_yaml: strings that would read back as something else are quoted") {
        nlohmann::ordered_json data = {
            {"a", "plain text"},  {"b", "true"}, {"c", "3.7"},
            {"d", "x: y"},        {"e", 3},      {"f", nlohmann::ordered_json::array()},
            {"g", {"one", "two"}}};
        CHECK(render::render_yaml(data) ==
              "---\na: plain text\nb: \"true\"\nc: \"3.7\"\nd: \"x: y\"\n"
              "e: 3\nf: []\ng:\n  - one\n  - two\n");
    }

    TEST_CASE("render_yaml: objects in lists start on the dash's line") {
        nlohmann::ordered_json data = {{"items", {{{"id", "a"}, {"k", 1}}}}};
        CHECK(render::render_yaml(data) == "---\nitems:\n  - id: a\n    k: 1\n");
        // A key YAML 1.1 reads as a boolean (n, y, on) is quoted, as a value is.
        nlohmann::ordered_json keys = {{"n", "y"}};
        CHECK(render::render_yaml(keys) == "---\n\"n\": \"y\"\n");
    }

    TEST_CASE("render_yaml: control characters and invalid UTF-8 are escaped, never raw") {
        nlohmann::ordered_json data = {{"a", "del\x7f c1\xC2\x85 tab\t"}, {"b", "bad \xff"}};
        CHECK(render::render_yaml(data) ==
              "---\na: \"del\\x7F c1\\x85 tab\\x09\"\nb: \"bad \\uFFFD\"\n");
    }

    TEST_CASE("render_json: control characters are escaped") {
        CHECK(render::render_json(nlohmann::ordered_json("a\x1b[31m\x01")) ==
              "\"a\\u001b[31m\\u0001\"\n");
    }

    TEST_CASE("render_json: DEL, C1 controls and format characters are \\u escapes") {
        // ESC, DEL, CSI (U+009B), RLO (U+202E), an isolate, a zero-width space, the line
        // separator, the BOM and a tag character beyond the basic plane; the ZWJ stays.
        const nlohmann::ordered_json data = {
            {"k\xE2\x80\xAE", "\x1b\x7f\xC2\x9B\xE2\x80\xAE\xE2\x81\xA6\xE2\x80\x8B\xE2\x80\xA8"
                              "\xEF\xBB\xBF\xF3\xA0\x80\x81\xE2\x80\x8D 中"}};
        CHECK(render::render_json(data) ==
              "{\n  \"k\\u202e\": \"\\u001b\\u007f\\u009b\\u202e\\u2066\\u200b\\u2028\\ufeff"
              "\\udb40\\udc01\xE2\x80\x8D 中\"\n}\n");
        CHECK(nlohmann::ordered_json::parse(render::render_json(data)) == data);
    }

    TEST_CASE("render_yaml: format characters are escaped like controls") {
        nlohmann::ordered_json data = {{"a", "rlo\xE2\x80\xAE zw\xE2\x80\x8B"}};
        CHECK(render::render_yaml(data) == "---\na: \"rlo\\u202E zw\\u200B\"\n");
    }

    TEST_CASE("render_yaml: floats keep a dot and a signed exponent; inf and nan as YAML") {
        nlohmann::ordered_json data = {{"a", 1e26},
                                       {"b", 5e-324},
                                       {"c", -1e308},
                                       {"d", 0.5},
                                       {"e", 3.0},
                                       {"f", 12},
                                       {"g", std::numeric_limits<double>::infinity()},
                                       {"h", -std::numeric_limits<double>::infinity()},
                                       {"i", std::numeric_limits<double>::quiet_NaN()}};
        CHECK(render::render_yaml(data) == "---\na: 1.0e+26\nb: 5.0e-324\nc: -1.0e+308\nd: 0.5\n"
                                           "e: 3.0\nf: 12\ng: .inf\nh: -.inf\ni: .nan\n");
    }

    TEST_CASE("render_json: invalid UTF-8 is replaced, not fatal") {
        CHECK(render::render_json(nlohmann::ordered_json("a\xff")) == "\"a\xEF\xBF\xBD\"\n");
    }
}

TEST_SUITE("render.links") {
    TEST_CASE("url_length: an address ends where the prose around it begins") {
        using aistrat::render::url_length;
        const auto url = [](std::string_view text, std::size_t at = 0) {
            return std::string(text.substr(at, url_length(text, at)));
        };
        // A text that is one address (a url field) is all of it.
        CHECK(url("https://en.wikipedia.org/wiki/Mercury_(planet)") ==
              "https://en.wikipedia.org/wiki/Mercury_(planet)");
        CHECK(url("https://e.org/a.") == "https://e.org/a.");
        // In prose, trailing punctuation and a ')' that closes nothing in it are the prose's.
        CHECK(url("see https://e.org/a. Then", 4) == "https://e.org/a");
        CHECK(url("(see https://e.org/a)", 5) == "https://e.org/a");
        CHECK(url("see https://e.org/wiki/X_(y), and", 4) == "https://e.org/wiki/X_(y)");
        CHECK(url("see https://e.org/wiki/X_(y)).", 4) == "https://e.org/wiki/X_(y)");
        CHECK(url("[1: https://e.org/page] and", 4) == "https://e.org/page");
        CHECK(url("see https://e.org/a[1]/b].", 4) == "https://e.org/a[1]/b");
        CHECK(url("x https:// y", 2).empty());
        // Many closing brackets cost their number, not its square.
        const std::string many = "see https://e.org/" + std::string(200000, ')') + " x";
        CHECK(url(many, 4) == "https://e.org/");
    }

    TEST_CASE("url_length: punctuation and spaces beyond ASCII end an address") {
        using aistrat::render::url_length;
        const auto url = [](std::string_view text, std::size_t at) {
            return std::string(text.substr(at, url_length(text, at)));
        };
        CHECK(url("x https://e.org/a。然后", 2) == "https://e.org/a");
        CHECK(url("x https://e.org/b，和", 2) == "https://e.org/b");
        CHECK(url("x https://e.org/c」", 2) == "https://e.org/c");
        CHECK(url("x https://e.org/g）", 2) == "https://e.org/g");
        CHECK(url("x https://e.org/f x", 2) == "https://e.org/f");
        // Letters beyond ASCII are part of an address.
        CHECK(url("x https://fr.wikipedia.org/wiki/École y", 2) ==
              "https://fr.wikipedia.org/wiki/École");
        // An address may start after a curly quote or a no-break space, not inside a word.
        CHECK(url("“https://e.org/e”", 3) == "https://e.org/e");
        CHECK(url(" https://e.org/e", 2) == "https://e.org/e");
        CHECK(url("xhttps://e.org/e", 1).empty());
        CHECK(url("éhttps://e.org/e", 2).empty());
        // An escaped format character (a zero-width space, shown as \u{200b}) ends one.
        CHECK(url("see https://e.org/zw\\u{200b}x y", 4) == "https://e.org/zw");
        // In a text that is one address (a url field), an apostrophe is part of it.
        CHECK(url("https://e.org/l'avenir", 0) == "https://e.org/l'avenir");
        CHECK(url("see https://e.org/l'avenir", 4) == "https://e.org/l");
        // In angle brackets (a source list's address), it runs to the '>': an apostrophe too.
        CHECK(url("see <https://en.wikipedia.org/wiki/People's_Army>", 5) ==
              "https://en.wikipedia.org/wiki/People's_Army");
        // Full-width brackets and curly quotes too, which end one in prose; a space still ends it.
        CHECK(url("see <https://ja.wikipedia.org/wiki/A（B）>", 5) ==
              "https://ja.wikipedia.org/wiki/A（B）");
        CHECK(url("see <https://e.org/“q”>", 5) == "https://e.org/“q”");
        CHECK(url("see <https://e.org/a b>", 5) == "https://e.org/a");
        CHECK(url("https://ja.wikipedia.org/wiki/A（B）", 0) ==
              "https://ja.wikipedia.org/wiki/A（B）");
        // Square brackets and braces neither open nor close one: no link rather than a wrong one.
        CHECK(url("see [https://a.org] x", 5).empty());
        // After an ellipsis a snippet may have cut a longer address: no link.
        CHECK(url("\u2026https://b.org/x y", 3).empty());
    }

    TEST_CASE("escape_markdown and escape_html: many starts of one long run read it once") {
        // 20,000 starts of an address in one run, each cut short by the ellipsis at its end:
        // each start read on to the end (minutes for 200 KB), now the run is read once.
        std::string text;
        for (int i = 0; i < 20'000; ++i)
            text += "(https://a";
        text += "\u2026";
        const std::string markdown = render::escape_markdown(text);
        CHECK(markdown.find("<https://") == std::string::npos);
        CHECK(markdown.size() >= text.size());
        const std::string html = render::escape_html(text);
        CHECK(html.find("href") == std::string::npos);
    }

    TEST_CASE("url_length: an address cut short by a snippet is none") {
        using aistrat::render::url_length;
        CHECK(url_length("… see https://e.org/aaaa…", 8) == 0);
        CHECK(url_length("see https://e.org/aaaa …", 4) == 18);
    }

    TEST_CASE("link_at: an address in angle brackets is taken whole, brackets left out") {
        using aistrat::render::link_at;
        const std::string text = "Dot, <https://e.org/a.> and <https://> and <https://e.org x";
        const auto whole = link_at(text, 5);
        CHECK(whole.consumed == 18);
        CHECK(text.substr(whole.start, whole.length) == "https://e.org/a.");
        // A scheme alone is no address, in brackets or not; an unclosed '<' is prose.
        CHECK(link_at(text, text.find("<https://>")).consumed == 0);
        const auto open = link_at(text, text.rfind('<') + 1);
        CHECK(text.substr(open.start, open.length) == "https://e.org");
        CHECK(link_at(text, text.rfind('<')).consumed == 0);
    }

    TEST_CASE("strong_highlights: '**' only where CommonMark reads it as emphasis") {
        using aistrat::render::strong_highlights;
        CHECK(strong_highlights("a \uE000word\uE001 b") == "a **word** b");
        CHECK(strong_highlights("in\uE000word\uE001s") == "in**word**s");
        // Glued between a letter and punctuation, it cannot open: left out, not printed.
        CHECK(strong_highlights("2\uE000<https://x.example/a>\uE001then") ==
              "2<https://x.example/a>then");
        CHECK(strong_highlights("see \uE000<https://x.example/a>\uE001.") ==
              "see **<https://x.example/a>**.");
        // Two side by side are one; a mark without its pair goes.
        CHECK(strong_highlights("\uE000a\uE001\uE000b\uE001 c") == "**ab** c");
        CHECK(strong_highlights("x\uE001 y \uE000z") == "x y z");
    }

    TEST_CASE("split_url: highlights inside an address, around its link") {
        using aistrat::render::split_url;
        using aistrat::render::url_length;
        // A search for "mercury" marks a word inside the address: the link is the whole of it.
        const std::string text =
            "see https://en.wikipedia.org/wiki/\uE000Mercury\uE001_(planet)). Then";
        const std::size_t length = url_length(text, 4);
        const auto found = split_url(text, 4, length);
        CHECK(found.address == "https://en.wikipedia.org/wiki/Mercury_(planet)");
        CHECK(found.opened == 1);
        CHECK(found.closed == 1);
        // A highlight of the scheme opens before the address.
        const std::string scheme = "see \uE000https\uE001://e.org/x.";
        const std::size_t at = 4 + 3;
        const auto marked = split_url(scheme, at, url_length(scheme, at));
        CHECK(marked.address == "https://e.org/x");
        CHECK(marked.opened == 0);
        CHECK(marked.closed == 1);
        CHECK(marked.reopened == 0);
        // Three matches inside one address highlight it once, not three times over.
        const std::string thrice = "\uE000zork\uE001 https://\uE000zork\uE001.example/"
                                   "\uE000zork\uE001/\uE000zork\uE001 here";
        const std::size_t start = thrice.find("https");
        const auto once = split_url(thrice, start, url_length(thrice, start));
        CHECK(once.address == "https://zork.example/zork/zork");
        CHECK(once.opened == 1);
        CHECK(once.closed == 1);
        CHECK(once.reopened == 0);
        // One still open at the end stays open after the link; one carried in from before
        // closes after it, and one that opens inside after it reopens.
        const auto open_end = split_url(thrice, start, thrice.rfind("\uE001") - start);
        CHECK(open_end.opened == 1);
        CHECK(open_end.closed == 0);
        const std::string both = "\uE000https://e.org/a\uE001/\uE000b";
        const std::size_t after_mark = both.find("https");
        const auto carried = split_url(both, after_mark, both.size() - after_mark);
        CHECK(carried.address == "https://e.org/a/b");
        CHECK(carried.opened == 0);
        CHECK(carried.closed == 1);
        CHECK(carried.reopened == 1);
    }
}
