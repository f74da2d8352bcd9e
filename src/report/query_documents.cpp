// Search hits and answers as documents and JSON.
#include "report/query_documents.hpp"

#include "model/text.hpp"
#include "report/entity_data.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace aistrat::report {

using json = nlohmann::ordered_json;

namespace {
double rounded(double score) {
    return std::round(score * 1000.0) / 1000.0;
}
} // namespace

std::string support_text(const model::KnowledgeBase& kb, model::Basis basis,
                         const std::vector<model::Citation>& citations) {
    // One part per source, in the order first cited, with all its locators:
    // "TITLE (intro/3, china/1) <URL>".
    std::vector<std::pair<std::string_view, std::vector<std::string_view>>> by_source;
    for (const auto& citation : citations) {
        auto it = std::find_if(by_source.begin(), by_source.end(),
                               [&](const auto& group) { return group.first == citation.source; });
        if (it == by_source.end())
            it = by_source.insert(by_source.end(), {citation.source, {}});
        if (std::find(it->second.begin(), it->second.end(), citation.locator) == it->second.end())
            it->second.push_back(citation.locator);
    }
    std::vector<std::string> parts;
    for (const auto& [id, locators] : by_source) {
        const model::Entity* source = kb.find(kb.schema().citation_kind, id);
        std::string part = fmt::format("{} ({})", source ? source->title : std::string(id),
                                       fmt::join(locators, ", "));
        if (const model::Field* url = source ? source->field("url") : nullptr)
            part += " <" + url->value.text + ">"; // the brackets end the address
        parts.push_back(std::move(part));
    }
    const std::string cited = fmt::to_string(fmt::join(parts, "; "));
    switch (basis) {
    case model::Basis::Interpretation:
        return cited.empty() ? "our reading (no source says it)" : "our reading of: " + cited;
    case model::Basis::Implied:
        return "implied by: " + (cited.empty() ? std::string("(no source given)") : cited);
    default:
        return cited.empty() ? std::string{} : "source: " + cited;
    }
}

namespace {

/// The statement a hit matched, or nullptr (a hit on the id alone).
const search::Statement* matched(const search::SearchIndex& index, const search::EntityHit& hit) {
    if (hit.statement < 0 || static_cast<std::size_t>(hit.statement) >= index.statements().size())
        return nullptr;
    return &index.statements()[static_cast<std::size_t>(hit.statement)];
}

} // namespace

Document search_document(const model::KnowledgeBase& kb, const search::SearchIndex& index,
                         const query::SearchResult& result) {
    // Each match marked with the number of what supports it, listed under the table: one
    // number per distinct support, so that hits citing the same passages share it.
    Table table{{"kind", "id", "title", "match"}, {}};
    std::vector<std::string> supports;
    static const std::vector<model::Citation> k_none;
    for (const auto& hit : result.hits) {
        std::string match = hit.field + ": " + hit.snippet;
        if (const search::Statement* s = matched(index, hit)) {
            std::string support = support_text(kb, s->basis, s->citations ? *s->citations : k_none);
            if (!support.empty()) {
                auto at = std::find(supports.begin(), supports.end(), support);
                if (at == supports.end())
                    at = supports.insert(supports.end(), std::move(support));
                match += fmt::format(" [{}]", at - supports.begin() + 1);
            }
        }
        table.rows.push_back({hit.entity->kind, hit.entity->id, hit.entity->title, match});
    }
    Document doc;
    doc.add(std::move(table));
    if (result.total > result.hits.size())
        doc.add(Paragraph{fmt::format("{} of {} matches shown; use --limit to see more.",
                                      result.hits.size(), result.total)});
    if (!supports.empty()) {
        BulletList list;
        for (std::size_t i = 0; i < supports.size(); ++i)
            list.items.push_back(fmt::format("[{}] {}", i + 1, supports[i]));
        doc.add(Heading{2, "Sources"}).add(std::move(list));
    }
    return doc;
}

json search_data(const model::KnowledgeBase& kb, const search::SearchIndex& index,
                 const std::string& query, const query::SearchResult& result) {
    json hits = json::array();
    for (const auto& hit : result.hits) {
        const search::Statement* s = matched(index, hit);
        hits.push_back(
            {{"kind", hit.entity->kind},
             {"id", hit.entity->id},
             {"title", hit.entity->title},
             {"field", hit.field},
             {"snippet", model::strip_highlights(hit.snippet)},
             {"score", rounded(hit.score)},
             {"basis", model::basis_name(s ? s->basis : model::Basis::Stated)},
             {"sources", s && s->citations ? citations_data(kb, *s->citations) : json::array()}});
    }
    return {{"schema_version", k_schema_version},
            {"query", query},
            {"total", result.total},
            {"hits", hits},
            {"suggestions", result.suggestions}};
}

Document ask_document(const model::KnowledgeBase& kb, const search::SearchIndex& index,
                      const query::AskResult& result) {
    BulletList answers;
    for (const auto& answer : result.answers) {
        const search::Statement& s = index.statements()[answer.statement];
        // A statement reads with its field ("recipient: Sam Altman"), then its entity.
        std::string item = search::words_of(s.field) + ": " + s.text;
        item += fmt::format("\n{} ({} {})", s.entity->title, s.entity->kind, s.entity->id);
        static const std::vector<model::Citation> k_none;
        if (const std::string support =
                support_text(kb, s.basis, s.citations ? *s.citations : k_none);
            !support.empty())
            item += "\n" + support;
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
             {"basis", model::basis_name(s.basis)},
             {"sources", s.citations ? citations_data(kb, *s.citations) : json::array()}});
    }
    return {{"schema_version", k_schema_version},
            {"question", question},
            {"prefers", result.prefers},
            {"concepts", result.concepts},
            {"answers", answers}};
}

} // namespace aistrat::report
