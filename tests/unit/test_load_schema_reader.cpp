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

    TEST_CASE("read_schema: an unknown field type, with a suggestion") {
        model::Schema schema;
        CHECK(read("kinds:\n  - name: a\n    fields:\n      - {name: x, type: strng}\n", schema) ==
              std::vector<std::string>{
                  "schema.yaml:4:25: error: unknown field type 'strng'; did you mean 'string'?"});
    }

    TEST_CASE("read_schema: a kind defined twice") {
        model::Schema schema;
        const auto errors = read("kinds:\n  - name: a\n  - name: b\n    aliases: [a]\n", schema);
        CHECK(errors == std::vector<std::string>{
                            "schema.yaml:3:5: error: kind name 'a' is already used by kind 'a' "
                            "(schema.yaml:2)"});
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

    TEST_CASE("read_schema: a field may not take a common key's name") {
        model::Schema schema;
        CHECK(
            read("kinds:\n  - name: a\n    fields:\n      - {name: title, type: string}\n", schema)
                .front()
                .find("is a key every entity has") != std::string::npos);
    }
}
