#include "check/checker.hpp"
#include "load/kb_loader.hpp"
#include "report/entity_documents.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace aistrat;

namespace {
const load::LoadResult& shipped() {
    static const load::LoadResult result = load::load_folders({load::embedded_folder(false)});
    return result;
}

const model::Field* field(const char* kind, const char* id, const char* name) {
    const model::Entity* e = shipped().kb.find(kind, id);
    REQUIRE(e != nullptr);
    return e->field(name);
}
} // namespace

TEST_SUITE("knowledge.shipped") {
    TEST_CASE("the built-in knowledge base checks clean") {
        CHECK(shipped().diagnostics.empty());
        CHECK(check::check_knowledge_base(shipped().kb).empty());
    }

    TEST_CASE("it holds the four opportunities, numbered 1 to 4, and the six pillars") {
        const auto& kb = shipped().kb;
        CHECK(kb.of_kind("opportunity").size() == 4);
        CHECK(kb.of_kind("pillar").size() == 6);
        for (const char* id :
             {"knowledge-exchange", "training-education", "product-development", "cybersecurity"})
            CHECK(field("opportunity", id, "number") != nullptr);
        CHECK(field("opportunity", "cybersecurity", "number")->value.number == 4);
    }

    TEST_CASE("the article's figures are typed numbers with units") {
        const model::Entity* value = shipped().kb.find("figure", "china-ai-annual-value");
        REQUIRE(value != nullptr);
        CHECK(value->field("value")->value.number == 600);
        CHECK(model::figure_text(*value).find("US$600 billion") != std::string::npos);
        CHECK(field("figure", "china-ai-gdp-share", "value")->value.number == doctest::Approx(3.7));
        CHECK(field("figure", "indonesia-population", "value")->value.number == 270);
        const auto& links = value->links;
        CHECK(std::any_of(links.begin(), links.end(), [](const model::Link& l) {
            return l.relation == "estimated-by" && l.target == "mckinsey";
        }));
    }

    TEST_CASE("the strategy is dated 2020 and the golden visa went to Sam Altman") {
        CHECK(field("strategy", "stranas-ka", "year")->value.number == 2020);
        const model::Entity* visa = shipped().kb.find("event", "golden-visa-sam-altman");
        REQUIRE(visa != nullptr);
        CHECK(std::any_of(visa->links.begin(), visa->links.end(), [](const model::Link& l) {
            return l.relation == "recipient" && l.target == "sam-altman";
        }));
    }

    TEST_CASE("the education pillar is supported by the training opportunity") {
        const auto& kb = shipped().kb;
        const auto incoming = kb.incoming(*kb.find("pillar", "education"));
        CHECK(std::any_of(incoming.begin(), incoming.end(), [](const model::IncomingLink& in) {
            return in.from->id == "training-education" && in.relation->inverse == "supported-by";
        }));
    }

    TEST_CASE("every entity but a source cites a source") {
        for (const auto& e : shipped().kb.entities())
            if (e.kind != "source")
                CHECK_MESSAGE(!e.sources.empty(), e.kind << " " << e.id);
    }
}
