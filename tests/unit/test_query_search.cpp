#include "kb_fixture.hpp"
#include "model/text.hpp"
#include "query/filter.hpp"
#include "query/search.hpp"
#include "query/search_query.hpp"
#include "search/search_index.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace aistrat;

namespace {
query::SearchQuery parsed(std::string_view text) {
    auto result = query::parse_search_query(text);
    REQUIRE(std::holds_alternative<query::SearchQuery>(result));
    return std::get<query::SearchQuery>(result);
}

query::QueryError failed(std::string_view text) {
    auto result = query::parse_search_query(text);
    REQUIRE(std::holds_alternative<query::QueryError>(result));
    return std::get<query::QueryError>(result);
}

const load::LoadResult& fixture() {
    static const load::LoadResult result = test::load_strings(
        {{"kb",
          {{"a.yaml", test::item("alpha", 1,
                                 "notes: [Educational programmes for smart cities, cyber "
                                 "defence, data centres]\nlinks:\n  refers-to: [beta]\n")},
           {"b.yaml", test::item("beta", 2, "notes: [smart grids, cities of the future]\n")},
           {"c.yaml", test::item("gamma", 3, "born: 2020-01-31\n")}}}});
    return result;
}
} // namespace

TEST_SUITE("query.search_query") {
    TEST_CASE("parse_search_query: words side by side must all match") {
        CHECK(parsed("smart cities").match == "\"smart\" AND \"cities\"");
        CHECK(parsed("smart cities").words == std::vector<std::string>{"smart", "cities"});
    }

    TEST_CASE("parse_search_query: phrases, prefixes, OR, NOT and groups") {
        CHECK(parsed("\"smart cities\"").match == "\"smart cities\"");
        CHECK(parsed("cyber*").match == "\"cyber\"*");
        CHECK(parsed("a OR b").match == "\"a\" OR \"b\"");
        CHECK(parsed("a NOT b").match == "\"a\" NOT \"b\"");
        CHECK(parsed("a NOT b").any_words == "\"a\"");
        CHECK(parsed("(a OR b) c").match == "(\"a\" OR \"b\") AND \"c\"");
        CHECK(parsed("a and b").match == "\"a\" AND \"and\" AND \"b\"");
    }

    TEST_CASE("parse_search_query: a '-' before a term leaves it out, as NOT does") {
        CHECK(parsed("china -data").match == "\"china\" NOT \"data\"");
        CHECK(parsed("a -\"b c\" -(d OR e)").match == "\"a\" NOT \"b c\" NOT (\"d\" OR \"e\")");
        CHECK(parsed("a -b*").match == "\"a\" NOT \"b\"*");
        // Inside a word, or alone, a '-' is no operator.
        CHECK(parsed("self-driving").match.find("NOT") == std::string::npos);
        CHECK(parsed("a - b").match == "\"a\" AND \"b\"");
        CHECK(failed("-data").message ==
              "'-' leaves a term out, so it needs a term before it (a -b finds a without b)");
        CHECK(failed("a OR -b").message == "OR needs a term after it");
        // Before no term, a '-' is punctuation, as it was.
        CHECK(parsed("a -.").match == "\"a\"");
        CHECK(parsed("a -- b").match == "\"a\" AND \"b\"");
    }

    TEST_CASE("parse_search_query: a repeated term is searched once") {
        CHECK(parsed("a a b a").match == "\"a\" AND \"b\"");
        CHECK(parsed("a AND a").match == "\"a\"");
        CHECK(parsed("a OR a OR b").match == "\"a\" OR \"b\"");
        CHECK(parsed("a NOT a").match == "\"a\" NOT \"a\""); // says something: kept
        CHECK(parsed("a b OR a").any_words == "\"a\" OR \"b\"");
    }

    TEST_CASE("parse_search_query: prefixes count as the words they stand for") {
        // Each prefix expands to 64 words: four of them are 256 words, a fifth is too many.
        const query::PrefixExpander sixty_four = [](std::string_view prefix) {
            std::vector<std::string> words;
            for (int i = 0; i < 64; ++i)
                words.push_back(std::string(prefix) + std::to_string(i));
            return words;
        };
        CHECK(std::holds_alternative<query::SearchQuery>(
            query::parse_search_query("a* b* c* d*", sixty_four)));
        CHECK(std::holds_alternative<query::SearchQuery>(
            query::parse_search_query("a* a* a* a* a* a* a* a* OR a*", sixty_four)));
        const auto error = query::parse_search_query("a* b* c* d* e*", sixty_four);
        REQUIRE(std::holds_alternative<query::QueryError>(error));
        CHECK(std::get<query::QueryError>(error).position == 12);
        CHECK(std::get<query::QueryError>(error).message.find("more than 256 words") !=
              std::string::npos);
        // Repeats that stay in the expression count each time: after NOT, in other groups.
        const auto notted =
            query::parse_search_query("x NOT a* NOT a* NOT a* NOT a* NOT a*", sixty_four);
        REQUIRE(std::holds_alternative<query::SearchQuery>(notted));
        CHECK(std::get<query::SearchQuery>(notted).match.find("NOT") ==
              std::get<query::SearchQuery>(notted).match.rfind("NOT"));
        CHECK(std::holds_alternative<query::QueryError>(query::parse_search_query(
            "(a* b1) OR (a* b2) OR (a* b3) OR (a* b4) OR (a* b5)", sixty_four)));
        CHECK(parsed("x NOT a NOT a").match == "\"x\" NOT \"a\"");
    }

    TEST_CASE("parse_search_query: user text never reaches FTS5 unquoted") {
        CHECK(parsed("title:x").match == "\"title:x\"");
        CHECK(failed("a\"\"b").message == "the phrase has no words");
        CHECK(parsed("- a").match == "\"a\"");
    }

    TEST_CASE("parse_search_query: malformed queries point at the offending character") {
        CHECK(failed("\"smart").position == 0);
        CHECK(failed("\"smart").message == "this quote is never closed");
        CHECK(failed("a OR").position == 2);
        CHECK(failed("NOT a").message == "'NOT' needs a term before it");
        CHECK(failed("(a").message == "this '(' is never closed");
        CHECK(failed("a)").message == "')' without a matching '('");
        CHECK(failed("()").message == "empty parentheses");
        CHECK(failed("   ").message == "no words to search for");
        CHECK(failed("a*b").position == 1);
    }
}

