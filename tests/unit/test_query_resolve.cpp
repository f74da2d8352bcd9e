#include "kb_fixture.hpp"
#include "query/resolve.hpp"

#include <doctest/doctest.h>

using namespace aistrat;
using query::MatchStatus;

namespace {
const load::LoadResult& fixture() {
    static const load::LoadResult result = test::load_strings(
        {{"kb",
          {{"a.yaml", test::item("knowledge-exchange", 2, "aliases: [KX, Opportunity one]\n")},
           {"b.yaml", test::item("training", 1)},
           {"c.yaml", test::item("trade", 3)}}}});
    return result;
}
} // namespace

TEST_SUITE("query.resolve") {
    TEST_CASE("resolve_kind: singular, plural, alias, any case") {
        const auto& schema = fixture().kb.schema();
        CHECK(query::resolve_kind(schema, "item").kind->name == "item");
        CHECK(query::resolve_kind(schema, "ITEMS").kind->name == "item");
        CHECK(query::resolve_kind(schema, "it").kind->name == "item");
        const auto miss = query::resolve_kind(schema, "itme");
        CHECK(miss.kind == nullptr);
        CHECK(miss.suggestions == std::vector<std::string>{"item"});
    }

    TEST_CASE("resolve_entity: by id, alias, title, number and unique prefix") {
        const auto& kb = fixture().kb;
        const model::KindDef* item = kb.schema().find_kind("item");
        CHECK(query::resolve_entity(kb, item, "KNOWLEDGE-EXCHANGE").entity->id ==
              "knowledge-exchange");
        CHECK(query::resolve_entity(kb, item, "kx").entity->id == "knowledge-exchange");
        CHECK(query::resolve_entity(kb, item, "Item training").entity->id == "training");
        CHECK(query::resolve_entity(kb, item, "3").entity->id == "trade");
        CHECK(query::resolve_entity(kb, item, "know").entity->id == "knowledge-exchange");
        CHECK(query::resolve_entity(kb, nullptr, "know").entity->id == "knowledge-exchange");
    }

    TEST_CASE("resolve_entity: an exact id wins over a longer id it prefixes") {
        const auto result = test::load_strings(
            {{"kb",
              {{"a.yaml", test::item("edu", 1)}, {"b.yaml", test::item("edu-research", 2)}}}});
        CHECK(query::resolve_entity(result.kb, nullptr, "edu").entity->id == "edu");
    }

    TEST_CASE("resolve_entity: an ambiguous prefix lists its candidates") {
        const auto& kb = fixture().kb;
        const auto lookup = query::resolve_entity(kb, nullptr, "tra");
        CHECK(lookup.status == MatchStatus::Ambiguous);
        REQUIRE(lookup.candidates.size() == 2);
        CHECK(lookup.candidates[0]->id == "training");
        CHECK(lookup.candidates[1]->id == "trade");
    }

    TEST_CASE("resolve_entity: unknown names get suggestions") {
        const auto& kb = fixture().kb;
        const auto lookup = query::resolve_entity(kb, nullptr, "trainig");
        CHECK(lookup.status == MatchStatus::NotFound);
        CHECK(lookup.suggestions.front() == "training");
    }

    TEST_CASE("natural_order: by the identifying number") {
        const auto& kb = fixture().kb;
        const model::KindDef& item = *kb.schema().find_kind("item");
        const auto ordered = query::natural_order(item, kb.of_kind("item"));
        CHECK(ordered[0]->id == "training");
        CHECK(ordered[1]->id == "knowledge-exchange");
        CHECK(ordered[2]->id == "trade");
    }
}
