// Search hits and answers as documents and JSON.
#include "report/query_documents.hpp"

#include "model/text.hpp"
#include "report/entity_data.hpp"
#include "report/entity_documents.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

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
    // Looked up by hash: an entity may carry thousands of citations.
    std::vector<std::pair<std::string_view, std::vector<std::string_view>>> by_source;
    std::unordered_map<std::string_view, std::size_t> group_of;
    std::set<std::pair<std::string_view, std::string_view>> seen;
    for (const auto& citation : citations) {
        const auto [at, added] = group_of.try_emplace(citation.source, by_source.size());
        if (added)
            by_source.push_back({citation.source, {}});
        if (seen.insert({citation.source, citation.locator}).second)
            by_source[at->second].second.push_back(citation.locator);
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
                         const std::string& query, const query::SearchResult& result) {
    // Each match marked with the number of what supports it, listed under the table: one
    // number per distinct support, so that hits citing the same passages share it.
    Table table{{"kind", "id", "title", "match"}, {}};
    // For programs (CSV), the match without its number, and its basis and sources in columns
    // of their own.
    table.data_headers = {"kind", "id", "title", "match", "basis", "sources"};
    std::vector<std::string> supports;
    static const std::vector<model::Citation> k_none;
    for (const auto& hit : result.hits) {
        std::string match = hit.field + ": " + hit.snippet;
        const search::Statement* statement = matched(index, hit);
        table.data_rows.push_back(
            {hit.entity->kind, hit.entity->id, hit.entity->title, match,
             std::string(model::basis_name(statement ? statement->basis : model::Basis::Stated)),
             statement && statement->citations ? citations_cell(*statement->citations) : ""});
        if (statement != nullptr) {
            std::string support = support_text(
                kb, statement->basis, statement->citations ? *statement->citations : k_none);
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
    doc.title = "Search: " + query;
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

namespace {

/// A statement as it reads on its own: who or what it is about, the field, the value
/// ("Hammam Riza — role: President of KORIKA"; a summary or a figure after a colon).
std::string answer_line(const search::Statement& s) {
    const std::string& subject = s.entity->title;
    if (s.field == "title")
        return subject;
    if (s.field == "aliases")
        return fmt::format("{}, also called: {}", subject, s.text);
    if (s.field == "summary" || s.field == "figure")
        return fmt::format("{}: {}", subject, s.text);
    // A linked entity is named as a list names it, so that it can be shown by its id.
    if (s.target != nullptr)
        return fmt::format("{} — {}: {} ({})", subject, search::words_of(s.field), s.text,
                           s.target->id);
    return fmt::format("{} — {}: {}", subject, search::words_of(s.field), s.text);
}

std::string capitalised(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
        text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

/// A list answer's heading: "Indonesia — industries" or "Pillars" (of every entity of a
/// kind), with how many items it has.
std::string list_heading(const query::Answer& answer) {
    const std::string what = search::words_of(answer.list);
    return answer.owner != nullptr
               ? fmt::format("{} — {} ({} in all)", answer.owner->title, what, answer.items.size())
               : fmt::format("{} ({} in all)", capitalised(what), answer.items.size());
}

/// Item `i` of a list answer: a list field's item as written, an entity as its title and
/// id; marked when what puts it in the list is implied or our reading.
std::string list_item(const search::SearchIndex& index, const query::Answer& answer,
                      std::size_t i) {
    const search::Statement& s = index.statements()[answer.items[i]];
    const search::Statement& support =
        index.statements()[i < answer.support.size() ? answer.support[i] : answer.items[i]];
    std::string text = answer.owner != nullptr || s.field != "title"
                           ? s.text
                           : fmt::format("{} ({})", s.text, s.entity->id);
    text += basis_mark(support.basis);
    return text;
}

/// What supports a list answer: the citations of all its items, and the weakest basis.
std::pair<model::Basis, std::vector<model::Citation>> list_support(const search::SearchIndex& index,
                                                                   const query::Answer& answer) {
    model::Basis basis = model::Basis::Stated;
    std::vector<model::Citation> citations;
    std::set<std::pair<std::string_view, std::string_view>> seen;
    // Items that rest on their entity's citations share one list: merged once, not once an
    // item (a list of thousands, each on thousands of citations).
    std::set<const std::vector<model::Citation>*> merged;
    for (std::size_t item : answer.support.empty() ? answer.items : answer.support) {
        const search::Statement& s = index.statements()[item];
        if (s.basis == model::Basis::Interpretation ||
            (s.basis == model::Basis::Implied && basis == model::Basis::Stated))
            basis = s.basis;
        if (s.citations == nullptr || !merged.insert(s.citations).second)
            continue;
        for (const auto& c : *s.citations)
            if (seen.insert({c.source, c.locator}).second)
                citations.push_back(c);
    }
    return {basis, std::move(citations)};
}

json entity_ref(const model::Entity& e) {
    return {{"kind", e.kind}, {"id", e.id}, {"title", e.title}};
}

/// A source as a source answer names it: its title, then the values of its kind's key
/// fields ("..., (GovInsider, news interview)").
std::string source_line(const model::KnowledgeBase& kb, const model::Entity& source) {
    std::vector<std::string> keys;
    if (const model::KindDef* kind = kb.schema().find_kind(source.kind))
        for (const auto& name : kind->key_fields)
            if (const model::Field* f = source.field(name); f != nullptr)
                if (std::string value = model::value_text(f->value); !value.empty())
                    keys.push_back(std::move(value));
    return keys.empty() ? source.title
                        : fmt::format("{} ({})", source.title, fmt::join(keys, ", "));
}

/// An answer as one line: a list's heading, else its statement as it reads on its own.
std::string answer_text(const search::SearchIndex& index, const query::Answer& answer) {
    return answer.items.empty() ? answer_line(index.statements()[answer.statement])
                                : list_heading(answer);
}

/// What a source answer rests on: of the statements of the answer it is cited for, those
/// that cite the source; their weakest basis, and their citations of the source.
std::pair<model::Basis, std::vector<model::Citation>>
cited_support(const search::SearchIndex& index, const query::Answer& answer) {
    const std::string& source = index.statements()[answer.statement].entity->id;
    model::Basis basis = model::Basis::Stated;
    std::vector<model::Citation> citations;
    std::set<std::string_view> seen;
    // Whether each list of citations met cites the source, found once a list (see list_support).
    std::map<const std::vector<model::Citation>*, bool> cites_source;
    for (std::size_t i : query::resting_on(answer.cited_for.front())) {
        const search::Statement& s = index.statements()[i];
        if (s.citations == nullptr)
            continue;
        const auto [at, added] = cites_source.try_emplace(s.citations, false);
        if (added)
            for (const auto& c : *s.citations)
                if (c.source == source) {
                    at->second = true;
                    if (seen.insert(c.locator).second)
                        citations.push_back(c);
                }
        const bool cites = at->second;
        if (cites && (s.basis == model::Basis::Interpretation ||
                      (s.basis == model::Basis::Implied && basis == model::Basis::Stated)))
            basis = s.basis;
    }
    return {basis, std::move(citations)};
}

} // namespace

Document ask_document(const model::KnowledgeBase& kb, const search::SearchIndex& index,
                      const std::string& question, const query::AskResult& result) {
    Document document;
    document.title = question;
    if (!result.unmatched.empty()) {
        document.add(Paragraph{fmt::format("The knowledge says nothing about {}.",
                                           fmt::join(result.unmatched, " or "))});
        return document;
    }
    if (!result.not_given.empty()) {
        for (const auto& missing : result.not_given) {
            std::string field = missing.field;
            std::replace(field.begin(), field.end(), '-', ' ');
            std::vector<std::string> titles;
            for (const model::Entity* e : missing.entities)
                titles.push_back(e->title);
            document.add(Paragraph{
                titles.empty()
                    ? fmt::format("No {} in the knowledge gives its {}.", missing.kind, field)
                    : fmt::format("The knowledge does not give the {} of {}.", field,
                                  fmt::join(titles, " or "))});
        }
        return document;
    }
    if (!result.answered)
        document.add(Paragraph{result.answers.empty()
                                   ? "Nothing in the knowledge answers this."
                                   : "Nothing in the knowledge answers this. Closest:"});
    static const std::vector<model::Citation> k_none;
    BulletList answers;
    for (const auto& answer : result.answers) {
        const search::Statement& s = index.statements()[answer.statement];
        std::string item;
        std::string support;
        if (!answer.cited_for.empty()) {
            item = source_line(kb, *s.entity) +
                   fmt::format("\n{} {}\ncited for: {}", s.entity->kind, s.entity->id,
                               answer_text(index, answer.cited_for.front()));
            const auto [basis, citations] = cited_support(index, answer);
            support = support_text(kb, basis, citations);
        } else if (!answer.items.empty()) {
            item = list_heading(answer) + ":";
            for (std::size_t i = 0; i < answer.items.size(); ++i)
                item += "\n- " + list_item(index, answer, i);
            const auto [basis, citations] = list_support(index, answer);
            support = support_text(kb, basis, citations);
        } else {
            // The statement on its own line, then its entity, then what supports it.
            item = answer_line(s) + fmt::format("\n{} {}", s.entity->kind, s.entity->id);
            support = support_text(kb, s.basis, s.citations ? *s.citations : k_none);
        }
        if (!support.empty())
            item += "\n" + support;
        answers.items.push_back(std::move(item));
    }
    if (!answers.items.empty())
        document.add(std::move(answers));
    return document;
}

json ask_data(const model::KnowledgeBase& kb, const search::SearchIndex& index,
              const std::string& question, const query::AskResult& result) {
    json answers = json::array();
    for (std::size_t i = 0; i < result.answers.size(); ++i) {
        const auto& answer = result.answers[i];
        const search::Statement& s = index.statements()[answer.statement];
        json entry = {{"rank", i + 1}};
        if (!answer.cited_for.empty()) {
            const query::Answer& inner = answer.cited_for.front();
            const search::Statement& is = index.statements()[inner.statement];
            const std::string line = answer_text(index, inner);
            const auto [basis, citations] = cited_support(index, answer);
            entry["answer"] = source_line(kb, *s.entity) + " — cited for: " + line;
            entry["statement"] = s.text;
            entry["field"] = s.field;
            entry["score"] = rounded(answer.score);
            entry["coverage"] = rounded(answer.coverage);
            entry["entity"] = entity_ref(*s.entity);
            if (inner.items.empty()) {
                entry["cited_for"] = {
                    {"answer", line}, {"statement", is.text}, {"entity", entity_ref(*is.entity)}};
            } else {
                // A list, as a list answer gives it: its items joined, its kind or field, and
                // whose list it is.
                std::vector<std::string> texts;
                for (std::size_t n = 0; n < inner.items.size(); ++n)
                    texts.push_back(list_item(index, inner, n));
                entry["cited_for"] = {
                    {"answer", line},
                    {"statement", fmt::to_string(fmt::join(texts, "; "))},
                    {"list", inner.list},
                    {"entity", inner.owner ? entity_ref(*inner.owner) : json(nullptr)}};
            }
            entry["basis"] = model::basis_name(basis);
            entry["sources"] = citations_data(kb, citations);
        } else if (!answer.items.empty()) {
            json items = json::array();
            std::vector<std::string> texts;
            for (std::size_t n = 0; n < answer.items.size(); ++n) {
                const search::Statement& is = index.statements()[answer.items[n]];
                const search::Statement& support = index.statements()[answer.support[n]];
                texts.push_back(list_item(index, answer, n));
                items.push_back({{"statement", is.text},
                                 {"entity", entity_ref(*is.entity)},
                                 {"basis", model::basis_name(support.basis)}});
            }
            const auto [basis, citations] = list_support(index, answer);
            entry["answer"] = list_heading(answer) + ": " + fmt::to_string(fmt::join(texts, "; "));
            entry["statement"] = fmt::to_string(fmt::join(texts, "; "));
            entry["list"] = answer.list;
            entry["items"] = std::move(items);
            entry["score"] = rounded(answer.score);
            entry["coverage"] = rounded(answer.coverage);
            entry["entity"] = answer.owner ? entity_ref(*answer.owner) : json(nullptr);
            entry["basis"] = model::basis_name(basis);
            entry["sources"] = citations_data(kb, citations);
        } else {
            entry["answer"] = answer_line(s);
            entry["statement"] = s.text;
            entry["field"] = s.field;
            entry["score"] = rounded(answer.score);
            entry["coverage"] = rounded(answer.coverage);
            entry["entity"] = entity_ref(*s.entity);
            if (s.target != nullptr)
                entry["target"] = entity_ref(*s.target);
            entry["basis"] = model::basis_name(s.basis);
            entry["sources"] = s.citations ? citations_data(kb, *s.citations) : json::array();
        }
        answers.push_back(std::move(entry));
    }
    json not_given = json::array();
    for (const auto& missing : result.not_given) {
        json ids = json::array();
        for (const model::Entity* e : missing.entities)
            ids.push_back(e->id);
        not_given.push_back({{"field", missing.kind + "." + missing.field}, {"entities", ids}});
    }
    return {{"schema_version", k_schema_version},
            {"question", question},
            {"answered", result.answered},
            {"unmatched", result.unmatched},
            {"not_given", not_given},
            {"prefers", result.prefers},
            {"fields", result.fields},
            {"concepts", result.concepts},
            {"answers", answers}};
}

} // namespace aistrat::report