TEST_SUITE("query.search") {
    TEST_CASE("run_search: stemming finds word forms, phrases keep order") {
        const search::SearchIndex index(fixture().kb);
        auto hits = query::run_search(index, parsed("education"), nullptr, 0).hits;
        REQUIRE(hits.size() == 1);
        CHECK(hits[0].entity->id == "alpha");
        CHECK(hits[0].field == "notes");
        CHECK(hits[0].snippet.find(std::string(model::k_highlight_start) + "Educational") !=
              std::string::npos);
        CHECK(query::run_search(index, parsed("\"smart cities\""), nullptr, 0).hits.size() == 1);
        CHECK(query::run_search(index, parsed("smart cities"), nullptr, 0).hits.size() == 2);
        CHECK(query::run_search(index, parsed("smart NOT grids"), nullptr, 0).hits.size() == 1);
        CHECK(query::run_search(index, parsed("cyb*"), nullptr, 0).hits.size() == 1);
    }

    TEST_CASE("run_search: no hits suggest close words") {
        const search::SearchIndex index(fixture().kb);
        const auto result = query::run_search(index, parsed("defense"), nullptr, 0);
        CHECK(result.hits.empty());
        CHECK(result.suggestions == std::vector<std::string>{"defence"});
    }

    TEST_CASE("extract_statements: one per field value, list item, link and incoming link") {
        const auto statements = search::extract_statements(fixture().kb);
        const auto count = [&](const std::string& id, const std::string& field) {
            return std::count_if(statements.begin(), statements.end(), [&](const auto& s) {
                return s.entity->id == id && s.field == field;
            });
        };
        CHECK(count("alpha", "notes") == 3);
        CHECK(count("alpha", "refers-to") == 1);
        CHECK(count("beta", "referred-by") == 1);
        CHECK(count("gamma", "born") == 1);
        const auto born = std::find_if(statements.begin(), statements.end(),
                                       [](const auto& s) { return s.field == "born"; });
        CHECK(born->type == search::StatementType::Date);
    }
}

