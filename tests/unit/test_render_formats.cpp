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

    TEST_CASE("csv_field: control and format characters are shown, never raw") {
        CHECK(render::csv_field("a\x1b[31m b\x1b]0;pwned\x07") == "a\\x1b[31m b\\x1b]0;pwned\\x07");
        CHECK(render::csv_field("csi\xC2\x9B rlo\xE2\x80\xAE") == "csi\\u{9b} rlo\\u{202e}");
        CHECK(render::csv_field("tab\tand\nline") == "\"tab\tand\nline\"");
        CHECK(render::csv_field("\x1b=1") == "\\x1b=1");
    }

    TEST_CASE("csv_field: cells a spreadsheet would run are defused") {
        CHECK(render::csv_field("=1+1") == "'=1+1");
        CHECK(render::csv_field("+33") == "'+33");
        CHECK(render::csv_field("-2") == "'-2");
        CHECK(render::csv_field("@SUM(A1)") == "'@SUM(A1)");
        CHECK(render::csv_field("\tx") == "'\tx");
        CHECK(render::csv_field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
        // After a ';' or a tab, where a spreadsheet that splits on them starts a cell.
        CHECK(render::csv_field("agency;=cmd|' /C calc'!A0") == "agency;'=cmd|' /C calc'!A0");
        CHECK(render::csv_field("a;+1;-2;@x") == "a;'+1;'-2;'@x");
        CHECK(render::csv_field("a\t=1") == "a\t'=1");
        // Spaces before it do not save it: a spreadsheet may trim them (a list's items are
        // joined with "; ").
        CHECK(render::csv_field("a; =1 and 3-2") == "a; '=1 and 3-2");
        CHECK(render::csv_field("first; =1+2; @SUM(1)") == "first; '=1+2; '@SUM(1)");
        CHECK(render::csv_field(" =x") == " '=x");
        CHECK(render::csv_field("a b -c") == "a b -c");
        // After a line break, where such a spreadsheet starts a row: the quotes around the
        // cell are no quotes to it.
        CHECK(render::csv_field("A summary\n=cmd|x;\r\n+SUM(1)") ==
              "\"A summary\n'=cmd|x;\\x0d\n'+SUM(1)\"");
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
        // No directive and no markdown label can come from the data.
        CHECK(render::mermaid_label("%%{init: {'theme':'forest'}}%%") ==
              "\"#37;#37;#123;init: #123;'theme':'forest'#125;#125;#37;#37;\"");
        CHECK(render::mermaid_label("`**md**`") == "\"#96;**md**#96;\"");
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

    TEST_CASE("render_template: an error says its line and column (in characters)") {
        const nlohmann::ordered_json data = {{"x", 1}};
        const auto unclosed = render::render_template("line one\n\xe4\xb8\xad {{#x}}\n", data);
        const auto& error = std::get<render::TemplateError>(unclosed);
        CHECK(error.message == "unclosed section \"x\"");
        CHECK(error.line == 2);
        CHECK(error.column == 3);
        const auto partial = render::render_template("\n\n  {{>p}}", data);
        CHECK(std::get<render::TemplateError>(partial).line == 3);
        CHECK(std::get<render::TemplateError>(partial).column == 3);
        const auto first = render::render_template("{{/y}}", data);
        CHECK(std::get<render::TemplateError>(first).line == 1);
        CHECK(std::get<render::TemplateError>(first).column == 1);
        // A closing tag that names another section is at fault, not the section it leaves open.
        const auto mismatched =
            render::render_template("line1\nline2 {{#entities}}\n{{id}}\n{{/ kind }}\n", data);
        const auto& wrong = std::get<render::TemplateError>(mismatched);
        CHECK(wrong.message ==
              "closing tag \"kind\" does not match the open section \"entities\" (opened at 2:7)");
        CHECK(wrong.line == 4);
        CHECK(wrong.column == 1);
        CHECK(std::holds_alternative<std::string>(
            render::render_template("{{# x }}a{{/x}}{{^x}}b{{/ x}}", data)));
    }

    TEST_CASE("render_template: data converted once renders as the JSON does, many times") {
        nlohmann::ordered_json data = {
            {"items", {{{"name", "a\x1b<b"}, {"n", 2.5}}}}, {"none", nullptr}, {"yes", true}};
        const render::TemplateData converted(data);
        for (const char* templ : {"{{#items}}{{name}}|{{{name}}}|{{n}};{{/items}}",
                                  "{{^none}}empty{{/none}}{{#yes}}!{{/yes}}", "{{#items}"}) {
            const auto direct = render::render_template(templ, data);
            for (int repeat = 0; repeat < 2; ++repeat) {
                const auto again = render::render_template(templ, converted);
                REQUIRE(direct.index() == again.index());
                if (const auto* text = std::get_if<std::string>(&direct))
                    CHECK(*text == std::get<std::string>(again));
                else
                    CHECK(std::get<render::TemplateError>(direct).message ==
                          std::get<render::TemplateError>(again).message);
            }
        }
        CHECK(std::get<std::string>(render::render_template("{{#items}}{{name}}{{/items}}",
                                                            converted)) == "a\\x1b&lt;b");
    }

    TEST_CASE("render_template: values are neutralised, escaped or not") {
        nlohmann::ordered_json data = {{"t", "a\x1b[31m\xC2\x9B\xE2\x80\xAE<"}};
        CHECK(std::get<std::string>(render::render_template("{{t}}|{{{t}}}|{{&t}}", data)) ==
              "a\\x1b[31m\\u{9b}\\u{202e}&lt;|a\\x1b[31m\\u{9b}\\u{202e}<|"
              "a\\x1b[31m\\u{9b}\\u{202e}<");
    }

    TEST_CASE("render_template: sections nest at most k_max_template_depth deep") {
        nlohmann::ordered_json data = {{"a", {{{"x", "1"}}}}};
        const auto nested = [](std::size_t depth, const std::string& open,
                               const std::string& close) {
            std::string t;
            for (std::size_t i = 0; i < depth; ++i)
                t += open + "#a" + close;
            t += open + "x" + close;
            for (std::size_t i = 0; i < depth; ++i)
                t += open + "/a" + close;
            return t;
        };
        CHECK(std::get<std::string>(render::render_template(
                  nested(render::k_max_template_depth, "{{", "}}"), data)) == "1");
        const auto deep =
            render::render_template(nested(render::k_max_template_depth + 1, "{{", "}}"), data);
        REQUIRE(std::holds_alternative<render::TemplateError>(deep));
        CHECK(std::get<render::TemplateError>(deep).message.find("nest more than 32") !=
              std::string::npos);
        // Custom delimiters are followed, for probes too.
        CHECK(std::holds_alternative<render::TemplateError>(render::render_template(
            "{{=<% %>=}}" + nested(render::k_max_template_depth + 1, "<%", "%>"), data)));
        CHECK(std::get<std::string>(render::render_template(
                  "{{=<% %>=}}" + nested(3, "<%", "%>") + "<%={{ }}=%>{{#a}}{{x}}{{/a}}", data)) ==
              "11");
        CHECK(std::holds_alternative<render::TemplateError>(
            render::render_template(nested(5000, "{{", "}}"), data)));
    }

    TEST_CASE("render_template: output, steps and size are bounded") {
        nlohmann::ordered_json items = nlohmann::ordered_json::array();
        for (int i = 0; i < 50; ++i)
            items.push_back({{"x", std::string(100, 'x')}});
        nlohmann::ordered_json data = {{"a", items}};
        // Smaller limits than the real ones, so the sanitizer build runs this quickly.
        render::TemplateLimits limits;
        limits.output = 1 << 20;
        limits.steps = 200'000;
        // 50^3 repetitions of 100 bytes: 12.5 MB, stopped at the output limit.
        const auto big =
            render::render_template("{{#a}}{{#a}}{{#a}}{{x}}{{/a}}{{/a}}{{/a}}", data, limits);
        REQUIRE(std::holds_alternative<render::TemplateError>(big));
        CHECK(std::get<render::TemplateError>(big).message == "the output would pass 1 MiB");
        // The same with the value unescaped, and as literal text with no variable at all.
        CHECK(std::holds_alternative<render::TemplateError>(
            render::render_template("{{#a}}{{#a}}{{#a}}{{{x}}}{{/a}}{{/a}}{{/a}}", data, limits)));
        CHECK(std::holds_alternative<render::TemplateError>(render::render_template(
            "{{#a}}{{#a}}{{#a}}" + std::string(100, 'y') + "{{/a}}{{/a}}{{/a}}", data, limits)));
        // HTML escaping grows the output: counted too (6 bytes for each quote).
        nlohmann::ordered_json quotes = {{"a", items}, {"q", std::string(100, '"')}};
        CHECK(std::holds_alternative<render::TemplateError>(
            render::render_template("{{#a}}{{#a}}{{q}}{{/a}}{{/a}}", quotes, limits)));
        CHECK(std::holds_alternative<std::string>(
            render::render_template("{{#a}}{{#a}}{{{q}}}{{/a}}{{/a}}", quotes, limits)));
        // 50^4 repetitions that print nothing: stopped by the step limit.
        const auto slow = render::render_template(
            "{{#a}}{{#a}}{{#a}}{{#a}}{{/a}}{{/a}}{{/a}}{{/a}}", data, limits);
        REQUIRE(std::holds_alternative<render::TemplateError>(slow));
        CHECK(std::get<render::TemplateError>(slow).message.find("200000 steps") !=
              std::string::npos);
        CHECK(std::holds_alternative<render::TemplateError>(
            render::render_template(std::string(render::k_max_template_bytes + 1, 'z'), data)));
        // Partials would parse data as a template: refused.
        CHECK(std::holds_alternative<render::TemplateError>(
            render::render_template("{{#a}}{{>x}}{{/a}}", data)));
    }

    TEST_CASE("render_template: standalone section lines are still dropped") {
        nlohmann::ordered_json data = {{"a", {{{"x", "1"}}, {{"x", "2"}}}}};
        CHECK(std::get<std::string>(render::render_template("head\n{{#a}}\n- {{x}}\n{{/a}}\nend\n",
                                                            data)) == "head\n- 1\n- 2\nend\n");
        CHECK(std::get<std::string>(
                  render::render_template("  {{^b}}\n  none\n  {{/b}}\n", data)) == "  none\n");
    }

    TEST_CASE("render_template: a standalone comment or delimiter change takes its line") {
        const nlohmann::ordered_json data = {{"id", "china"}};
        const auto render = [&](const std::string& templ) {
            return std::get<std::string>(render::render_template(templ, data));
        };
        CHECK(render("Begin.\n{{! comment }}\n{{=<% %>=}}\nEnd <%id%>.\n") ==
              "Begin.\nEnd china.\n");
        CHECK(render("a\n  {{! indented }}  \r\nb\n") == "a\nb\n");
        CHECK(render("a\n{{!\nmany\nlines\n}}\nb") == "a\nb");
        CHECK(render("a\n{{! last }}") == "a\n");
        // Not alone on its line: the line stays, as the spec says.
        CHECK(render("a {{! c }}\nb\n") == "a \nb\n");
        CHECK(render("{{id}}{{! c }}\n") == "china\n");
        CHECK(render("<{{! c }}>\n") == "<>\n");
    }

    TEST_CASE("render_template: a boolean prints as JSON writes it, null as nothing") {
        const nlohmann::ordered_json data = {
            {"yes", true}, {"no", false}, {"none", nullptr}, {"o", {{"ok", true}}}};
        const auto render = [&](const std::string& templ) {
            return std::get<std::string>(render::render_template(templ, data));
        };
        CHECK(render("{{yes}} {{{no}}} {{& yes}} {{o.ok}} [{{none}}]") ==
              "true false true true []");
        CHECK(render("{{#yes}}Y{{/yes}}{{^no}}N{{/no}}{{^none}}-{{/none}}{{#none}}x{{/none}}") ==
              "YN-");
        CHECK(render("{{=<% %>=}}<%yes%> <%&no%>") == "true false");
        // With other delimiters, "{name}" is the unescaped form, as "{{{name}}}" is.
        const nlohmann::ordered_json text = {{"t", "a<b"}};
        CHECK(std::get<std::string>(render::render_template("{{=<% %>=}}<%{t}%>|<%{ t }%>|<%t%>",
                                                            text)) == "a<b|a<b|a&lt;b");
        const auto unclosed = render::render_template("{{=<% %>=}}\n<%{t%>", text);
        REQUIRE(std::holds_alternative<render::TemplateError>(unclosed));
        CHECK(std::get<render::TemplateError>(unclosed).line == 2);
        // Inside a section over a boolean, {{.}} is the boolean itself.
        CHECK(render("{{#yes}}{{.}}{{/yes}}") == "true");
    }
}
