#include "kb_fixture.hpp"
#include "load/schema_reader.hpp"
#include "load/yaml_tree.hpp"

#include <doctest/doctest.h>

using namespace aistrat;

namespace {
std::vector<std::string> read(const std::string& text, model::Schema& schema) {
    const auto parse = load::parse_yaml("schema.yaml", text);
    model::Diagnostics diagnostics = parse.diagnostics;
    for (const auto& doc : parse.documents)
        load::read_schema(doc, schema, diagnostics);
    load::check_schema(schema, diagnostics);
    std::vector<std::string> out;
    for (const auto& d : diagnostics)
        out.push_back(model::format_diagnostic(d));
    return out;
}
} // namespace

TEST_SUITE("load.schema_reader") {
    TEST_CASE("read_schema: kinds, fields and relations") {
        model::Schema schema;
        const auto errors =
            read("kinds:\n"
                 "  - name: treaty\n"
                 "    aliases: [pact]\n"
                 "    fields:\n"
                 "      - {name: signed, type: date, required: true}\n"
                 "relations:\n"
                 "  - {name: binds, inverse: bound-by, from: [treaty], to: [treaty]}\n",
                 schema);
        CHECK(errors.empty());
        REQUIRE(schema.find_kind("PACT") != nullptr);
        CHECK(schema.find_kind("treaties")->name == "treaty");
        CHECK(schema.kinds[0].fields[0].required);
        CHECK(schema.find_relation("binds")->inverse == "bound-by");
    }

    TEST_CASE("Schema::index: lookups by any spelling, first kind first, appended kinds too") {
        model::Schema schema;
        CHECK(read("kinds:\n  - {name: treaty, aliases: [pact]}\n  - {name: accord}\n"
                   "relations:\n  - {name: binds, inverse: bound-by, from: [treaty], to: "
                   "[accord]}\n",
                   schema)
                  .empty());
        schema.index();
        CHECK(schema.find_kind("Pact")->name == "treaty");
        CHECK(schema.find_kind("ACCORDS")->name == "accord");
        CHECK(schema.find_kind("nothing") == nullptr);
        CHECK(schema.find_relation("binds")->name == "binds");
        CHECK(schema.find_relation("bound-by") == nullptr); // forward names only
        // A kind appended after the index is found (by a scan until it is indexed again).
        model::KindDef later;
        later.name = "covenant";
        later.plural = "covenants";
        schema.kinds.push_back(later);
        CHECK(schema.find_kind("covenants")->name == "covenant");
        schema.index();
        CHECK(schema.find_kind("covenant")->name == "covenant");
        CHECK(schema.find_kind("pact")->name == "treaty");
        // A copy keeps working, its index pointing into its own kinds.
        const model::Schema copy = schema;
        CHECK(copy.find_kind("pact") == &copy.kinds[0]);
    }

    TEST_CASE("read_schema: the questions a field answers, each with words") {
        model::Schema schema;
        CHECK(read("kinds:\n  - name: a\n    fields:\n"
                   "      - {name: why, type: text, asks: [why, what for]}\n",
                   schema)
                  .empty());
        CHECK(schema.kinds[0].fields[0].asks == std::vector<std::string>{"why", "what for"});
        model::Schema bad;
        CHECK(read("kinds:\n  - name: a\n    fields:\n"
                   "      - {name: why, type: text, asks: [why, \"?!\"]}\n",
                   bad) == std::vector<std::string>{"schema.yaml:4:45: error: field 'why' asks "
                                                    "'?!', which has no words"});
        model::Schema not_list;
        CHECK(read("kinds:\n  - name: a\n    fields:\n"
                   "      - {name: why, type: text, asks: {x: 1}}\n",
                   not_list)
                  .size() == 1);
    }

    TEST_CASE("read_schema: an unknown field type, with a suggestion") {
        model::Schema schema;
        CHECK(read("kinds:\n  - name: a\n    fields:\n      - {name: x, type: strng}\n", schema) ==
              std::vector<std::string>{
                  "schema.yaml:4:25: error: unknown field type 'strng'; did you mean 'string'?"});
    }

    TEST_CASE("read_schema: a kind's spellings that another kind answers to: each reported") {
        model::Schema schema;
        const auto errors = read("kinds:\n  - name: a\n    aliases: [x]\n  - name: b\n"
                                 "    plural: as\n    aliases: [a, c, x]\n",
                                 schema);
        CHECK(errors ==
              std::vector<std::string>{
                  "schema.yaml:5:13: error: kind plural 'as' of kind 'b' already names kind 'a' "
                  "(schema.yaml:2)",
                  "schema.yaml:6:15: error: kind alias 'a' of kind 'b' already names kind 'a' "
                  "(schema.yaml:2)",
                  "schema.yaml:6:21: error: kind alias 'x' of kind 'b' already names kind 'a' "
                  "(schema.yaml:2)"});
    }

    TEST_CASE("read_schema: a kind defined twice, differently") {
        model::Schema schema;
        const auto errors =
            read("kinds:\n  - name: a\n  - name: a\n    description: another\n", schema);
        CHECK(errors == std::vector<std::string>{"schema.yaml:3:5: error: kind 'a' is already "
                                                 "defined, differently (schema.yaml:2)"});
    }

    TEST_CASE("check_schema: relations must name existing kinds") {
        model::Schema schema;
        const auto errors =
            read("kinds:\n  - name: treaty\n"
                 "relations:\n  - {name: r, inverse: s, from: [treaty], to: [treety]}\n",
                 schema);
        CHECK(errors == std::vector<std::string>{"schema.yaml:4:5: error: relation 'r' (to) names "
                                                 "unknown kind 'treety'; did you mean 'treaty'?"});
    }

    TEST_CASE("read_schema: a relation's from and to name at least one kind") {
        model::Schema schema;
        const auto errors = read("kinds:\n  - name: a\n"
                                 "relations:\n"
                                 "  - {name: r, inverse: s, from: [], to: [a]}\n"
                                 "  - {name: t, inverse: u, from: [a], to: []}\n",
                                 schema);
        CHECK(errors == std::vector<std::string>{
                            "schema.yaml:4:33: error: relation 'r': 'from' names no kind; name "
                            "at least one",
                            "schema.yaml:5:42: error: relation 't': 'to' names no kind; name at "
                            "least one"});
    }

    TEST_CASE("check_schema: each name and inverse belongs to one relation") {
        model::Schema schema;
        const auto errors = read("kinds:\n  - name: a\n"
                                 "relations:\n"
                                 "  - {name: r, inverse: s, from: [a], to: [a]}\n"
                                 "  - {name: t, inverse: s, from: [a], to: [a]}\n"
                                 "  - {name: u, inverse: r, from: [a], to: [a]}\n"
                                 "  - {name: twin, inverse: twin, from: [a], to: [a]}\n",
                                 schema);
        CHECK(errors ==
              std::vector<std::string>{
                  "schema.yaml:5:5: error: relation 't': its inverse 's' is already a name of "
                  "relation 'r' (schema.yaml:4); choose another name",
                  "schema.yaml:6:5: error: relation 'u': its inverse 'r' is already a name of "
                  "relation 'r' (schema.yaml:4); choose another name"});
    }

    TEST_CASE("read_schema: a field may not take a common key's name") {
        model::Schema schema;
        CHECK(
            read("kinds:\n  - name: a\n    fields:\n      - {name: title, type: string}\n", schema)
                .front()
                .find("is a key every entity has") != std::string::npos);
    }

    TEST_CASE("read_schema: an empty field or relation name is an error, not dropped") {
        model::Schema schema;
        CHECK(read("kinds:\n  - name: a\n    fields:\n      - {name: \"\", type: string}\n"
                   "relations:\n  - {name: '', inverse: x, from: [a], to: [a]}\n"
                   "  - {name: y, inverse: \"\", from: [a], to: [a]}\n",
                   schema) ==
              std::vector<std::string>{"schema.yaml:4:16: error: a field's name is empty",
                                       "schema.yaml:6:12: error: a relation's name is empty",
                                       "schema.yaml:7:24: error: a relation's inverse is empty"});
    }

    TEST_CASE("read_schema: a kind alias or plural must be something one can type as KIND") {
        model::Schema schema;
        CHECK(read("kinds:\n  - name: a\n    aliases: ['', --format, two words, \"t\\tb\", "
                   "\"e\\e[31m\", \"nb\\u00a0sp\", '-', ok, \"pa\\u00eds\"]\n"
                   "  - name: b\n    plural: \"-b\"\n",
                   schema) ==
              std::vector<std::string>{
                  "schema.yaml:3:15: error: kind alias '' is empty",
                  "schema.yaml:3:19: error: kind alias '--format' starts with '-', so it would "
                  "read as an option",
                  "schema.yaml:3:29: error: kind alias 'two words' holds a space or a control "
                  "character, so it cannot be typed as one argument",
                  "schema.yaml:3:40: error: kind alias 't\\x09b' holds a space or a control "
                  "character, so it cannot be typed as one argument",
                  "schema.yaml:3:48: error: kind alias 'e\\x1b[31m' holds a space or a control "
                  "character, so it cannot be typed as one argument",
                  "schema.yaml:3:59: error: kind alias 'nb\u00a0sp' holds a space or a control "
                  "character, so it cannot be typed as one argument",
                  "schema.yaml:3:73: error: kind alias '-' starts with '-', so it would read as an "
                  "option",
                  "schema.yaml:5:13: error: kind plural '-b' starts with '-', so it would read as "
                  "an option"});
        REQUIRE(schema.find_kind("ok") != nullptr);
        CHECK(schema.find_kind("pa\u00eds") != nullptr);
        CHECK(schema.find_kind("two words") == nullptr);
        CHECK(schema.find_kind("") == nullptr);
        CHECK(schema.find_kind("--format") == nullptr);
        CHECK(schema.find_kind("-b") == nullptr);
        CHECK(schema.find_kind("bs") != nullptr);
    }

    TEST_CASE("read_schema: booleans and versions are not quoted text") {
        model::Schema schema;
        CHECK(read("schema_version: \"1\"\nkinds:\n  - name: a\n    cites: 'false'\n", schema) ==
              std::vector<std::string>{
                  "schema.yaml:1:17: error: 'schema_version' must be a whole number, found the "
                  "quoted text '1' (write it without quotes)",
                  "schema.yaml:4:12: error: 'cites' must be true or false, found the quoted text "
                  "'false' (write it without quotes)"});
    }
}
