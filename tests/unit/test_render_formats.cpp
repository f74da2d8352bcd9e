#include "render/csv_renderer.hpp"
#include "render/graph_writer.hpp"
#include "render/html_renderer.hpp"
#include "render/template_renderer.hpp"

#include <doctest/doctest.h>

using namespace aistrat;

TEST_SUITE("render.csv") {
    TEST_CASE("csv_field: RFC 4180 quoting") {
        CHECK(render::csv_field("plain") == "plain");
        CHECK(render::csv_field("a,b") == "\"a,b\"");
        CHECK(render::csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
        CHECK(render::csv_field("two\nlines") == "\"two\nlines\"");
    }

    TEST_CASE("csv_field: cells a spreadsheet would run are defused") {
        CHECK(render::csv_field("=1+1") == "'=1+1");
        CHECK(render::csv_field("+33") == "'+33");
        CHECK(render::csv_field("-2") == "'-2");
        CHECK(render::csv_field("@SUM(A1)") == "'@SUM(A1)");
        CHECK(render::csv_field("\tx") == "'\tx");
        CHECK(render::csv_field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
    }

    TEST_CASE("render_csv: one table, CRLF line ends; nothing for other documents") {
        report::Document doc;
        doc.add(report::Heading{1, "t"}).add(report::Table{{"a", "b"}, {{"1", "x,y"}}});
        CHECK(render::render_csv(doc) == "a,b\r\n1,\"x,y\"\r\n");
        doc.add(report::Table{{"c"}, {}});
        CHECK_FALSE(render::render_csv(doc).has_value());
        CHECK_FALSE(render::render_csv(report::Document{}).has_value());
    }
}

TEST_SUITE("render.html") {
    TEST_CASE("escape_html: markup in data stays text") {
        CHECK(render::escape_html("<script>alert('x')</script> & \"q\"") ==
              "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
        CHECK(render::escape_html("a\x1b[31m") == "a\\x1b[31m");
    }

    TEST_CASE("escape_html: only http and https addresses become links") {
        CHECK(render::escape_html("see https://example.org/a?b=1&c=2.") ==
              "see <a "
              "href=\"https://example.org/a?b=1&amp;c=2\">https://example.org/a?b=1&amp;c=2</a>.");
        CHECK(render::escape_html("javascript:alert(1)") == "javascript:alert(1)");
        CHECK(render::escape_html("x https://a.b/\"onmouseover=1") ==
              "x <a href=\"https://a.b/\">https://a.b/</a>&quot;onmouseover=1");
    }

    TEST_CASE("render_html: a standalone page with the first heading as its title") {
        report::Document doc;
        doc.add(report::Heading{1, "A & B"}).add(report::Paragraph{"text"});
        const std::string page = render::render_html(doc);
        CHECK(page.starts_with("<!DOCTYPE html>"));
        CHECK(page.find("<title>A &amp; B</title>") != std::string::npos);
        CHECK(page.find("<style>") != std::string::npos);
        CHECK(page.find("http") == std::string::npos);
    }

    TEST_CASE("render_html: a matrix marks linked cells and its totals row") {
        report::Table table{{"row", "col"}, {{"r1", report::k_mark}, {"Total", "1"}}};
        table.matrix = true;
        const std::string page = render::render_html(report::Document{}.add(table));
        CHECK(page.find("<table class=\"matrix\">") != std::string::npos);
        CHECK(page.find("<td class=\"mark\"") != std::string::npos);
        CHECK(page.find("<tr class=\"totals\">") != std::string::npos);
    }
}

TEST_SUITE("render.graph") {
    TEST_CASE("dot_string and mermaid_label escape what would end the label") {
        CHECK(render::dot_string("say \"hi\" \\ now\nnext") ==
              "\"say \\\"hi\\\" \\\\ now\\nnext\"");
        CHECK(render::mermaid_label("a \"b\" <c> & #d") ==
              "\"a #quot;b#quot; #lt;c#gt; #amp; #35;d\"");
        const std::string long_label = render::dot_string(std::string(20000, 'x'));
        CHECK(long_label.size() < 1100);
        CHECK(long_label.ends_with("…\""));
    }
}

TEST_SUITE("render.template") {
    TEST_CASE("render_template: sections, dotted names and escaping") {
        nlohmann::ordered_json data = {{"items", {{{"name", "a<b"}, {"fields", {{"n", 1}}}}}}};
        CHECK(std::get<std::string>(render::render_template(
                  "{{#items}}{{name}}={{fields.n}};{{/items}}", data)) == "a&lt;b=1;");
        CHECK(std::holds_alternative<render::TemplateError>(
            render::render_template("{{#items}", data)));
    }
}
