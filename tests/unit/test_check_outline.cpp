#include "check/outline.hpp"
#include "check/source_text.hpp"
#include "kb_fixture.hpp"

#include <doctest/doctest.h>

using namespace aistrat;

namespace {

/// The fixture schema with an outline field on the source kind.
const char* k_outlined_schema = R"(schema_version: 1
citation_kind: source
citation_sections: sections
kinds:
  - name: source
    plural: sources
    cites: false
    fields:
      - {name: sections, type: list}
  - name: item
    plural: items
    key_fields: [number]
    fields:
      - {name: number, type: integer, required: true, identifies: true}
      - {name: born, type: date}
      - {name: notes, type: list}
relations: []
)";

/// A source `report` of two sections and ten pages, and an item citing it.
load::LoadResult outlined(const std::string& item_yaml,
                          const std::string& sections = "[intro (2 paragraphs), body (1 "
                                                        "paragraph), pages 1-10]") {
    return test::load_strings(
        {{"kb",
          {{"report.yaml",
            "kind: source\nid: report\ntitle: A report\nsummary: s\nsections: " + sections + "\n"},
           {"a.yaml", item_yaml}}}},
        k_outlined_schema);
}

std::string cited_item(const std::string& locator, const std::string& extra = "") {
    return "kind: item\nid: a\ntitle: Item a\nsummary: s\nnumber: 1\n" + extra +
           "sources:\n  - {source: report, locator: " + locator + "}\n";
}

/// The text the report's outline divides: a title, two paragraphs, a heading, one paragraph.
const char* k_text = "A Report\n\n"
                     "Rivers carry 270 million tonnes\nof silt a year.\n\n"
                     "The Mekong Commission met on 19 May 2017.\n\n"
                     "Findings\n\n"
                     "Vietnam\u2019s delta is sinking by three centimetres.\n";

check::SourceText read_text(const std::string& text) {
    check::Outline outline;
    REQUIRE(check::add_outline_item(outline, "intro (2 paragraphs)").empty());
    REQUIRE(check::add_outline_item(outline, "body (1 paragraph)").empty());
    auto read = check::SourceText::read(outline, text, "t.txt");
    if (auto* error = std::get_if<model::Diagnostic>(&read))
        FAIL(model::format_diagnostic(*error));
    return std::get<check::SourceText>(std::move(read));
}

std::string read_error(const std::string& text) {
    check::Outline outline;
    check::add_outline_item(outline, "intro (2 paragraphs)");
    check::add_outline_item(outline, "body (1 paragraph)");
    auto read = check::SourceText::read(outline, text, "t.txt");
    const auto* error = std::get_if<model::Diagnostic>(&read);
    return error != nullptr ? model::format_diagnostic(*error) : std::string{};
}

/// Lines joined, so that a failure shows both sides.
std::string lines(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items)
        out += item + "\n";
    return out;
}

} // namespace

