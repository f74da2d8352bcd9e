// The reports as documents and data, on a knowledge base made of strings: what a matrix,
// a comparison, a profile and a graph hold, whatever format prints them.
#include "kb_fixture.hpp"
#include "report/entity_documents.hpp"
#include "report/graph.hpp"
#include "report/reports.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <string>
#include <variant>

using namespace aistrat;

namespace {

/// Three items: a refers to b (stated) and to c (our reading); c refers to a (implied).
load::LoadResult three_items() {
    return test::load_strings(
        {{"kb",
          {{"a.yaml",
            test::item("a", 1, "links:\n  refers-to: [b, {to: c, basis: interpretation}]\n")},
           {"b.yaml", test::item("b", 2)},
           {"c.yaml", test::item("c", 3, "links:\n  refers-to: [{to: a, basis: implied}]\n")}}}});
}

/// The first table of `doc`.
const report::Table& first_table(const report::Document& doc) {
    for (const auto& block : doc.blocks)
        if (const auto* table = std::get_if<report::Table>(&block))
            return *table;
    FAIL("no table in the document");
    static const report::Table none;
    return none;
}

} // namespace

TEST_SUITE("report") {
    TEST_CASE("matrix_report: a mark per link, by its basis, with totals") {
        const auto loaded = three_items();
        REQUIRE(test::all_diagnostics(loaded).empty());
        const auto& kb = loaded.kb;
        const auto& items = *kb.schema().find_kind("item");
        const auto relations = report::relations_between(kb.schema(), "item", "item");
        REQUIRE(relations.size() == 1);
        const auto matrix = report::matrix_report(kb, items, items, relations);
        const auto& table = first_table(matrix.document);
        CHECK(table.matrix);
        // A corner, the three columns and the row totals.
        REQUIRE(table.headers.size() == 5);
        CHECK(table.headers[1] == "Item a");
        // Three item rows and the totals row.
        REQUIRE(table.rows.size() == 4);
        const auto& a = table.rows[0];
        CHECK(a[0] == "Item a");
        CHECK(a[1] == "");                            // a does not link to itself...
        CHECK(a[2] == report::k_mark);                // ...links to b, as a source states,
        CHECK(a[3] == report::k_mark_interpretation); // and to c by our reading
        CHECK(a[4] == "2");
        // A link counts whichever way it points: c refers to a, so a's column holds it.
        CHECK(table.rows[2][1] == report::k_mark_implied);
        CHECK(table.rows[3][0] == "Total");

        // Only the half asked for is built.
        const auto data = report::matrix_report(kb, items, items, relations, report::Build::Data);
        CHECK(data.document.blocks.empty());
        CHECK(data.data.contains("schema_version"));
        const auto document =
            report::matrix_report(kb, items, items, relations, report::Build::Document);
        CHECK(document.data.is_null());
    }

    TEST_CASE("show_document: the links as a reader sees them, and one datum a cell for "
              "programs") {
        const auto loaded = three_items();
        REQUIRE(test::all_diagnostics(loaded).empty());
        const auto& kb = loaded.kb;
        const auto doc = report::show_document(kb, *kb.find("item", "a"));
        const auto& links = first_table(doc);
        REQUIRE(links.rows.size() == 2);
        CHECK(links.rows[1][3] == "Item c (our reading)");
        CHECK(links.data_headers ==
              std::vector<std::string>{"relation", "kind", "id", "title", "basis", "sources"});
        REQUIRE(links.data_rows.size() == 2);
        CHECK(links.data_rows[1][3] == "Item c");
        CHECK(links.data_rows[1][4] == "interpretation");
        CHECK(links.data_rows[1][5] == ""); // our reading rests on no source
        CHECK(links.data_rows[0][4] == "stated");
        CHECK(links.data_rows[0][5] == "doc p1"); // what a stated link rests on: a's source
    }

    TEST_CASE("items_cell: a list's items in one cell, each recoverable") {
        CHECK(report::items_cell({"a", "b", "c"}) == "a; b; c");
        CHECK(report::items_cell({"a; b", "c"}) == "\"a; b\"; c");
        CHECK(report::items_cell({"\"q\" x", "y"}) == "\"\"\"q\"\" x\"; y");
        CHECK(report::items_cell({}).empty());
    }

    TEST_CASE("build_graph: kinds, the neighbourhood of an entity, and links between kept ones") {
        const auto loaded = three_items();
        const auto& kb = loaded.kb;
        report::GraphOptions all;
        all.kinds = {"item"};
        const auto graph = report::build_graph(kb, all);
        CHECK(graph.nodes.size() == 3);
        CHECK(graph.edges.size() == 3);

        // b is one link from a; c, linked to a both ways, too; at depth 1 from b only a.
        report::GraphOptions around = all;
        around.around = kb.find("item", "b");
        REQUIRE(around.around != nullptr);
        const auto near_b = report::build_graph(kb, around);
        CHECK(near_b.nodes.size() == 2);
        CHECK(near_b.edges.size() == 1);
        around.depth = 2;
        CHECK(report::build_graph(kb, around).nodes.size() == 3);

        // Sources are nodes only when their kind is asked for.
        report::GraphOptions sources;
        sources.kinds = {"source"};
        const auto documents = report::build_graph(kb, sources);
        CHECK(documents.nodes.size() == 1);
        CHECK(documents.edges.empty());

        const auto data = report::graph_data(graph);
        CHECK(data["nodes"].size() == 3);
        CHECK(data["edges"].size() == 3);
        const auto interpretation =
            std::count_if(data["edges"].begin(), data["edges"].end(),
                          [](const auto& edge) { return edge["basis"] == "interpretation"; });
        CHECK(interpretation == 1);
    }

    TEST_CASE("compare_report: two entities' fields and links side by side") {
        const auto loaded = three_items();
        const auto& kb = loaded.kb;
        const auto compared =
            report::compare_report(kb, *kb.find("item", "a"), *kb.find("item", "b"));
        const auto& table = first_table(compared.document);
        REQUIRE(table.headers.size() == 3);
        CHECK(table.headers[1] == "Item a");
        CHECK(table.headers[2] == "Item b");
        const auto number = std::find_if(table.rows.begin(), table.rows.end(),
                                         [](const auto& row) { return row[0] == "number"; });
        REQUIRE(number != table.rows.end());
        CHECK((*number)[1] == "1");
        CHECK((*number)[2] == "2");
    }

    TEST_CASE("gaps_report: for a relation marked coverage, what nothing reaches and what reaches "
              "nothing") {
        std::string schema = test::k_schema;
        const std::string relation = "inverse: referred-by, from: [item], to: [item]";
        schema.replace(schema.find(relation), relation.size(), relation + ", coverage: true");
        const auto loaded =
            test::load_strings({{"kb",
                                 {{"a.yaml", test::item("a", 1, "links:\n  refers-to: b\n")},
                                  {"b.yaml", test::item("b", 2)},
                                  {"d.yaml", test::item("d", 4)}}}},
                               schema.c_str());
        REQUIRE(test::all_diagnostics(loaded).empty());
        const auto gaps = report::gaps_report(loaded.kb);
        std::vector<std::string> text;
        for (const auto& block : gaps.document.blocks) {
            if (const auto* list = std::get_if<report::BulletList>(&block))
                text.insert(text.end(), list->items.begin(), list->items.end());
            if (const auto* heading = std::get_if<report::Heading>(&block))
                text.push_back("# " + heading->text);
            if (const auto* paragraph = std::get_if<report::Paragraph>(&block))
                text.push_back(paragraph->text);
            if (const auto* table = std::get_if<report::Table>(&block))
                for (const auto& row : table->rows)
                    text.push_back(fmt::format("{}", fmt::join(row, " | ")));
        }
        // Nothing refers to a or d; b and d refer to nothing; a and b are linked.
        // The heading and the paragraph under it, the rows, and the closing paragraph.
        REQUIRE(text.size() >= 3);
        const std::vector<std::string> rows(text.begin() + 2, text.end() - 1);
        CHECK(rows == std::vector<std::string>{
                          "no item links to it (refers-to) | item | a | Item a",
                          "no item links to it (refers-to) | item | d | Item d",
                          "links to nothing | item | b | Item b",
                          "links to nothing | item | d | Item d",
                      });
        CHECK(gaps.data.contains("schema_version"));
    }
}
