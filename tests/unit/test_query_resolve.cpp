#include "kb_fixture.hpp"
#include "query/resolve.hpp"

#include <doctest/doctest.h>

using namespace aistrat;
using query::MatchStatus;

namespace {
model::FieldDef field_def(std::string name, model::FieldType type) {
    model::FieldDef def;
    def.name = std::move(name);
    def.type = type;
    return def;
}

model::Field field(std::string name, model::FieldType type, std::string text, double number = 0) {
    model::Field f;
    f.name = std::move(name);
    f.value.type = type;
    f.value.text = std::move(text);
    f.value.number = number;
    return f;
}

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

    TEST_CASE("natural_order: key by key; a missing key sorts last; a tie keeps the given order") {
        model::KindDef kind;
        kind.name = "thing";
        kind.fields = {field_def("rank", model::FieldType::Integer),
                       field_def("name", model::FieldType::String)};
        kind.order_by = {"rank", "name", "rank"};
        const auto thing = [](std::string id, const char* rank, const char* name) {
            model::Entity e;
            e.id = std::move(id);
            if (rank != nullptr)
                e.fields.push_back(field("rank", model::FieldType::Integer, rank, std::stod(rank)));
            if (name != nullptr)
                e.fields.push_back(field("name", model::FieldType::String, name));
            return e;
        };
        const std::vector<model::Entity> things{thing("no-rank", nullptr, "a"),
                                                thing("ten-b", "10", "b"),
                                                thing("two", "2", nullptr),
                                                thing("ten-a", "10.0", "a"),
                                                thing("nothing", nullptr, nullptr),
                                                thing("two-a", "2", "a"),
                                                thing("first-tie", "9007199254740993", "z"),
                                                thing("second-tie", "9007199254740993", "z"),
                                                thing("big", "9007199254740992", "z")};
        std::vector<const model::Entity*> given;
        for (const auto& e : things)
            given.push_back(&e);
        std::vector<std::string> ids;
        for (const auto* e : query::natural_order(kind, given))
            ids.push_back(e->id);
        // 2 before 10 by value (not as text); 10 and 10.0 are one rank, so the names decide;
        // 9007199254740993 is above 9007199254740992, which a double cannot tell apart.
        CHECK(ids == std::vector<std::string>{"two-a", "two", "ten-a", "ten-b", "big", "first-tie",
                                              "second-tie", "no-rank", "nothing"});
    }

    TEST_CASE("natural_order: no key field leaves the order given") {
        model::KindDef kind;
        kind.fields = {field_def("note", model::FieldType::String)};
        kind.order_by = {"missing"};
        model::Entity b;
        b.id = "b";
        model::Entity a;
        a.id = "a";
        const std::vector<const model::Entity*> given{&b, &a};
        const auto ordered = query::natural_order(kind, given);
        CHECK(ordered[0]->id == "b");
        CHECK(ordered[1]->id == "a");
    }
}
