// --where and --sort over numbers: compared exactly, never through a rounded double.
#include "kb_fixture.hpp"
#include "query/filter.hpp"
#include "query/resolve.hpp"

#include <doctest/doctest.h>

using namespace aistrat;

namespace {

/// A schema with an integer, a number and a date field, and entities holding `values`
/// (id, count, amount) where "" leaves a field out.
load::LoadResult numbers_kb(const std::vector<std::vector<std::string>>& values) {
    load::Folder folder{"kb", "test", {}};
    folder.files.push_back({"schema.yaml", "kb/schema.yaml",
                            "kinds:\n  - name: thing\n    cites: false\n    fields:\n"
                            "      - {name: count, type: integer, identifies: true}\n"
                            "      - {name: amount, type: number}\n"
                            "      - {name: day, type: date}\n"});
    for (const auto& v : values) {
        std::string text = "kind: thing\nid: " + v[0] + "\ntitle: T " + v[0] + "\nsummary: s\n";
        if (!v[1].empty())
            text += "count: " + v[1] + "\n";
        if (!v[2].empty())
            text += "amount: " + v[2] + "\n";
        folder.files.push_back({v[0] + ".yaml", "kb/" + v[0] + ".yaml", text});
    }
    return load::load_folders({folder});
}

std::vector<std::string> where(const load::LoadResult& result, std::string_view text) {
    const auto& kb = result.kb;
    const auto& kind = *kb.schema().find_kind("thing");
    auto c = query::parse_condition(kb, kind, text);
    REQUIRE(std::holds_alternative<query::Condition>(c));
    std::vector<std::string> ids;
    for (const auto* e : query::natural_order(kind, kb.of_kind("thing")))
        if (query::matches(kb, *e, std::get<query::Condition>(c)))
            ids.push_back(e->id);
    return ids;
}

using ids = std::vector<std::string>;

} // namespace