TEST_SUITE("check.outline") {
    TEST_CASE("add_outline_item: sections with or without paragraphs, and pages") {
        check::Outline o;
        CHECK(check::add_outline_item(o, "intro (3 paragraphs)").empty());
        CHECK(check::add_outline_item(o, "china (1 paragraph)").empty());
        CHECK(check::add_outline_item(o, "annex").empty());
        CHECK(check::add_outline_item(o, "pages 1-40").empty());
        CHECK(o.describe() == "intro (3 paragraphs), china (1 paragraph), annex, pages 1-40");
        // Each is refused, and nothing is added: among them, names a locator would read
        // otherwise, or the command line as an option.
        for (const char* bad : {"intro (2 paragraphs)",
                                "x (1 paragraphs)",
                                "x (2 paragraph)",
                                "x (0 paragraphs)",
                                "x (03 paragraphs)",
                                "x (-1 paragraphs)",
                                "x (+2 paragraphs)",
                                "x (3)",
                                "two words",
                                "a/b",
                                "pages 5-2",
                                "pages 1-2",
                                "x (3 paragraphs",
                                "",
                                "whole",
                                "whole (2 paragraphs)",
                                "p.3",
                                "pp.1-2",
                                "page7",
                                "-x",
                                "--help"})
            CHECK_MESSAGE(!check::add_outline_item(o, bad).empty(), bad);
        CHECK(o.sections.size() == 3);
        // Each says why.
        CHECK(check::add_outline_item(o, "intro") == "section 'intro' is declared twice");
        CHECK(check::add_outline_item(o, "whole") ==
              "a locator 'whole' would mean the whole source, so it cannot name a section");
        CHECK(check::add_outline_item(o, "p.3") ==
              "a locator 'p.3' would mean pages, so it cannot name a section");
        CHECK(check::add_outline_item(o, "--help") ==
              "a section's name cannot start with '-': on the command line it would read as an "
              "option");
        CHECK(check::add_outline_item(o, "pages 2-3") == "pages are declared once");
    }

    TEST_CASE("parse_locator: whole, sections, paragraphs, pages and anything else") {
        using Kind = check::Locator::Kind;
        CHECK(check::parse_locator("whole page").kind == Kind::Whole);
        CHECK(check::parse_locator("whole").kind == Kind::Whole);
        CHECK(check::parse_locator("wholesale").kind != Kind::Whole);
        const auto p = check::parse_locator("intro/2-3");
        CHECK(p.kind == Kind::Section);
        CHECK(p.section == "intro");
        CHECK(p.first == 2);
        CHECK(p.last == 3);
        CHECK(check::parse_locator("intro").first == 0);
        const auto pages = check::parse_locator("pp. 3-5");
        CHECK(pages.kind == Kind::Pages);
        CHECK(pages.first == 3);
        CHECK(pages.last == 5);
        CHECK(check::parse_locator("p. 7").last == 7);
        CHECK(check::parse_locator("Priorities of the strategy").kind == Kind::Other);
        CHECK(check::parse_locator("intro/0").kind == Kind::Other);
        CHECK(check::parse_locator("intro/3-2").kind == Kind::Other);
    }

    TEST_CASE("check_knowledge_base: a locator must name a part the source has") {
        CHECK(test::all_diagnostics(outlined(cited_item("intro/2"))).empty());
        CHECK(test::all_diagnostics(outlined(cited_item("body"))).empty());
        CHECK(test::all_diagnostics(outlined(cited_item("pp. 9-10"))).empty());
        // The whole of a source that has sections is allowed, with a warning to name one.
        const auto whole = test::all_diagnostics(outlined(cited_item("whole page")));
        REQUIRE(whole.size() == 1);
        CHECK(whole[0].find(": warning: cites the whole of") != std::string::npos);
        CHECK(lines(test::all_diagnostics(outlined(cited_item("intro/3")))) ==
              lines({"kb/a.yaml:7:14: error: citation of 'report': locator "
                     "'intro/3' names paragraph 3, but section 'intro' has 2 "
                     "paragraphs"}));
        CHECK(lines(test::all_diagnostics(outlined(cited_item("intor/1")))) ==
              lines({"kb/a.yaml:7:14: error: citation of 'report': locator 'intor/1' names no "
                     "section of the source (it has intro (2 paragraphs), body (1 paragraph), "
                     "pages 1-10); did you mean 'intro'?"}));
        CHECK(lines(test::all_diagnostics(outlined(cited_item("p. 11")))) ==
              lines({"kb/a.yaml:7:14: error: citation of 'report': locator "
                     "'p. 11' names a page the source does not have (pages "
                     "1-10)"}));
        CHECK(test::all_diagnostics(outlined(cited_item("the second part"))).size() == 1);
        // A statement's own citation is checked too.
        CHECK(lines(test::all_diagnostics(outlined(cited_item(
                  "intro/1", "born: {value: 2017-05-19, sources: [{source: report, locator: "
                             "body/2}]}\n")))) ==
              lines({"kb/a.yaml:6:46: error: citation of 'report': locator "
                     "'body/2' names paragraph 2, but section 'body' has 1 "
                     "paragraph"}));
    }

    TEST_CASE("check_knowledge_base: an outline item that declares nothing is an error") {
        CHECK(lines(test::all_diagnostics(outlined(cited_item("intro"), "[intro, body (2)]"))) ==
              lines({"kb/report.yaml:5:11: error: 'sections' item 'body (2)' of source 'report' "
                     "declares no part of it: write its paragraphs as NAME (N paragraphs), or "
                     "NAME (1 paragraph)"}));
    }

    TEST_CASE("SourceText: paragraphs divided as declared, headings left out") {
        const auto text = read_text(k_text);
        REQUIRE(text.paragraphs().size() == 3);
        CHECK(text.paragraphs()[0].section == "intro");
        CHECK(text.paragraphs()[0].number == 1);
        CHECK(text.paragraphs()[0].line == 3);
        CHECK(text.paragraphs()[0].text == "Rivers carry 270 million tonnes of silt a year.");
        CHECK(text.paragraphs()[2].section == "body");
        CHECK(text.paragraphs()[2].number == 1);
        CHECK(text.passage(check::parse_locator("intro/2")).size() == 1);
        CHECK(text.passage(check::parse_locator("intro")).size() == 2);
        CHECK(text.passage(check::parse_locator("whole page")).size() == 3);
        CHECK(text.passage(check::parse_locator("p. 2")).empty());
        // Windows line ends and a byte order mark read the same.
        std::string crlf = "\xEF\xBB\xBF";
        for (const char* c = k_text; *c != '\0'; ++c)
            crlf += *c == '\n' ? std::string("\r\n") : std::string(1, *c);
        CHECK(read_text(crlf).paragraphs()[1].text == text.paragraphs()[1].text);
        // So do lone carriage returns (old Mac files): lines, and their numbers, as with LF.
        std::string cr;
        for (const char* c = k_text; *c != '\0'; ++c)
            cr += *c == '\n' ? '\r' : *c;
        const auto from_cr = read_text(cr);
        REQUIRE(from_cr.paragraphs().size() == 3);
        CHECK(from_cr.paragraphs()[1].text == text.paragraphs()[1].text);
        CHECK(from_cr.paragraphs()[2].line == text.paragraphs()[2].line);
    }

    TEST_CASE("SourceText: a text not divided as declared is refused, with where") {
        CHECK(read_error("One.\n\nTwo.\n") ==
              "t.txt: error: the text has 2 paragraphs where the source declares 3 (intro (2 "
              "paragraphs), body (1 paragraph)); a block of one line that ends without a full "
              "stop is read as a heading, not a paragraph");
        CHECK(read_error("One.\n\nTwo.\n\nThree.\n\nFour.\n") ==
              "t.txt:7:1: error: the text has more paragraphs than the source declares (3: "
              "intro (2 paragraphs), body (1 paragraph)); this is paragraph 4");
        CHECK(read_error("One.\n\nA heading\n\nTwo.\n\nThree.\n") ==
              "t.txt:3:1: error: heading 'A heading' falls inside section 'intro' (after its "
              "paragraph 1), by the paragraphs the source declares (intro (2 paragraphs), body "
              "(1 paragraph))");
    }

    TEST_CASE("SourceText: many headings and paragraphs read in linear time") {
        // 200,000 headings between as many paragraphs, for a source that declares no sections
        // (each heading counted the paragraphs before it: hours, not a second).
        std::string text;
        for (int i = 0; i < 200'000; ++i)
            text += "H\n\nP.\n\n";
        const auto read = check::SourceText::read(check::Outline{}, text, "t.txt");
        const auto* source = std::get_if<check::SourceText>(&read);
        REQUIRE(source != nullptr);
        CHECK(source->paragraphs().size() == 200'000);
    }

    TEST_CASE("checked_terms: numbers, ISO dates and proper names, not sentence openers") {
        CHECK(lines(check::checked_terms("The Mekong has 1,200 dams; Laos built 3.50% of them "
                                         "in 2017-05-19.")) ==
              lines({"Mekong", "1200", "Laos", "3.5", "2017-05-19"}));
        CHECK(lines(check::checked_terms("Rivers of Vietnam\u2019s delta and ASEAN")) ==
              lines({"Vietnam", "ASEAN"}));
        // An ampersand between letters joins one name (it was two: "R, D").
        CHECK(lines(check::checked_terms("Its R&D strength, and AT&T, & more")) ==
              lines({"R&D", "AT&T"}));
    }

    TEST_CASE("check_texts: a number, date or name missing from the cited passage warns") {
        const auto text = read_text(k_text);
        const auto check_one = [&](const std::string& item_yaml) {
            const auto loaded = outlined(item_yaml);
            REQUIRE(test::all_diagnostics(loaded).empty());
            std::map<std::string, check::SourceText> texts{{"report", text}};
            auto result = check::check_texts(loaded.kb, texts);
            std::vector<std::string> out;
            for (const auto& d : result.warnings)
                out.push_back(model::format_diagnostic(d));
            return std::pair{out, result.checked};
        };
        // Stated right: the number, the name (a derived form), the date written out.
        auto [none, checked] = check_one(cited_item(
            "intro", "born: 2017-05-19\nnotes:\n  - silt carried by the Mekong\n  - 270 million "
                     "tonnes a year\n  - {value: the Vietnamese delta, sources: [{source: "
                     "report, locator: body/1}]}\n"));
        CHECK(lines(none) == "");
        CHECK(checked == 6); // title, summary, born, three notes
        // A wrong number, and a name the passage lacks: at the item that says them.
        auto [wrong, _] =
            check_one(cited_item("intro/1", "notes: [270 million tonnes, 280 million tonnes by the "
                                            "Mekong Commission]\n"));
        CHECK(lines(wrong) ==
              lines({"kb/a.yaml:6:29: warning: 'notes' item '280 million tonnes by the "
                     "Mekong Commission' of item 'a' says 280, Mekong, Commission, which "
                     "the passage it cites (report intro/1) does not"}));
        // The right passage for a date, but the wrong one cited.
        auto [date, __] = check_one(cited_item("body/1", "born: 2017-05-19\n"));
        CHECK(lines(date) ==
              lines({"kb/a.yaml:6:7: warning: 'born' of item 'a' says 2017-05-19, which the "
                     "passage it cites (report body/1) does not"}));
    }
}
