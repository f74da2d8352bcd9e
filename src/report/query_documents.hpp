// Documents and data for `search` and `ask`.
#pragma once

#include "query/ask.hpp"
#include "query/search.hpp"
#include "report/document.hpp"

#include <nlohmann/json.hpp>

namespace aistrat::report {

/// The hits of a search: kind, id, title, and the matching statement with its field, marked
/// with the number of the sources it cites (listed under the table, with title and address).
Document search_document(const model::KnowledgeBase& kb, const search::SearchIndex& index,
                         const std::string& query, const query::SearchResult& result);
/// The same as data: each hit with its statement's basis and sources.
nlohmann::ordered_json search_data(const model::KnowledgeBase& kb, const search::SearchIndex& index,
                                   const std::string& query, const query::SearchResult& result);

/// The answers to a question: each statement with its entity and its sources.
Document ask_document(const model::KnowledgeBase& kb, const search::SearchIndex& index,
                      const std::string& question, const query::AskResult& result);
nlohmann::ordered_json ask_data(const model::KnowledgeBase& kb, const search::SearchIndex& index,
                                const std::string& question, const query::AskResult& result);

/// What supports a statement, as people read it: "source: TITLE (LOCATOR) <URL>; ...",
/// "implied by: ..." or "our reading of: ..." (empty for a stated one that cites nothing).
std::string support_text(const model::KnowledgeBase& kb, model::Basis basis,
                         const std::vector<model::Citation>& citations);

} // namespace aistrat::report
