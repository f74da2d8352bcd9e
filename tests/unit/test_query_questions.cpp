#include "load/kb_loader.hpp"
#include "load/yaml_tree.hpp"
#include "model/text.hpp"
#include "query/ask.hpp"
#include "search/search_index.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

using namespace aistrat;

#ifndef AISTRAT_TESTS_DIR
#error "AISTRAT_TESTS_DIR must name the tests folder"
#endif

namespace {
struct Question {
    std::string text;
    std::string expect;
};

std::vector<Question> read_questions(const std::string& file) {
    std::ifstream in(std::string(AISTRAT_TESTS_DIR) + "/" + file);
    std::stringstream text;
    text << in.rdbuf();
    const auto parse = load::parse_yaml(file, text.str());
    REQUIRE(parse.diagnostics.empty());
    REQUIRE(parse.documents.size() == 1);
    std::vector<Question> out;
    for (const auto& item : parse.documents[0].items)
        out.push_back({item.find("q")->value, item.find("expect")->value});
    return out;
}
struct Recall {
    std::size_t at1 = 0;
    std::size_t at3 = 0;
    std::size_t total = 0;
};

/// Asks every question; an answer is right when its statement or its entity's title holds
/// the expected text ("McKinsey & Company" answers "which consultancy ..." as an entity).
Recall measure(const model::KnowledgeBase& kb, const search::SearchIndex& index,
               const std::vector<Question>& questions, bool report_misses) {
    Recall recall;
    recall.total = questions.size();
    for (const auto& q : questions) {
        const auto result = query::ask(kb, index, q.text, 3);
        std::size_t rank = 0;
        for (std::size_t i = 0; i < result.answers.size() && rank == 0; ++i) {
            const auto& s = index.statements()[result.answers[i].statement];
            const std::string text = model::to_lower(s.text + " | " + s.entity->title);
            if (text.find(model::to_lower(q.expect)) != std::string::npos)
                rank = i + 1;
        }
        recall.at1 += rank == 1 ? 1 : 0;
        recall.at3 += rank >= 1 ? 1 : 0;
        if (report_misses && rank != 1) {
            std::string got;
            for (const auto& a : result.answers)
                got += "\n    " + index.statements()[a.statement].text.substr(0, 70) + " | " +
                       index.statements()[a.statement].entity->title;
            MESSAGE("rank " << rank << " for: " << q.text << " (expect " << q.expect << ")" << got);
        }
    }
    return recall;
}

} // namespace

TEST_SUITE("query.ask") {
    TEST_CASE("question_words: lower case, split as the index splits, numbers kept whole") {
        CHECK(query::question_words("How much could AI add to China's economy?") ==
              std::vector<std::string>{"how", "much", "could", "ai", "add", "to", "china", "s",
                                       "economy"});
        CHECK(query::question_words("US$600 billion, 3.7% of GDP") ==
              std::vector<std::string>{"us$600", "billion", "3.7%", "of", "gdp"});
        CHECK(query::question_words("self-driving") == std::vector<std::string>{"self", "driving"});
    }

    TEST_CASE("Lexicon: names and synonyms found by their first word; ask with it asks alike") {
        const auto loaded = load::load_folders({load::embedded_folder(false)});
        REQUIRE(loaded.diagnostics.empty());
        const query::Lexicon lexicon(loaded.kb);
        bool golden_visa = false;
        for (const auto& name : lexicon.names_from("golden"))
            golden_visa = golden_visa || name.words == std::vector<std::string>{"golden", "visa"};
        CHECK(golden_visa);
        CHECK(lexicon.names_from("zzqx").empty());
        CHECK(lexicon.is_stop_word("the"));
        CHECK_FALSE(lexicon.is_stop_word("education"));
        for (const auto& phrase : lexicon.phrases_from("ai"))
            CHECK(phrase.words.front() == "ai");
        const search::SearchIndex index(loaded.kb);
        for (const char* q : {"Who received Indonesia's first golden visa?",
                              "How much could AI add to China's economy?", "the of and"}) {
            const auto once = query::ask(loaded.kb, index, q, 5);
            const auto shared = query::ask(lexicon, loaded.kb, index, q, 5);
            REQUIRE(once.answers.size() == shared.answers.size());
            for (std::size_t i = 0; i < once.answers.size(); ++i) {
                CHECK(once.answers[i].statement == shared.answers[i].statement);
                CHECK(once.answers[i].score == shared.answers[i].score);
            }
            CHECK(once.concepts == shared.concepts);
            CHECK(once.prefers == shared.prefers);
        }
    }

    TEST_CASE("ask: the question set reaches recall@3 of at least 90%") {
        const auto loaded = load::load_folders({load::embedded_folder(false)});
        REQUIRE(loaded.diagnostics.empty());
        const search::SearchIndex index(loaded.kb);
        const auto questions = read_questions("questions.yaml");
        REQUIRE(questions.size() >= 40);
        const Recall recall = measure(loaded.kb, index, questions, true);
        MESSAGE("questions.yaml: recall@1 = " << recall.at1 << "/" << recall.total
                                              << ", recall@3 = " << recall.at3 << "/"
                                              << recall.total);
        CHECK(static_cast<double>(recall.at3) >= 0.9 * static_cast<double>(recall.total));

        // Written by someone who saw neither the method nor the set above, and never tuned
        // on: reported, so that a change that only fits the set above shows here.
        const auto heldout = read_questions("questions_heldout.yaml");
        const Recall held = measure(loaded.kb, index, heldout, false);
        MESSAGE("questions_heldout.yaml: recall@1 = " << held.at1 << "/" << held.total
                                                      << ", recall@3 = " << held.at3 << "/"
                                                      << held.total);
    }
}
