// Question answering over statements: concepts, coverage, cues.
#include "query/ask.hpp"

#include "model/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

namespace aistrat::query {

namespace {

using search::Statement;
using search::StatementType;

/// Something the question asks about: a word with its synonyms, or a named entity.
struct Concept {
    std::vector<std::string> phrases; ///< alternatives, each one or more words
    bool plain = false;               ///< a single word of the question, no synonyms
    std::vector<const model::Entity*> entities;
    std::string expression;           ///< the FTS5 OR of the phrases
    std::set<std::size_t> in_text;    ///< statements whose text matches
    std::set<std::size_t> in_context; ///< statements whose context matches
    std::set<std::size_t> in_entity;  ///< entities that match anywhere
    double weight = 0;                ///< rarer concepts weigh more
};

bool matches_at(const std::vector<std::string>& words, std::size_t at,
                const std::vector<std::string>& phrase) {
    if (phrase.empty() || at + phrase.size() > words.size())
        return false;
    return std::equal(phrase.begin(), phrase.end(), words.begin() + static_cast<long>(at));
}

void add_phrase(Concept& c, std::vector<std::string> words) {
    const std::string phrase = fmt::to_string(fmt::join(words, " "));
    if (!phrase.empty() && std::find(c.phrases.begin(), c.phrases.end(), phrase) == c.phrases.end())
        c.phrases.push_back(phrase);
}

StatementType wanted(model::Preference preference) {
    switch (preference) {
    case model::Preference::Number:
        return StatementType::Number;
    case model::Preference::Date:
        return StatementType::Date;
    case model::Preference::Link:
        return StatementType::Link;
    case model::Preference::Name:
        return StatementType::Name;
    }
    return StatementType::Text;
}

const char* preference_name(model::Preference preference) {
    switch (preference) {
    case model::Preference::Number:
        return "number";
    case model::Preference::Date:
        return "date";
    case model::Preference::Link:
        return "link";
    case model::Preference::Name:
        return "name";
    }
    return "";
}

/// Splits the question into concepts: named entities first (longest name wins), then
/// synonym phrases, then single words that are not stop words.
std::vector<Concept> concepts_of(const Lexicon& lexicon, const std::vector<std::string>& words,
                                 const std::vector<bool>& cue_words) {
    std::vector<Concept> out;
    for (std::size_t i = 0; i < words.size();) {
        const auto& names = lexicon.names_from(words[i]);
        std::size_t best = 0;
        for (const auto& name : names)
            if (name.words.size() > best && matches_at(words, i, name.words))
                best = name.words.size();
        if (best > 0) {
            Concept c;
            add_phrase(c, {words.begin() + static_cast<long>(i),
                           words.begin() + static_cast<long>(i + best)});
            // A name many entities share (an alias on thousands) asks about the first few: a
            // bound on the work (each adds phrases to one FTS5 expression).
            constexpr std::size_t k_max_entities = 32;
            for (const auto& name : names) {
                if (c.entities.size() == k_max_entities)
                    break;
                if (name.words.size() != best || !matches_at(words, i, name.words))
                    continue;
                if (std::find(c.entities.begin(), c.entities.end(), name.entity) !=
                    c.entities.end())
                    continue;
                c.entities.push_back(name.entity);
                // The entity is also found under its title and id.
                add_phrase(c, question_words(name.entity->title));
                add_phrase(c, question_words(name.entity->id));
            }
            out.push_back(std::move(c));
            i += best;
            continue;
        }
        const std::vector<std::vector<std::string>>* group = nullptr;
        std::size_t length = 0;
        for (const auto& phrase : lexicon.phrases_from(words[i]))
            if (phrase.words.size() > length && matches_at(words, i, phrase.words)) {
                group = &lexicon.synonyms()[phrase.group];
                length = phrase.words.size();
            }
        if (group != nullptr) {
            Concept c;
            for (const auto& phrase : *group)
                add_phrase(c, phrase);
            out.push_back(std::move(c));
            i += length;
            continue;
        }
        if (!lexicon.is_stop_word(words[i]) && !cue_words[i]) {
            Concept c;
            c.plain = true;
            add_phrase(c, {words[i]});
            out.push_back(std::move(c));
        }
        ++i;
    }
    return out;
}

} // namespace

Lexicon::Lexicon(const model::KnowledgeBase& kb) {
    const auto& vocabulary = kb.vocabulary();
    m_stop.insert(vocabulary.stop_words.begin(), vocabulary.stop_words.end());
    for (const auto& e : kb.entities()) {
        std::vector<std::string> spellings{e.id, e.title};
        spellings.insert(spellings.end(), e.aliases.begin(), e.aliases.end());
        for (const auto& spelling : spellings) {
            auto words = question_words(spelling);
            if (words.empty() || words.size() > 8 || (words.size() == 1 && is_stop_word(words[0])))
                continue;
            auto& bucket = m_names[words.front()];
            bucket.push_back({std::move(words), &e});
        }
    }
    for (const auto& group : vocabulary.synonyms) {
        std::vector<std::vector<std::string>> phrases;
        for (const auto& phrase : group) {
            auto words = question_words(phrase);
            if (!words.empty())
                m_phrases[words.front()].push_back({words, m_synonyms.size()});
            phrases.push_back(std::move(words));
        }
        m_synonyms.push_back(std::move(phrases));
    }
    for (const auto& cue : vocabulary.cues)
        for (const auto& phrase : cue.phrases)
            m_cues.push_back({question_words(phrase), cue.prefer});
}

const std::vector<Lexicon::Name>& Lexicon::names_from(const std::string& word) const {
    static const std::vector<Name> none;
    const auto it = m_names.find(word);
    return it == m_names.end() ? none : it->second;
}

const std::vector<Lexicon::Phrase>& Lexicon::phrases_from(const std::string& word) const {
    static const std::vector<Phrase> none;
    const auto it = m_phrases.find(word);
    return it == m_phrases.end() ? none : it->second;
}

AskResult ask(const model::KnowledgeBase& kb, const search::SearchIndex& index,
              std::string_view question, std::size_t limit) {
    return ask(Lexicon{kb}, kb, index, question, limit);
}

AskResult ask(const Lexicon& lexicon, const model::KnowledgeBase& kb,
              const search::SearchIndex& index, std::string_view question, std::size_t limit) {
    AskResult result;
    auto words = question_words(question);
    if (words.size() > k_max_question_words)
        words.resize(k_max_question_words);

    // Cue phrases say what kind of statement answers; their words are not looked up
    // (unless a synonym group gives them a meaning of their own).
    std::set<StatementType> preferred;
    std::vector<bool> cue_words(words.size(), false);
    for (const auto& cue : lexicon.cues()) {
        for (std::size_t i = 0; i < words.size(); ++i) {
            if (!matches_at(words, i, cue.words))
                continue;
            std::fill_n(cue_words.begin() + static_cast<long>(i), cue.words.size(), true);
            if (preferred.insert(wanted(cue.prefer)).second)
                result.prefers.push_back(preference_name(cue.prefer));
        }
    }

    auto concepts = concepts_of(lexicon, words, cue_words);
    // Two words of one synonym group ask about one thing.
    for (std::size_t i = 0; i < concepts.size(); ++i)
        for (std::size_t j = concepts.size(); j-- > i + 1;)
            if (concepts[j].phrases == concepts[i].phrases)
                concepts.erase(concepts.begin() + static_cast<long>(j));
    if (concepts.empty())
        return result;
    const auto& entities = kb.entities();
    const double total = static_cast<double>(std::max<std::size_t>(1, index.statements().size()));
    std::string any;
    std::set<const model::Entity*> focus;
    double weights = 0;
    for (auto& c : concepts) {
        std::vector<std::string> quoted;
        for (const auto& phrase : c.phrases)
            quoted.push_back(search::fts_quote(phrase));
        c.expression = "(" + fmt::to_string(fmt::join(quoted, " OR ")) + ")";
        c.in_text = index.statements_matching("text : " + c.expression);
        c.in_context = index.statements_matching("context : " + c.expression);
        // A single word the knowledge never uses may still share its start with words it
        // does, in forms stemming does not join: "recognised" and "recognition".
        const std::string& word = c.phrases.front();
        const bool letters = std::all_of(word.begin(), word.end(), [](char ch) {
            return std::isalpha(static_cast<unsigned char>(ch)) != 0;
        });
        if (c.plain && letters && word.size() >= 6 && c.in_text.empty() && c.in_context.empty()) {
            quoted.push_back(
                search::fts_quote(word.substr(0, std::max<std::size_t>(4, word.size() - 3))) + "*");
            c.expression = "(" + fmt::to_string(fmt::join(quoted, " OR ")) + ")";
            c.in_text = index.statements_matching("text : " + c.expression);
            c.in_context = index.statements_matching("context : " + c.expression);
        }
        c.in_entity = index.entities_matching(c.expression);
        std::set<std::size_t> all = c.in_text;
        all.insert(c.in_context.begin(), c.in_context.end());
        // A word the knowledge never uses says nothing about any statement.
        c.weight =
            all.empty() ? 0 : std::log(1.0 + total / (1.0 + static_cast<double>(all.size())));
        weights += c.weight;
        any += (any.empty() ? "" : " OR ") + c.expression;
        focus.insert(c.entities.begin(), c.entities.end());
        result.concepts.push_back(c.expression);
    }
    // An entity the question names is what it is about: it weighs as much as the rarest word.
    double heaviest = 0;
    for (const auto& c : concepts)
        heaviest = std::max(heaviest, c.weight);
    for (auto& c : concepts)
        if (!c.entities.empty() && c.weight > 0 && c.weight < heaviest) {
            weights += heaviest - c.weight;
            c.weight = heaviest;
        }
    if (weights == 0)
        return result;
    // Entities one link away from a named one, either way, are near the question too.
    std::set<const model::Entity*> near;
    for (const model::Entity* named : focus) {
        for (const auto& link : named->links) {
            const model::RelationDef* relation = kb.schema().find_relation(link.relation);
            if (const model::Entity* target =
                    relation ? kb.link_target(*relation, link.target) : nullptr)
                near.insert(target);
        }
        for (const auto& in : kb.incoming(*named))
            near.insert(in.from);
    }

    std::vector<Answer> answers;
    std::set<std::pair<const model::Entity*, std::string>> seen;
    for (const auto& hit : index.match_statements(any, 2000)) {
        const Statement& s = index.statements()[hit.statement];
        if (!seen.insert({s.entity, s.text}).second)
            continue;
        const auto entity = static_cast<std::size_t>(s.entity - entities.data());
        // A concept counts fully where the statement says it, less where only its framing
        // (entity, field) does, less still where only a linked or the same entity mentions it.
        // An entity the question names is covered by any statement about it, and nearly so
        // by the statements of entities linked to it. A figure's context is what it
        // measures, as good as its text.
        double covered = 0;
        for (const auto& c : concepts) {
            const bool said = c.in_text.count(hit.statement) != 0;
            const bool framed = c.in_context.count(hit.statement) != 0;
            const bool named =
                !c.entities.empty() &&
                std::find(c.entities.begin(), c.entities.end(), s.entity) != c.entities.end();
            const bool linked = !c.entities.empty() && near.count(s.entity) != 0;
            if (said || named || (framed && (!c.entities.empty() || s.field == "figure")))
                covered += c.weight;
            else if (framed)
                covered += 0.85 * c.weight;
            else if (linked)
                covered += 0.7 * c.weight;
            else if (c.in_entity.count(entity) != 0)
                covered += 0.35 * c.weight;
        }
        double score = covered / weights + 0.15 * hit.score / (hit.score + 8.0);
        if (preferred.count(s.type) != 0)
            score += 0.3;
        if (focus.count(s.entity) != 0)
            score += 0.1;
        else if (near.count(s.entity) != 0)
            score += 0.06;
        // A title, an alias list or a link (another entity's title) restates the question
        // more often than it answers it, unless the question asks for an entity; a
        // source's own statements are about the document, not the world.
        if (preferred.count(s.type) == 0 &&
            (s.type == StatementType::Name || s.type == StatementType::Link))
            score -= 0.1;
        if (s.entity->kind == kb.schema().citation_kind)
            score -= 0.4;
        // Entities many others link to are central: a slight lift breaks ties in their favour
        // (the total over its parts).
        score += std::min(
            0.04, 0.01 * std::log2(1.0 + static_cast<double>(kb.incoming(*s.entity).size())));
        // A figure's number is the most specific thing said about what it measures.
        if (s.field == "figure")
            score += 0.1;
        const auto length = static_cast<double>(std::count(s.text.begin(), s.text.end(), ' '));
        score -= 0.005 * std::max(0.0, length - 12.0);
        // A question that names entities is about them: an answer must touch one.
        const bool touches = std::none_of(concepts.begin(), concepts.end(),
                                          [](const Concept& c) { return !c.entities.empty(); }) ||
                             std::any_of(concepts.begin(), concepts.end(), [&](const Concept& c) {
                                 if (c.entities.empty())
                                     return false;
                                 return c.in_text.count(hit.statement) != 0 ||
                                        c.in_context.count(hit.statement) != 0 ||
                                        std::find(c.entities.begin(), c.entities.end(), s.entity) !=
                                            c.entities.end() ||
                                        near.count(s.entity) != 0;
                             });
        if (touches)
            answers.push_back({hit.statement, score});
    }
    std::stable_sort(answers.begin(), answers.end(),
                     [](const Answer& a, const Answer& b) { return a.score > b.score; });
    if (limit != 0 && answers.size() > limit)
        answers.resize(limit);
    result.answers = std::move(answers);
    return result;
}

} // namespace aistrat::query
