// The cache's snapshot: what is encoded decodes to the same knowledge, and bytes that are not
// a whole snapshot of this format are refused, never read past.
#include "cache/snapshot.hpp"
#include "load/folder.hpp"
#include "load/kb_loader.hpp"

#include <doctest/doctest.h>

#include <algorithm>

namespace aistrat::cache {

namespace {

check::CheckedKnowledge shipped() {
    load::SearchOptions options;
    auto loaded = load::load_knowledge(options);
    check::CheckedKnowledge snapshot{std::move(loaded.kb), {}, loaded.content_hash, {}};
    snapshot.diagnostics.push_back({{"<builtin>/x.yaml", 3, 7}, model::Severity::Warning, "w"});
    snapshot.diagnostics.push_back({{"", 0, 0}, model::Severity::Error, "no position"});
    return snapshot;
}

} // namespace

TEST_CASE("a snapshot of the shipped knowledge decodes to the same knowledge") {
    const check::CheckedKnowledge original = shipped();
    const std::string bytes = encode(original);
    const auto decoded = decode(bytes);
    REQUIRE(decoded.has_value());
    CHECK(encode(*decoded) == bytes);
    // Value for value: a part that encode and decode both left out would still re-encode to
    // the same bytes, but not compare equal.
    CHECK(decoded->kb == original.kb);
    CHECK(decoded->diagnostics == original.diagnostics);
    {
        auto entities = decoded->kb.entities();
        REQUIRE_FALSE(entities.empty());
        entities.back().where.column += 1;
        const model::KnowledgeBase moved(decoded->kb.schema(), std::move(entities),
                                         decoded->kb.folders(), decoded->kb.vocabulary());
        CHECK_FALSE(moved == original.kb);
    }
    CHECK(decoded->content_hash == original.content_hash);
    CHECK(decoded->kb.entities().size() == original.kb.entities().size());
    CHECK(decoded->kb.schema().kinds.size() == original.kb.schema().kinds.size());
    CHECK(decoded->kb.vocabulary().synonyms.size() == original.kb.vocabulary().synonyms.size());
    REQUIRE(decoded->diagnostics.size() == 2);
    CHECK(decoded->diagnostics[0].where.line == 3);
    CHECK(decoded->diagnostics[0].severity == model::Severity::Warning);
    CHECK(decoded->diagnostics[1].message == "no position");

    // What supports each statement survives: its own citations and its basis.
    const model::Entity* bssn = decoded->kb.find("organization", "bssn");
    REQUIRE(bssn != nullptr);
    REQUIRE(bssn->field("founded") != nullptr);
    REQUIRE(bssn->field("founded")->support.sources.size() == 1);
    CHECK(bssn->field("founded")->support.sources[0].source == "wikipedia-bssn");
    const model::Entity* exchange = decoded->kb.find("opportunity", "knowledge-exchange");
    REQUIRE(exchange != nullptr);
    REQUIRE(exchange->links.size() >= 2);
    CHECK(exchange->links[1].support.basis == model::Basis::Interpretation);
    const model::Entity* indonesia = decoded->kb.find("country", "indonesia");
    REQUIRE(indonesia != nullptr);
    CHECK(model::item_support(*indonesia->field("strengths"), 4).sources.size() == 2);
    // The questions a field answers (`asks:`), which ask reads from the schema.
    const model::KindDef* strategy = decoded->kb.schema().find_kind("strategy");
    REQUIRE(strategy != nullptr);
    REQUIRE(strategy->field("purpose") != nullptr);
    CHECK(strategy->field("purpose")->asks ==
          original.kb.schema().find_kind("strategy")->field("purpose")->asks);
    CHECK_FALSE(strategy->field("purpose")->asks.empty());

    // The graph's indexes are rebuilt: lookups and incoming links work as before.
    const model::Entity* education = decoded->kb.find("pillar", "education");
    REQUIRE(education != nullptr);
    CHECK(education->title == original.kb.find("pillar", "education")->title);
    CHECK(decoded->kb.incoming(*education).size() ==
          original.kb.incoming(*original.kb.find("pillar", "education")).size());
    const model::Entity* figure = decoded->kb.find("figure", "china-ai-gdp-share");
    REQUIRE(figure != nullptr);
    REQUIRE(figure->field("value") != nullptr);
    CHECK(figure->field("value")->value.number == doctest::Approx(3.7));
    CHECK(figure->field("value")->where.path == "<builtin>/figures/china-ai-gdp-share.yaml");
}

TEST_CASE("what an extension added, and where it came from, survives a snapshot") {
    load::SearchOptions options;
    std::vector<load::Folder> folders{load::embedded_folder(false)};
    folders.push_back({"mine", "user", {}});
    folders.back().files.push_back(
        {"x.yaml", "mine/x.yaml",
         "kind: opportunity\nextends: product-development\naliases: [joint products]\n"
         "activities: [pilot a product]\nlinks: {partners: china}\n"
         "sources: [{source: article, locator: opportunities/3}]\n"});
    auto loaded = load::load_folders(folders);
    REQUIRE(loaded.diagnostics.empty());
    const check::CheckedKnowledge original{std::move(loaded.kb), {}, loaded.content_hash, {}};
    const model::Entity* extended = original.kb.find("opportunity", "product-development");
    REQUIRE(extended != nullptr);
    REQUIRE(extended->extensions.size() == 1);
    const auto decoded = decode(encode(original));
    REQUIRE(decoded.has_value());
    CHECK(decoded->kb == original.kb);
    const model::Entity* again = decoded->kb.find("opportunity", "product-development");
    REQUIRE(again != nullptr);
    REQUIRE(again->extensions.size() == 1);
    CHECK(again->extensions[0].where == model::Location{"mine/x.yaml", 2, 10});
    CHECK(again->extensions[0].folder == "mine");
    CHECK(again->extensions[0].aliases == std::vector<std::string>{"joint products"});
    // The link to china was there already: not added again, nor listed as added.
    CHECK(again->extensions[0].links.empty());
    CHECK(again->extensions[0].fields.size() == 1);
    CHECK(std::count_if(again->links.begin(), again->links.end(), [](const model::Link& l) {
              return l.relation == "partners" && l.target == "china";
          }) == 1);
    // Equality sees the extensions too.
    auto entities = decoded->kb.entities();
    for (auto& e : entities)
        e.extensions.clear();
    const model::KnowledgeBase without(decoded->kb.schema(), std::move(entities),
                                       decoded->kb.folders(), decoded->kb.vocabulary());
    CHECK_FALSE(without == original.kb);
}

TEST_CASE("bytes cut short, damaged or of another format are refused") {
    const std::string bytes = encode(shipped());
    for (std::size_t size = 0; size < bytes.size(); size += 1 + size / 16)
        CHECK_FALSE(decode(std::string_view(bytes).substr(0, size)).has_value());
    CHECK_FALSE(decode(bytes.substr(0, bytes.size() - 1)).has_value());
    CHECK_FALSE(decode(bytes + "x").has_value());
    CHECK_FALSE(decode("").has_value());
    CHECK_FALSE(decode("not a snapshot at all").has_value());
    std::string other = bytes;
    other[17] = static_cast<char>(k_snapshot_format + 1); // the format follows the magic
    CHECK_FALSE(decode(other).has_value());
    // Every byte flipped in turn, over the first kilobyte: refused or decoded, never a crash.
    for (std::size_t i = 0; i < std::min<std::size_t>(bytes.size(), 1024); ++i) {
        std::string damaged = bytes;
        damaged[i] = static_cast<char>(damaged[i] ^ 0x5a);
        (void)decode(damaged);
    }
}

TEST_CASE("a snapshot that breaks what loading guarantees is refused, though whole") {
    // A checksum is no key: bytes written by something else may decode. An entity of a kind
    // the schema lacks (the schema's 'pillar' renamed, as a forged entry did, crashed
    // `report gaps`), or a list's supports fewer than its items, are refused.
    const check::CheckedKnowledge original = shipped();
    const std::string bytes = encode(original);
    std::string renamed = bytes;
    const auto at = renamed.find("pillar");
    REQUIRE(at != std::string::npos);
    renamed[at + 5] = 'X';
    CHECK_FALSE(decode(renamed).has_value());

    std::vector<model::Entity> entities = original.kb.entities();
    bool cut = false;
    for (auto& e : entities)
        for (auto& f : e.fields)
            if (!cut && f.item_support.size() > 1) {
                f.item_support.pop_back();
                cut = true;
            }
    REQUIRE(cut);
    const check::CheckedKnowledge uneven{
        model::KnowledgeBase(original.kb.schema(), std::move(entities), original.kb.folders(),
                             original.kb.vocabulary()),
        {},
        original.content_hash,
        {}};
    CHECK_FALSE(decode(encode(uneven)).has_value());
    CHECK(decode(bytes).has_value());
}

} // namespace aistrat::cache

namespace aistrat::load {

TEST_CASE("every file loaded has its content hash, the schema and vocabulary among them") {
    // The cache keeps the hash of a file changed within a timestamp tick of its writing; a
    // file without one could change unseen.
    const auto loaded = load_knowledge(SearchOptions{});
    CHECK(loaded.file_hashes.count("<builtin>/schema.yaml") == 1);
    CHECK(loaded.file_hashes.count("<builtin>/vocabulary.yaml") == 1);
    CHECK(loaded.file_hashes.count("<builtin>/pillars/education.yaml") == 1);
    CHECK(loaded.file_hashes.at("<builtin>/schema.yaml") ==
          hash_of(*source_text("<builtin>/schema.yaml")));
}

} // namespace aistrat::load
