#include "kb_fixture.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>

using namespace aistrat;

namespace {
/// The diagnostics of loading one extra file `x.yaml` with `content`.
std::vector<std::string> errors_of(const std::string& content) {
    return test::all_diagnostics(test::load_strings({{"kb", {{"x.yaml", content}}}}));
}
} // namespace

TEST_SUITE("load.entity_reader") {
    TEST_CASE("read_entity: a valid entity loads with its typed fields") {
        const auto result = test::load_strings(
            {{"kb", {{"x.yaml", test::item("alpha", 7, "born: 2020-02-29\nnotes: [a, b]\n")}}}});
        CHECK(test::all_diagnostics(result).empty());
        const model::Entity* e = result.kb.find("item", "alpha");
        REQUIRE(e != nullptr);
        CHECK(e->field("number")->value.number == 7);
        CHECK(e->field("born")->value.text == "2020-02-29");
        CHECK(e->field("notes")->value.items == std::vector<std::string>{"a", "b"});
        CHECK(e->sources.front().locator == "p1");
    }

    TEST_CASE("read_entity: a field value, list item or link may carry its basis and sources") {
        const auto result = test::load_strings(
            {{"kb",
              {{"x.yaml",
                test::item("alpha", 7,
                           "born: {value: 2020-02-29, sources: [{source: doc, locator: p2}]}\n"
                           "notes:\n  - a\n  - {value: b, basis: implied}\n"
                           "  - {value: c, basis: interpretation}\n"
                           "links:\n  refers-to:\n    - beta\n"
                           "    - {to: gamma, basis: interpretation}\n")},
               {"y.yaml", test::item("beta", 8)},
               {"z.yaml", test::item("gamma", 9)}}}});
        CHECK(test::all_diagnostics(result).empty());
        const model::Entity* e = result.kb.find("item", "alpha");
        REQUIRE(e != nullptr);
        const model::Field* born = e->field("born");
        CHECK(born->value.text == "2020-02-29");
        REQUIRE(born->support.sources.size() == 1);
        CHECK(born->support.sources[0].locator == "p2");
        CHECK(born->support.sources[0].where.line == 6);
        // A statement with sources of its own cites only them; else its entity's.
        CHECK(model::cited(*e, born->support)[0].locator == "p2");
        const model::Field* notes = e->field("notes");
        CHECK(notes->value.items == std::vector<std::string>{"a", "b", "c"});
        CHECK(model::item_support(*notes, 0).plain());
        CHECK(model::item_support(*notes, 1).basis == model::Basis::Implied);
        CHECK(model::cited(*e, model::item_support(*notes, 1))[0].locator == "p1");
        // Our reading rests on no source.
        CHECK(model::cited(*e, model::item_support(*notes, 2)).empty());
        REQUIRE(e->links.size() == 2);
        CHECK(e->links[0].support.plain());
        CHECK(e->links[1].target == "gamma");
        CHECK(e->links[1].support.basis == model::Basis::Interpretation);

        // --stated-only: what no source states is left out, item by item and link by link.
        const auto stated = model::stated_entities(result.kb);
        const auto alpha = std::find_if(stated.begin(), stated.end(),
                                        [](const model::Entity& x) { return x.id == "alpha"; });
        REQUIRE(alpha != stated.end());
        CHECK(alpha->field("notes")->value.items == std::vector<std::string>{"a"});
        CHECK(alpha->field("born")->value.text == "2020-02-29");
        REQUIRE(alpha->links.size() == 1);
        CHECK(alpha->links[0].target == "beta");
    }

    TEST_CASE("read_entity: the long form of a statement is checked") {
        CHECK(errors_of(test::item("a", 1, "born: {value: 2020-01-01, basis: likely}\n")) ==
              std::vector<std::string>{"kb/x.yaml:6:34: error: 'basis' must be stated, implied "
                                       "or interpretation, found 'likely'"});
        CHECK(errors_of(test::item("a", 1, "born: {value: 2020-01-01, sorces: []}\n")) ==
              std::vector<std::string>{"kb/x.yaml:6:27: error: unknown key 'sorces' in field "
                                       "'born'; did you mean 'sources'?"});
        CHECK(errors_of(test::item("a", 1, "born: {value: 2020-01-01, sources: []}\n")) ==
              std::vector<std::string>{"kb/x.yaml:6:36: error: 'sources' is empty (leave it out "
                                       "to cite the entity's sources)"});
        CHECK(errors_of(test::item("a", 1, "notes: [{basis: implied}]\n")) ==
              std::vector<std::string>{"kb/x.yaml:6:9: error: an item of field 'notes' is a "
                                       "mapping without 'value': write it alone, or as {value: "
                                       "..., basis: ..., sources: [...]}"});
        CHECK(errors_of(test::item("a", 1, "links: {refers-to: {id: b}}\n")) ==
              std::vector<std::string>{"kb/x.yaml:6:20: error: a target of 'refers-to' is a "
                                       "mapping without 'to': write it alone, or as {to: ..., "
                                       "basis: ..., sources: [...]}"});
        // A statement's own citation is checked as the entity's are.
        CHECK(errors_of(test::item("a", 1,
                                   "born: {value: 2020-01-01, sources: [{source: dco, "
                                   "locator: p1}]}\n")) ==
              std::vector<std::string>{"kb/x.yaml:6:46: error: cites unknown source 'dco'; "
                                       "did you mean 'doc'?"});
    }

    TEST_CASE("read_entity: unknown kind, with a suggestion") {
        CHECK(errors_of("kind: itme\nid: a\n") ==
              std::vector<std::string>{
                  "kb/x.yaml:1:7: error: unknown kind 'itme'; did you mean 'item'?"});
    }

    TEST_CASE("read_entity: unknown field, with a suggestion") {
        CHECK(errors_of(test::item("a", 1, "numbr: 2\n")) ==
              std::vector<std::string>{"kb/x.yaml:6:1: error: unknown field 'numbr' for kind "
                                       "'item'; did you mean 'number'?"});
    }

    TEST_CASE("read_entity: hints for the first 100 diagnostics of a file, then none") {
        // Each hint weighs a name against every candidate: thousands of misspelt keys
        // against thousands of fields grew with their square.
        // 125 keys one letter from 'number': namber, nbmber, ..., numbez.
        std::vector<std::string> keys;
        for (std::size_t at = 1; at < 6; ++at)
            for (char c = 'a'; c <= 'z'; ++c)
                if (c != std::string("number")[at]) {
                    std::string key = "number";
                    key[at] = c;
                    keys.push_back(key);
                }
        std::string extra;
        for (const auto& key : keys)
            extra += key + ": 2\n";
        const auto errors = errors_of(test::item("a", 1, extra));
        REQUIRE(errors.size() == 125);
        CHECK(errors[0].find("did you mean 'number'?") != std::string::npos);
        CHECK(errors[99].find("did you mean 'number'?") != std::string::npos);
        CHECK(errors[100].find("did you mean") == std::string::npos);
        CHECK(errors[124].ends_with("for kind 'item'"));
    }

    TEST_CASE("load_folders: a file stops being read after 100 diagnostics") {
        std::string many;
        for (int i = 0; i < 300; ++i)
            many += "--- x\n";
        const auto errors = errors_of(many);
        REQUIRE(errors.size() == 101);
        CHECK(errors[99] == "kb/x.yaml:100:5: error: an entity must be a mapping of keys to "
                            "values, found a single value");
        CHECK(errors[100] == "kb/x.yaml:101:5: error: 100 errors in this file: the rest of it is "
                             "not read");
    }

    TEST_CASE("load_folders: aliases over all the files copy no more than they hold and 64 KiB") {
        // Each file is small and within its own limit (twice its size and 64 KiB), but
        // together their aliases would copy far more text than the files hold.
        const std::string text(1000, 'x');
        auto file = [&](int n) {
            std::string yaml =
                test::item("i" + std::to_string(n), n, "notes:\n  - &t \"" + text + "\"\n");
            yaml.insert(yaml.find("sources:"), "aliases: [");
            std::string aliases;
            for (int i = 0; i < 60; ++i)
                aliases += i == 0 ? "*t" : ", *t";
            yaml.insert(yaml.find("sources:"), aliases + "]\n");
            return yaml;
        };
        std::vector<std::pair<std::string, std::string>> files;
        for (int n = 1; n <= 40; ++n)
            files.emplace_back(fmt::format("f{:02}.yaml", n), file(n));
        const auto result = test::load_strings({{"kb", files}});
        std::vector<std::string> errors;
        for (const auto& d : result.diagnostics)
            errors.push_back(model::format_diagnostic(d));
        // 60,000 bytes a file: the first files fit in the 40 files' ~64 KB and 64 KiB.
        REQUIRE_FALSE(errors.empty());
        CHECK(errors.front().starts_with("kb/f03.yaml:"));
        CHECK(errors.front().find("error: too much text made by aliases: this file's aliases "
                                  "copy 60000 bytes") != std::string::npos);
        CHECK(errors.size() == 38);
        // The files past the limit are not read; those before it are.
        CHECK(result.kb.find("item", "i2") != nullptr);
        CHECK(result.kb.find("item", "i3") == nullptr);
        CHECK(result.kb.find("item", "i40") == nullptr);
        // Alone, one such file is fine.
        CHECK(test::load_strings({{"kb", {{"f.yaml", file(1)}}}}).diagnostics.empty());
    }

    TEST_CASE("load_folders: an extension adds aliases, tags, list items and links, citing its "
              "own sources") {
        const auto result = test::load_strings(
            {{"kb",
              {{"a.yaml", test::item("a", 1, "aliases: [first]\nnotes: [one]\n")},
               {"b.yaml", test::item("b", 2)},
               {"z.yaml", "kind: item\nextends: a\naliases: [first, second]\ntags: [t]\n"
                          "notes: [one, two]\nlinks: {refers-to: b}\n"
                          "sources: [{source: doc, locator: p9}]\n"}}}});
        CHECK(test::all_diagnostics(result).empty());
        const model::Entity* a = result.kb.find("item", "a");
        REQUIRE(a != nullptr);
        // Each once: what the entity holds already is not added again.
        CHECK(a->aliases == std::vector<std::string>{"first", "second"});
        CHECK(a->tags == std::vector<std::string>{"t"});
        const model::Field* notes = a->field("notes");
        REQUIRE(notes != nullptr);
        CHECK(notes->value.items == std::vector<std::string>{"one", "two"});
        // The item added cites the extension's source; the one there rests on the entity's.
        CHECK(model::cited(*a, model::item_support(*notes, 0))[0].locator == "p1");
        CHECK(model::cited(*a, model::item_support(*notes, 1))[0].locator == "p9");
        REQUIRE(a->links.size() == 1);
        CHECK(a->links[0].target == "b");
        CHECK(a->links[0].support.sources[0].locator == "p9");
        CHECK(a->links[0].where.path == "kb/z.yaml");
        // Where it came from; the incoming link is indexed.
        REQUIRE(a->extensions.size() == 1);
        CHECK(a->extensions[0].where == model::Location{"kb/z.yaml", 2, 10});
        // It keeps what it added, not what it repeated.
        CHECK(a->extensions[0].aliases == std::vector<std::string>{"second"});
        REQUIRE(a->extensions[0].fields.size() == 1);
        CHECK(a->extensions[0].fields[0].value.items == std::vector<std::string>{"two"});
        CHECK(a->extensions[0].folder == "kb");
        CHECK(result.kb.incoming(*result.kb.find("item", "b")).size() == 1);
        // No entity of its own: two items, one source.
        CHECK(result.kb.entities().size() == 3);
    }

    TEST_CASE("load_folders: an extension may not change what an entity says, nor extend nothing") {
        const auto errors = test::all_diagnostics(test::load_strings(
            {{"kb",
              {{"a.yaml", test::item("a", 1)},
               {"z.yaml", "kind: item\nextends: a\nid: other\ntitle: T\nnumber: 4\n"
                          "notes: [x]\nsources: [{source: doc, locator: p9}]\n"
                          "---\nkind: item\nextends: aa\nnotes: [y]\n"
                          "sources: [{source: doc, locator: p9}]\n"
                          "---\nkind: item\nextends: zzzz\nnotes: [y]\n"}}}}));
        const std::string refused = "error: an extension adds to the item it extends and cannot "
                                    "set '{}'; it takes aliases, tags, items of list fields, "
                                    "links and sources";
        CHECK(errors == std::vector<std::string>{
                            "kb/z.yaml:3:1: " + fmt::format(fmt::runtime(refused), "id"),
                            "kb/z.yaml:4:1: " + fmt::format(fmt::runtime(refused), "title"),
                            "kb/z.yaml:5:1: " + fmt::format(fmt::runtime(refused), "number"),
                            "kb/z.yaml:14:1: error: missing required key 'sources' (every item "
                            "must cite where it comes from)",
                            "kb/z.yaml:10:10: error: extends unknown item 'aa'; did you mean "
                            "'a'?",
                            "kb/z.yaml:15:10: error: extends unknown item 'zzzz'"});
    }

    TEST_CASE("load_folders: an extension names the entity it adds to") {
        CHECK(test::all_diagnostics(test::load_strings(
                  {{"kb",
                    {{"z.yaml", "kind: item\nextends: \"\"\naliases: [x]\n"
                                "sources: [{source: doc, locator: p9}]\n"}}}})) ==
              std::vector<std::string>{"kb/z.yaml:2:10: error: 'extends' is empty: name the id "
                                       "of the entity it adds to"});
    }

    TEST_CASE("read_entity: wrong types") {
        CHECK(errors_of(test::item("a", 1, "born: yesterday\n")) ==
              std::vector<std::string>{"kb/x.yaml:6:7: error: field 'born' must be a date written "
                                       "YYYY-MM-DD, found 'yesterday'"});
        CHECK(errors_of(test::item("a", 1, "born: 2021-02-29\n")).size() == 1);
        // The calendar decides: 2000 is a leap year and 1900 is not; April has 30 days.
        for (const char* date : {"2000-02-29", "2024-12-31", "0001-01-01"})
            CHECK_MESSAGE(
                errors_of(test::item("a", 1, std::string("born: ") + date + "\n")).empty(), date);
        for (const char* date : {"1900-02-29", "2020-04-31", "2020-13-01", "2020-00-10",
                                 "2020-01-00", "2020-1-01", "2020-01-1x", "+020-01-01"})
            CHECK_MESSAGE(
                errors_of(test::item("a", 1, std::string("born: ") + date + "\n")).size() == 1,
                date);
        CHECK(errors_of(test::item("a", 1, "notes: {a: 1}\n")) ==
              std::vector<std::string>{
                  "kb/x.yaml:6:8: error: field 'notes' is a mapping without 'value': write it "
                  "alone, or as {value: ..., basis: ..., sources: [...]}"});
        CHECK(errors_of(test::item("a", 1, "notes: {value: {a: 1}}\n")) ==
              std::vector<std::string>{
                  "kb/x.yaml:6:16: error: field 'notes' must be a list of text, found a mapping"});
        CHECK(errors_of(
                  "kind: item\nid: a\ntitle: t\nsummary: s\nnumber: three\nsources: [{source: doc, "
                  "locator: x}]\n") ==
              std::vector<std::string>{
                  "kb/x.yaml:5:9: error: field 'number' must be a whole number, found 'three'"});
    }

    TEST_CASE("read_entity: missing required keys and fields") {
        CHECK(errors_of("kind: item\nid: a\ntitle: t\nsources: [{source: doc, locator: x}]\n") ==
              std::vector<std::string>{
                  "kb/x.yaml:1:1: error: missing required key 'summary'",
                  "kb/x.yaml:1:1: error: missing required field 'number' (kind 'item')"});
        CHECK(errors_of("id: a\n") ==
              std::vector<std::string>{"kb/x.yaml:1:1: error: missing required key 'kind'"});
        CHECK(
            errors_of("kind: item\nid: a\ntitle: t\nsummary: s\nnumber: 1\n") ==
            std::vector<std::string>{"kb/x.yaml:1:1: error: missing required key 'sources' (every "
                                     "item must cite where it comes from)"});
    }

    TEST_CASE("read_entity: ids are lower-case kebab-case") {
        CHECK(errors_of(test::item("Bad_Id", 1)) ==
              std::vector<std::string>{"kb/x.yaml:2:5: error: id 'Bad_Id' must be lower-case "
                                       "kebab-case (a-z, 0-9 and single hyphens)"});
    }

    TEST_CASE("read_entity: a relation the kind cannot use") {
        CHECK(errors_of(test::item("a", 1, "links:\n  refers_to: [b]\n")) ==
              std::vector<std::string>{
                  "kb/x.yaml:7:3: error: unknown relation 'refers_to'; did you mean 'refers-to'?"});
    }

    TEST_CASE("read_entity: a document that is not a mapping") {
        CHECK(errors_of("- a\n- b\n") ==
              std::vector<std::string>{"kb/x.yaml:1:1: error: an entity must be a mapping of keys "
                                       "to values, found a list"});
    }

    TEST_CASE("read_entity: a number is written as one, in a range kept exactly") {
        const auto number = [](const std::string& value) {
            return errors_of("kind: item\nid: a\ntitle: t\nsummary: s\nnumber: " + value +
                             "\nsources: [{source: doc, locator: x}]\n");
        };
        CHECK(number("\"3\"") ==
              std::vector<std::string>{"kb/x.yaml:5:9: error: field 'number' must be a whole "
                                       "number, found the quoted text '3' (write it "
                                       "without quotes)"});
        CHECK(number("'3'").size() == 1);
        CHECK(number("|\n  3").size() == 1);
        CHECK(number("!!int 3") ==
              std::vector<std::string>{"kb/x.yaml:5:9: error: field 'number' must be a whole "
                                       "number, found the tagged value '3' (write it "
                                       "without the tag)"});
        CHECK(number("!!str \"3\"").size() == 1);
        CHECK(number("[1, 2]") == std::vector<std::string>{"kb/x.yaml:5:9: error: field 'number' "
                                                           "must be a whole number, found a list"});
        CHECK(number("{value: {a: 1}}") ==
              std::vector<std::string>{"kb/x.yaml:5:17: error: field 'number' must be a whole "
                                       "number, found a mapping"});
        CHECK(number("007") ==
              std::vector<std::string>{"kb/x.yaml:5:9: error: field 'number' must be written "
                                       "without leading zeros (7, not 007)"});
        CHECK(number("-01").size() == 1);
        CHECK(number("00").size() == 1);
        CHECK(number("-0") == std::vector<std::string>{"kb/x.yaml:5:9: error: field 'number' "
                                                       "must be written without leading zeros "
                                                       "(0, not -0)"});
        CHECK(number("0").empty());
        CHECK(number("9007199254740991").empty());
        CHECK(number("-9007199254740991").empty());
        const std::string range = "kb/x.yaml:5:9: error: field 'number' must be a whole number "
                                  "from -9007199254740991 to 9007199254740991, found ";
        CHECK(number("9007199254740992") == std::vector<std::string>{range + "'9007199254740992'"});
        CHECK(number("9223372036854775807") ==
              std::vector<std::string>{range + "'9223372036854775807'"});
        CHECK(number("-99999999999999999999999") ==
              std::vector<std::string>{range + "'-99999999999999999999999'"});
        CHECK(number("+3") == std::vector<std::string>{"kb/x.yaml:5:9: error: field 'number' must "
                                                       "be a whole number, found '+3'"});
    }

    TEST_CASE("read_entity: an exact integer keeps its value") {
        const auto result = test::load_strings(
            {{"kb",
              {{"x.yaml", "kind: item\nid: a\ntitle: t\nsummary: s\nnumber: "
                          "9007199254740991\nsources: [{source: doc, locator: x}]\n"}}}});
        CHECK(test::all_diagnostics(result).empty());
        const model::Field* f = result.kb.find("item", "a")->field("number");
        CHECK(f->value.text == "9007199254740991");
        CHECK(f->value.number == 9007199254740991.0);
    }

    TEST_CASE("read_entity: every problem of a file is reported, not just the first") {
        const auto errors =
            errors_of("kind: item\nid: a\ntitle: t\nsummary: s\nnumber: x\nborn: y\n"
                      "colour: red\nsources: [{source: doc, locator: l}]\n");
        CHECK(errors.size() == 3);
    }
}
