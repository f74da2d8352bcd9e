// Statements: the smallest things the knowledge says, each one field value, one list item,
// one figure or one link of an entity. Search ranks entities; ask ranks statements.
#pragma once

#include "model/knowledge_base.hpp"

#include <string>
#include <vector>

namespace aistrat::search {

/// What a statement carries, so a question can prefer numbers, dates, links or names.
enum class StatementType { Text, Number, Date, Link, Name };

struct Statement {
    const model::Entity* entity = nullptr;
    std::string field;   ///< the field, relation or `figure` it comes from
    std::string text;    ///< the statement itself, as shown
    std::string context; ///< words that frame it: the entity's kind and title, the field's name
    StatementType type = StatementType::Text;
    /// What supports it: its basis and the citations it rests on (its own, else its entity's;
    /// an incoming link's are those of the entity it comes from).
    model::Basis basis = model::Basis::Stated;
    const std::vector<model::Citation>* citations = nullptr;
    /// A link's other end: the entity it links to, or for an incoming link the one it comes
    /// from. Null for every other statement.
    const model::Entity* target = nullptr;
};

/// Every statement of every entity of `kb`, entity by entity: title, aliases (its own, then
/// those of each extension, citing the extension's sources), summary, each field value or
/// list item, the figure, outgoing links and incoming links (under the relation's inverse
/// name).
std::vector<Statement> extract_statements(const model::KnowledgeBase& kb);

/// The statements of one entity of `kb`, added to `out` in the order `extract_statements`
/// gives them.
void extract_statements(const model::KnowledgeBase& kb, const model::Entity& entity,
                        std::vector<Statement>& out);

/// `name` as words: `data-sources` -> `data sources`.
std::string words_of(std::string_view name);

} // namespace aistrat::search