TEST_SUITE("query.filter") {
    TEST_CASE("--where: integers are compared exactly") {
        const auto kb = numbers_kb({{"big", "9007199254740991", ""},
                                    {"less", "9007199254740990", ""},
                                    {"neg", "-9007199254740991", ""}});
        REQUIRE(test::all_diagnostics(kb).empty());
        CHECK(where(kb, "count=9007199254740991") == ids{"big"});
        CHECK(where(kb, "count=9007199254740992").empty());
        CHECK(where(kb, "count=9007199254740993").empty());
        CHECK(where(kb, "count=9223372036854775807").empty());
        CHECK(where(kb, "count=9223372036854775806").empty());
        CHECK(where(kb, "count>9007199254740990") == ids{"big"});
        CHECK(where(kb, "count>=9007199254740990") == ids{"less", "big"});
        CHECK(where(kb, "count<9007199254740991") == ids{"neg", "less"});
        CHECK(where(kb, "count<9007199254740990.5") == ids{"neg", "less"});
        CHECK(where(kb, "count>9007199254740990.5") == ids{"big"});
        CHECK(where(kb, "count!=9007199254740990") == ids{"neg", "big"});
        CHECK(where(kb, "count<-9007199254740990") == ids{"neg"});
        CHECK(where(kb, "count<-9007199254740992").empty());
        CHECK(where(kb, "count=9.007199254740991e15") == ids{"big"});
    }

    TEST_CASE("--where: a true-or-false field equals only true or false") {
        load::Folder folder{"kb", "test", {}};
        folder.files.push_back({"schema.yaml", "kb/schema.yaml",
                                "kinds:\n  - name: thing\n    cites: false\n    fields:\n"
                                "      - {name: done, type: bool}\n"});
        folder.files.push_back(
            {"a.yaml", "kb/a.yaml", "kind: thing\nid: a\ntitle: A\nsummary: s\ndone: true\n"});
        const auto result = load::load_folders({folder});
        REQUIRE(test::all_diagnostics(result).empty());
        CHECK(where(result, "done=true") == ids{"a"});
        CHECK(where(result, "done!=false") == ids{"a"});
        const auto& kind = *result.kb.schema().find_kind("thing");
        const auto bad = query::parse_condition(result.kb, kind, "done=yes");
        REQUIRE(std::holds_alternative<query::ConditionError>(bad));
        CHECK(std::get<query::ConditionError>(bad).message == "'yes' is not true or false");
    }

    TEST_CASE("--where: numbers are compared exactly, as written") {
        const auto kb = numbers_kb({{"a", "1", "9007199254740993"},
                                    {"b", "2", "9007199254740992"},
                                    {"c", "3", "0.1"},
                                    {"d", "4", "2.50"}});
        REQUIRE(test::all_diagnostics(kb).empty());
        CHECK(where(kb, "amount=9007199254740993") == ids{"a"});
        CHECK(where(kb, "amount=9007199254740992") == ids{"b"});
        CHECK(where(kb, "amount>9007199254740992") == ids{"a"});
        CHECK(where(kb, "amount=0.1") == ids{"c"});
        CHECK(where(kb, "amount=0.10") == ids{"c"});
        CHECK(where(kb, "amount=1e-1") == ids{"c"});
        CHECK(where(kb, "amount=2.5") == ids{"d"});
        CHECK(where(kb, "amount<1") == ids{"c"});
        CHECK(where(kb, "amount<=2.5") == ids{"c", "d"});
        // A number field equals only a number: a word, nan or inf is an error, not "none".
        const auto& thing = *kb.kb.schema().find_kind("thing");
        for (const char* bad : {"amount=x", "amount!=nan", "count=inf", "count=0x10"}) {
            const auto c = query::parse_condition(kb.kb, thing, bad);
            REQUIRE_MESSAGE(std::holds_alternative<query::ConditionError>(c), bad);
            CHECK(std::get<query::ConditionError>(c).message.ends_with("is not a number"));
        }
        CHECK(where(kb, "amount~2.5") == ids{"d"});
    }

    TEST_CASE("--sort: numbers in exact order") {
        const auto kb = numbers_kb({{"a", "1", "9007199254740993"},
                                    {"b", "2", "9007199254740992"},
                                    {"c", "3", "9007199254740994"},
                                    {"d", "4", ""}});
        REQUIRE(test::all_diagnostics(kb).empty());
        const auto things = kb.kb.of_kind("thing");
        std::vector<const model::Entity*> entities(things.begin(), things.end());
        const auto& kind = *kb.kb.schema().find_kind("thing");
        const auto field = std::get<query::FieldRef>(query::resolve_field(kb.kb, kind, "amount"));
        query::sort_by(kb.kb, entities, field, false);
        ids order;
        for (const auto* e : entities)
            order.push_back(e->id);
        CHECK(order == ids{"b", "a", "c", "d"});
        query::sort_by(kb.kb, entities, field, true);
        order.clear();
        for (const auto* e : entities)
            order.push_back(e->id);
        CHECK(order == ids{"c", "a", "b", "d"});
    }

    TEST_CASE("show: an identifying number is matched exactly, however it is typed") {
        const auto kb = numbers_kb({{"big", "9007199254740991", ""},
                                    {"less", "9007199254740990", ""},
                                    {"seven", "7", ""}});
        REQUIRE(test::all_diagnostics(kb).empty());
        const model::KindDef* kind = kb.kb.schema().find_kind("thing");
        const auto id = [&](std::string_view name) {
            const auto lookup = query::resolve_entity(kb.kb, kind, name);
            return lookup.entity == nullptr ? std::string{} : lookup.entity->id;
        };
        CHECK(id("9007199254740991") == "big");
        CHECK(id("9007199254740990") == "less");
        CHECK(id("9007199254740992").empty());
        CHECK(id("7") == "seven");
        CHECK(id("007") == "seven");
        CHECK(id("7.0") == "seven");
    }
}
