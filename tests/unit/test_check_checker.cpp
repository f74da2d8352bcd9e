#include "kb_fixture.hpp"

#include <doctest/doctest.h>

using namespace aistrat;

TEST_SUITE("check.checker") {
    TEST_CASE("check_knowledge_base: a clean base has no diagnostics") {
        const auto result =
            test::load_strings({{"kb",
                                 {{"a.yaml", test::item("a", 1, "links:\n  refers-to: b\n")},
                                  {"b.yaml", test::item("b", 2)}}}});
        CHECK(test::all_diagnostics(result).empty());
        const auto incoming = result.kb.incoming(*result.kb.find("item", "b"));
        REQUIRE(incoming.size() == 1);
        CHECK(incoming[0].from->id == "a");
        CHECK(incoming[0].relation->inverse == "referred-by");
    }

    TEST_CASE("check_knowledge_base: duplicate ids within a folder") {
        const auto result = test::load_strings(
            {{"kb", {{"a.yaml", test::item("a", 1)}, {"b.yaml", test::item("a", 2)}}}});
        CHECK(test::all_diagnostics(result) ==
              std::vector<std::string>{"kb/b.yaml:1:1: error: duplicate id 'a' of kind 'item' "
                                       "(first defined at kb/a.yaml:1:1)"});
    }

    TEST_CASE("check_knowledge_base: duplicate ids across folders") {
        const auto result = test::load_strings(
            {{"one", {{"a.yaml", test::item("a", 1)}}}, {"two", {{"a.yaml", test::item("a", 2)}}}});
        CHECK(test::all_diagnostics(result) ==
              std::vector<std::string>{"two/a.yaml:1:1: error: duplicate id 'a' of kind 'item' "
                                       "(first defined at one/a.yaml:1:1)"});
    }

    TEST_CASE("check_knowledge_base: a link to an entity that does not exist") {
        const auto result = test::load_strings(
            {{"kb",
              {{"a.yaml", test::item("alpha", 1, "links:\n  refers-to: [betta]\n")},
               {"b.yaml", test::item("beta", 2)}}}});
        CHECK(test::all_diagnostics(result) ==
              std::vector<std::string>{"kb/a.yaml:7:15: error: 'refers-to' links to unknown item "
                                       "'betta'; did you mean 'beta'?"});
    }

    TEST_CASE("check_knowledge_base: citations must name a source and a locator") {
        const auto result = test::load_strings(
            {{"kb",
              {{"a.yaml", "kind: item\nid: a\ntitle: t\nsummary: s\nnumber: 1\nsources:\n"
                          "  - {source: dco, locator: x}\n  - {source: doc}\n"}}}});
        CHECK(
            test::all_diagnostics(result) ==
            std::vector<std::string>{
                "kb/a.yaml:7:14: error: cites unknown source 'dco'; did you mean 'doc'?",
                "kb/a.yaml:8:14: error: citation of 'doc' needs a locator (where in the source)"});
    }

    TEST_CASE("check_knowledge_base: an identifying number names one entity") {
        const auto result = test::load_strings(
            {{"kb", {{"a.yaml", test::item("a", 1)}, {"b.yaml", test::item("b", 1)}}}});
        const auto errors = test::all_diagnostics(result);
        REQUIRE(errors.size() == 1);
        CHECK(
            errors[0].starts_with("kb/b.yaml:5:9: error: number 1 is also the number of item 'a'"));
    }

    TEST_CASE("check_knowledge_base: a name that is another entity's number names one entity") {
        // `show item 1` would find b by its alias and never a by its number.
        const auto result =
            test::load_strings({{"kb",
                                 {{"a.yaml", test::item("a", 1)},
                                  {"b.yaml", test::item("b", 2, "aliases: ['1.0']\n")}}}});
        CHECK(
            test::all_diagnostics(result) ==
            std::vector<std::string>{"kb/b.yaml:1:1: error: alias '1.0' of item 'b' is the number "
                                     "of item 'a' (kb/a.yaml:1:1); a name must name one entity"});
        // Its own number, or a name that is no number, is fine.
        CHECK(test::all_diagnostics(
                  test::load_strings(
                      {{"kb", {{"a.yaml", test::item("a", 1, "aliases: ['1', 'one']\n")}}}}))
                  .empty());
    }

    TEST_CASE("check_knowledge_base: names against several identifying fields, field by field") {
        const char* schema = R"(schema_version: 1
citation_kind: source
kinds:
  - {name: source, plural: sources, cites: false, fields: [{name: url, type: url}]}
  - name: item
    plural: items
    cites: false
    fields:
      - {name: code, type: string, identifies: true}
      - {name: rank, type: integer, identifies: true}
)";
        // b's title is a's rank and its alias a's code (in another case): reported in the
        // order of the kind's fields, whatever the order of the names.
        const auto result = test::load_strings(
            {{"kb",
              {{"a.yaml", "kind: item\nid: a\ntitle: A\nsummary: s\ncode: X1\nrank: 5\n"},
               {"b.yaml", "kind: item\nid: b\ntitle: '5'\nsummary: s\naliases: [x1]\n"
                          "code: B\nrank: 6\n"},
               {"c.yaml", "kind: item\nid: c\ntitle: C\nsummary: s\ncode: c\n"}}}},
            schema);
        CHECK(test::all_diagnostics(result) ==
              std::vector<std::string>{
                  "kb/b.yaml:1:1: error: alias 'x1' of item 'b' is the code of item 'a' "
                  "(kb/a.yaml:1:1); a name must name one entity",
                  "kb/b.yaml:1:1: error: title '5' of item 'b' is the rank of item 'a' "
                  "(kb/a.yaml:1:1); a name must name one entity"});
    }
}

TEST_SUITE("load.kb_loader") {
    TEST_CASE("load_folders: the citation kind may be named by its plural") {
        load::Folder folder{"kb", "test", {}};
        std::string schema = test::k_schema;
        schema.replace(schema.find("citation_kind: source"), 21, "citation_kind: sources");
        folder.files.push_back({"schema.yaml", "kb/schema.yaml", schema});
        folder.files.push_back({"doc.yaml", "kb/doc.yaml", test::k_source});
        folder.files.push_back({"a.yaml", "kb/a.yaml", test::item("a", 1)});
        const auto result = load::load_folders({folder});
        CHECK(result.kb.schema().citation_kind == "source");
        CHECK(test::all_diagnostics(result).empty());
    }
}
