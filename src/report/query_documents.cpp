// Search hits and answers as documents and JSON.
#include "report/query_documents.hpp"

#include "model/text.hpp"
#include "report/entity_data.hpp"

#include <fmt/format.h>

#include <cmath>

namespace aistrat::report {

using json = nlohmann::ordered_json;

namespace {
double rounded(double score) {
    return std::round(score * 1000.0) / 1000.0;
}
} // namespace

std::string citations_text(const model::Entity& entity) {
    std::vector<std::string> parts;
    for (const auto& citation : entity.sources)
        parts.push_back(fmt::format("{} ({})", citation.source, citation.locator));
    return fmt::to_string(fmt::join(parts, "; "));
}

Document search_document(const query::SearchResult& result) {
    Table table{{"kind", "id", "title", "match"}, {}};
    for (const auto& hit : result.hits)
        table.rows.push_back(
            {hit.entity->kind, hit.entity->id, hit.entity->title, hit.field + ": " + hit.snippet});
    Document doc;
    doc.add(std::move(table));
    if (result.total > result.hits.size())
        doc.add(Paragraph{fmt::format("{} of {} matches shown; use --limit to see more.",
                                      result.hits.size(), result.total)});
    return doc;
}

json search_data(const std::string& query, const query::SearchResult& result) {
    json hits = json::array();
    for (const auto& hit : result.hits)
        hits.push_back({{"kind", hit.entity->kind},
                        {"id", hit.entity->id},
                        {"title", hit.entity->title},
                        {"field", hit.field},
                        {"snippet", model::strip_highlights(hit.snippet)},
                        {"score", rounded(hit.score)}});
    return {{"schema_version", k_schema_version},
            {"query", query},
            {"total", result.total},
            {"hits", hits},
            {"suggestions", result.suggestions}};
}

Document ask_document(const search::SearchIndex& index, const query::AskResult& result) {
    BulletList answers;
    for (const auto& answer : result.answers) {
        const search::Statement& s = index.statements()[answer.statement];
        // A statement reads with its field ("recipient: Sam Altman"), then its entity.
        std::string item = search::words_of(s.field) + ": " + s.text;
        item += fmt::format("\n{} ({} {})", s.entity->title, s.entity->kind, s.entity->id);
        if (const std::string sources = citations_text(*s.entity); !sources.empty())
            item += "\nsource: " + sources;
        answers.items.push_back(std::move(item));
    }
    return Document{}.add(std::move(answers));
}

json ask_data(const model::KnowledgeBase& kb, const search::SearchIndex& index,
              const std::string& question, const query::AskResult& result) {
    json answers = json::array();
    for (std::size_t i = 0; i < result.answers.size(); ++i) {
        const auto& answer = result.answers[i];
        const search::Statement& s = index.statements()[answer.statement];
        answers.push_back(
            {{"rank", i + 1},
             {"statement", s.text},
             {"field", s.field},
             {"score", rounded(answer.score)},
             {"entity",
              {{"kind", s.entity->kind}, {"id", s.entity->id}, {"title", s.entity->title}}},
             {"sources", sources_data(kb, *s.entity)}});
    }
    return {{"schema_version", k_schema_version},
            {"question", question},
            {"prefers", result.prefers},
            {"concepts", result.concepts},
            {"answers", answers}};
}

} // namespace aistrat::report