TEST_SUITE("query.filter") {
    TEST_CASE("parse_condition: operators, fields and links") {
        const auto& kb = fixture().kb;
        const auto& item = *kb.schema().find_kind("item");
        const auto holds = [&](std::string_view text) {
            auto c = query::parse_condition(kb, item, text);
            REQUIRE(std::holds_alternative<query::Condition>(c));
            std::vector<std::string> ids;
            for (const auto* e : kb.of_kind("item"))
                if (query::matches(kb, *e, std::get<query::Condition>(c)))
                    ids.push_back(e->id);
            return ids;
        };
        CHECK(holds("number=2") == std::vector<std::string>{"beta"});
        CHECK(holds("number>=2") == std::vector<std::string>{"beta", "gamma"});
        CHECK(holds("number != 2") == std::vector<std::string>{"alpha", "gamma"});
        CHECK(holds("notes~GRID") == std::vector<std::string>{"beta"});
        CHECK(holds("born<2021-01-01") == std::vector<std::string>{"gamma"});
        CHECK(holds("refers-to=beta") == std::vector<std::string>{"alpha"});
        CHECK(holds("referred-by=alpha") == std::vector<std::string>{"beta"});
        CHECK(holds("item=2") == std::vector<std::string>{"alpha"});
    }

    TEST_CASE("parse_condition: errors name the position and the valid fields") {
        const auto& kb = fixture().kb;
        const auto& item = *kb.schema().find_kind("item");
        const auto error = [&](std::string_view text) {
            auto c = query::parse_condition(kb, item, text);
            REQUIRE(std::holds_alternative<query::ConditionError>(c));
            return std::get<query::ConditionError>(c);
        };
        CHECK(error("numbr=2").message.starts_with(
            "items has no field 'numbr'; did you mean 'number'?"));
        CHECK(error("number").message == "expected an operator: =, !=, ~, <, >, <= or >=");
        CHECK(error("number").position == 6);
        CHECK(error("=2").message == "a field name is missing before the operator");
        CHECK(error("number=").message == "a value is missing after the operator");
        CHECK(error("title>3").message.starts_with("'title' is not a number"));
        CHECK(error("number>x").position == 7);
        CHECK(error("refers-to=zeta").not_found);
    }

    TEST_CASE("sort_by: numbers numerically, missing values last") {
        const auto& kb = fixture().kb;
        const auto items = kb.of_kind("item");
        std::vector<const model::Entity*> entities(items.begin(), items.end());
        const auto& item = *kb.schema().find_kind("item");
        query::sort_by(kb, entities,
                       std::get<query::FieldRef>(query::resolve_field(kb, item, "number")), true);
        CHECK(entities[0]->id == "gamma");
        query::sort_by(kb, entities,
                       std::get<query::FieldRef>(query::resolve_field(kb, item, "born")), false);
        CHECK(entities[0]->id == "gamma");
    }
}

TEST_SUITE("search.snippets") {
    TEST_CASE("cap_around_first_mark: a snippet is bounded in characters, around its match") {
        const std::string open(model::k_highlight_start);
        const std::string close(model::k_highlight_end);
        // Short: as it is.
        CHECK(search::cap_around_first_mark("a " + open + "b" + close + " c", 10) ==
              "a " + open + "b" + close + " c");
        // Text without spaces (one word to the tokenizer): cut in characters, a quarter
        // before the match, never inside a character.
        std::string han;
        for (int i = 0; i < 100; ++i)
            han += "\xE4\xB8\xAD"; // U+4E2D
        const std::string cut = search::cap_around_first_mark(han + open + "x" + close + han, 20);
        CHECK(cut == "…" + han.substr(0, 3 * 5) + open + "x" + close + han.substr(0, 3 * 12) + "…");
        // A match the end cuts through stays marked up to it.
        const std::string long_match = open + std::string(50, 'y') + close;
        CHECK(search::cap_around_first_mark(long_match, 10) ==
              open + std::string(9, 'y') + close + "…");
    }
}
