#include "kb_fixture.hpp"

#include <doctest/doctest.h>

using namespace aistrat;

TEST_SUITE("model.knowledge_base") {
    TEST_CASE("outgoing: each link in the entity's order, its relation and target resolved") {
        const auto result = test::load_strings(
            {{"kb",
              {{"a.yaml", test::item("a", 1, "links:\n  refers-to: [c, nowhere, b]\n")},
               {"b.yaml", test::item("b", 2)},
               {"c.yaml", test::item("c", 3)}}}});
        const model::KnowledgeBase& kb = result.kb;
        const model::Entity& a = *kb.find("item", "a");
        const auto out = kb.outgoing(a);
        REQUIRE(out.size() == 3);
        CHECK(out[0].link == &a.links[0]);
        CHECK(out[0].relation == kb.schema().find_relation("refers-to"));
        CHECK(out[0].target == kb.find("item", "c"));
        // A target no entity has keeps its link and relation, with no target (check reports it).
        CHECK(out[1].link->target == "nowhere");
        CHECK(out[1].relation != nullptr);
        CHECK(out[1].target == nullptr);
        CHECK(out[2].target == kb.find("item", "b"));
        CHECK(kb.outgoing(*kb.find("item", "b")).empty());
        // Each resolved link is the other end's incoming link.
        const auto in = kb.incoming(*kb.find("item", "c"));
        REQUIRE(in.size() == 1);
        CHECK(in[0].from == &a);
        CHECK(in[0].link == out[0].link);
    }

    TEST_CASE("outgoing and incoming: an entity not of the graph has none") {
        const auto result =
            test::load_strings({{"kb",
                                 {{"a.yaml", test::item("a", 1, "links:\n  refers-to: b\n")},
                                  {"b.yaml", test::item("b", 2)}}}});
        const model::Entity copy = *result.kb.find("item", "a");
        CHECK(result.kb.outgoing(copy).empty());
        CHECK(result.kb.incoming(copy).empty());
    }

    TEST_CASE("of_kind: the first of two entities with one kind and id, in load order") {
        const auto result = test::load_strings({{"kb",
                                                 {{"a.yaml", test::item("b", 1)},
                                                  {"b.yaml", test::item("a", 2)},
                                                  {"c.yaml", test::item("b", 3)}}}});
        const auto items = result.kb.of_kind("item");
        REQUIRE(items.size() == 2);
        CHECK(items[0]->id == "b");
        CHECK(items[0]->field("number")->value.text == "1");
        CHECK(items[1]->id == "a");
        CHECK(result.kb.of_kind("nothing").empty());
    }
}
