// Question answering over statements: concepts, coverage, cues.
#include "query/ask.hpp"

#include "model/text.hpp"
#include "query/resolve.hpp"

#include <fmt/format.h>
#include <utf8proc.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <utility>

namespace aistrat::query {

namespace {

using search::Statement;
using search::StatementType;

// The weights of `ask`, measured on the question sets in tests/ (see tests/questions.yaml):
/// What a word the knowledge never uses weighs, as a share of the rarest word's weight.
constexpr double k_missing = 0.6;
/// An answer that is not of the kind a cue asks for ("when": a date) covers less.
constexpr double k_cue = 0.7;
/// The lift of a statement of a field that declares the question's phrase (`asks:`).
constexpr double k_asked = 0.15;
/// How much a concept counts toward an answer where only an entity linked to the
/// statement's entity, or another statement of its entity, holds it.
constexpr double k_linked = 0.7;
constexpr double k_entity = 0.35;
/// How many of the statements the index ranks best a question weighs, unless every answer
/// is asked for: a bound on the work of one question in a large knowledge base.
constexpr std::size_t k_candidates = 2000;

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
    bool absent = false;              ///< the knowledge never uses it, in any form
    std::size_t first = 0;            ///< its first word's place in the question
    std::size_t last = 0;             ///< one past its last word's place
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
    case model::Preference::Source:
        break; // not a statement's type: see put_sources_first
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
    case model::Preference::Source:
        return "source";
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
            c.first = i;
            c.last = i + best;
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
            for (const auto& phrase : *group) {
                add_phrase(c, phrase);
                // A word that means an entity ("Chinese", "Beijing" for China) names it.
                if (phrase.empty())
                    continue;
                for (const auto& name : lexicon.names_from(phrase.front()))
                    if (name.words == phrase && c.entities.size() < 32 &&
                        std::find(c.entities.begin(), c.entities.end(), name.entity) ==
                            c.entities.end())
                        c.entities.push_back(name.entity);
            }
            c.first = i;
            c.last = i + length;
            out.push_back(std::move(c));
            i += length;
            continue;
        }
        if (!lexicon.is_stop_word(words[i]) && !cue_words[i]) {
            Concept c;
            c.plain = true;
            add_phrase(c, {words[i]});
            c.first = i;
            c.last = i + 1;
            out.push_back(std::move(c));
        }
        ++i;
    }
    return out;
}

/// A run of words the question capitalises, as it spells them ("United States"), with
/// the question words they make.
struct NameRun {
    std::vector<std::string> texts;              ///< each word as written
    std::vector<std::vector<std::string>> words; ///< each word's question words
};

bool upper_at(std::string_view text, std::size_t i) {
    char32_t cp = 0;
    if (model::decode_utf8(text, i, cp) == 0)
        return false;
    const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    return category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT;
}

/// The names a question writes: runs of words that start with a capital letter. The first
/// word of a sentence counts only with another capital inside it ("OpenAI", "BSSN"), since
/// every sentence starts with one. A possessive ending is left out.
std::vector<NameRun> name_runs(std::string_view question) {
    std::vector<NameRun> runs;
    bool sentence_start = true;
    bool in_run = false;
    std::size_t i = 0;
    while (i < question.size()) {
        while (i < question.size() && (question[i] == ' ' || question[i] == '\t' ||
                                       question[i] == '\n' || question[i] == '\r'))
            ++i;
        std::size_t end = i;
        while (end < question.size() && question[end] != ' ' && question[end] != '\t' &&
               question[end] != '\n' && question[end] != '\r')
            ++end;
        if (end == i)
            break;
        std::string_view token = question.substr(i, end - i);
        i = end;
        // Leading quotes and brackets are not part of the word.
        std::size_t start = 0;
        while (start < token.size() && static_cast<unsigned char>(token[start]) < 0x80 &&
               std::ispunct(static_cast<unsigned char>(token[start])) != 0)
            ++start;
        token.remove_prefix(start);
        const bool ends_sentence =
            !token.empty() && (token.back() == '.' || token.back() == '?' || token.back() == '!' ||
                               token.back() == ':' || token.back() == ';');
        bool capital = !token.empty() && upper_at(token, 0);
        if (capital && sentence_start) {
            bool inner = false;
            for (std::size_t j = 1; j < token.size() && !inner; ++j)
                inner = static_cast<unsigned char>(token[j]) >= 0x80 ? upper_at(token, j)
                                                                     : std::isupper(token[j]) != 0;
            capital = inner;
        }
        sentence_start = ends_sentence;
        if (!capital) {
            in_run = false;
            continue;
        }
        auto words = question_words(token);
        if (words.size() > 1 && words.back() == "s")
            words.pop_back(); // Taiwan's
        std::string text(token);
        for (const std::string_view tail : {"'s", "\u2019s"})
            if (text.size() > tail.size() && text.ends_with(tail))
                text.resize(text.size() - tail.size());
        while (!text.empty() && static_cast<unsigned char>(text.back()) < 0x80 &&
               std::ispunct(static_cast<unsigned char>(text.back())) != 0)
            text.pop_back();
        if (words.empty() || text.empty()) {
            in_run = false;
            continue;
        }
        if (!in_run)
            runs.push_back({});
        in_run = !ends_sentence && token.find(',') == std::string_view::npos;
        auto& run = runs.back();
        run.texts.push_back(std::move(text));
        run.words.push_back(std::move(words));
    }
    return runs;
}

/// The statements of `entity` in `index`, as a range of indexes. The index holds them
/// entity by entity in the knowledge's order, so they are found by a binary search on the
/// entity's place (a scan of every statement for each member of a list of 30,000 took
/// minutes); should that order not hold, by a scan.
std::pair<std::size_t, std::size_t> statements_of(const search::SearchIndex& index,
                                                  const model::Entity& entity) {
    const auto& statements = index.statements();
    const std::less<const model::Entity*> before;
    const auto first = std::lower_bound(
        statements.begin(), statements.end(), &entity,
        [&](const Statement& s, const model::Entity* e) { return before(s.entity, e); });
    auto last = first;
    while (last != statements.end() && last->entity == &entity)
        ++last;
    if (first != last)
        return {static_cast<std::size_t>(first - statements.begin()),
                static_cast<std::size_t>(last - statements.begin())};
    std::size_t begin = 0;
    while (begin < statements.size() && statements[begin].entity != &entity)
        ++begin;
    std::size_t end = begin;
    while (end < statements.size() && statements[end].entity == &entity)
        ++end;
    return {begin, end};
}

/// The statements of `entity`'s `field` in `index`, in order.
std::vector<std::size_t> statements_of(const search::SearchIndex& index,
                                       const model::Entity& entity, std::string_view field) {
    std::vector<std::size_t> out;
    const auto [begin, end] = statements_of(index, entity);
    for (std::size_t i = begin; i < end; ++i)
        if (index.statements()[i].field == field)
            out.push_back(i);
    return out;
}

/// Whether `words` name `kind` in the singular: by its name or one of its aliases.
bool names_kind(const std::vector<std::string>& words, const model::KindDef* kind) {
    if (kind == nullptr)
        return false;
    std::vector<std::vector<std::string>> names{question_words(kind->name)};
    for (const auto& alias : kind->aliases)
        names.push_back(question_words(alias));
    for (std::size_t i = 0; i < words.size(); ++i)
        for (const auto& name : names)
            if (matches_at(words, i, name))
                return true;
    return false;
}

/// The entities one link away from any of `from`, either way.
std::set<const model::Entity*> one_link_away(const model::KnowledgeBase& kb,
                                             const std::set<const model::Entity*>& from) {
    std::set<const model::Entity*> out;
    for (const model::Entity* e : from) {
        for (const auto& link : kb.outgoing(*e))
            if (link.target != nullptr)
                out.insert(link.target);
        for (const auto& in : kb.incoming(*e))
            out.insert(in.from);
    }
    return out;
}

/// A question that asks for a list ("What are the pillars?", "What drives China's AI?") gets
/// the list whole as one answer: every entity of a kind it names in the plural (those linked
/// to an entity it names, when there are some), or every item of a list field of the
/// entity it is about. The answer's coverage is the weight of the concepts it holds, not yet
/// divided by the question's whole weight.
std::optional<Answer>
list_answer(const Lexicon& lexicon, const model::KnowledgeBase& kb,
            const search::SearchIndex& index, const std::vector<std::string>& words,
            const std::vector<Concept>& concepts, const std::set<const model::Entity*>& focus,
            const std::set<const model::Entity*>& near, const std::vector<Answer>& ranked,
            const std::set<std::pair<std::string_view, std::string_view>>& asked) {
    // "Which of the opportunities ..." asks for one of them.
    for (std::size_t i = 0; i + 1 < words.size(); ++i)
        if (words[i] == "which" && (words[i + 1] == "of" || words[i + 1] == "one"))
            return std::nullopt;
    const Lexicon::ListName* kind_list = nullptr;
    const Lexicon::ListName* field_list = nullptr;
    std::size_t kind_at = 0;
    std::size_t field_at = 0;
    for (std::size_t i = 0; i < words.size(); ++i)
        for (const auto& name : lexicon.lists_from(words[i])) {
            if (!matches_at(words, i, name.words))
                continue;
            auto& slot = name.field.empty() ? kind_list : field_list;
            if (slot == nullptr || name.words.size() > slot->words.size()) {
                slot = &name;
                (name.field.empty() ? kind_at : field_at) = i;
            }
        }
    // A field named through a synonym ("what drives ...": drivers) counts as named.
    std::vector<std::pair<const model::KindDef*, std::string>> fields;
    if (field_list != nullptr)
        fields.emplace_back(field_list->kind, field_list->field);
    for (const auto& c : concepts)
        for (const auto& phrase : c.phrases) {
            const auto phrase_words = question_words(phrase);
            if (phrase_words.empty())
                continue;
            for (const auto& name : lexicon.lists_from(phrase_words.front()))
                if (!name.field.empty() && name.words == phrase_words)
                    fields.emplace_back(name.kind, name.field);
        }

    // A list field that declares the question's phrase ("where does Indonesia's data come
    // from": its data sources) is named too, when the question names its entity; unless a
    // field of another entity it names declares the phrase and holds prose, which answers
    // better than a list ("why does Indonesia have a strategy": the strategy's purpose).
    const auto named_has = [&](const model::KindDef& kind, const std::string& field) {
        return std::any_of(focus.begin(), focus.end(), [&](const model::Entity* e) {
            return e->kind == kind.name && e->field(field) != nullptr;
        });
    };
    std::vector<std::pair<const model::KindDef*, std::string>> asked_lists;
    bool prose = false;
    for (const auto& [kind_name, field_name] : asked) {
        const model::KindDef* kind = kb.schema().find_kind(kind_name);
        const std::string field(field_name);
        const model::FieldDef* def = kind != nullptr ? kind->field(field) : nullptr;
        if (def == nullptr || !named_has(*kind, field))
            continue;
        if (def->type == model::FieldType::List)
            asked_lists.emplace_back(kind, field);
        else
            prose = true;
    }
    if (!prose)
        fields.insert(fields.end(), asked_lists.begin(), asked_lists.end());
    const auto& statements = index.statements();
    Answer list;
    // The weight of the concepts a list holds: those its name spans (words [from, to) of the
    // question), those naming an entity it belongs to, and those any item says.
    const auto covered = [&](std::size_t from, std::size_t to, auto&& names) {
        double weight = 0;
        for (const auto& c : concepts) {
            bool said = (c.first < to && from < c.last) || names(c);
            for (std::size_t item : list.items)
                said = said || c.in_text.count(item) != 0 || c.in_context.count(item) != 0;
            if (said)
                weight += c.weight;
        }
        return weight;
    };
    // A field list: the field of the entity the question names, else of the best answer's.
    for (const auto& [kind, field] : fields) {
        const model::Entity* owner = nullptr;
        for (const model::Entity* e : focus)
            if (e->kind == kind->name && e->field(field) != nullptr)
                owner = e;
        for (std::size_t i = 0; owner == nullptr && i < ranked.size() && i < 3; ++i) {
            const model::Entity* e = statements[ranked[i].statement].entity;
            if (e->kind == kind->name && e->field(field) != nullptr)
                owner = e;
        }
        if (owner == nullptr)
            continue;
        list.items = statements_of(index, *owner, field);
        if (list.items.size() < 2) {
            list.items.clear();
            continue;
        }
        list.support = list.items;
        list.list = field;
        list.owner = owner;
        list.coverage = covered(
            field_at, field_list ? field_at + field_list->words.size() : 0, [&](const Concept& c) {
                return std::find(c.entities.begin(), c.entities.end(), owner) != c.entities.end();
            });
        list.statement = list.items.front();
        return list;
    }
    if (kind_list == nullptr)
        return std::nullopt;
    const model::KindDef& kind = *kind_list->kind;
    const auto of_kind = kb.of_kind(kind.name);
    std::vector<const model::Entity*> members(of_kind.begin(), of_kind.end());
    // The entities of the kind that an entity the question names links to, either way.
    std::vector<const model::Entity*> linked;
    std::copy_if(members.begin(), members.end(), std::back_inserter(linked),
                 [&](const model::Entity* member) { return near.count(member) != 0; });
    // Those an entity links to that the question names by its kind and through an entity it
    // names: "the pillars of Indonesia's strategy" are the pillars of the strategy linked to
    // Indonesia.
    std::set<const model::Entity*> anchors = focus;
    if (linked.empty() && !focus.empty()) {
        std::set<const model::Entity*> through;
        for (const model::Entity* e : near)
            if (names_kind(words, kb.schema().find_kind(e->kind)))
                through.insert(e);
        const auto ring = one_link_away(kb, through);
        std::copy_if(members.begin(), members.end(), std::back_inserter(linked),
                     [&](const model::Entity* member) { return ring.count(member) != 0; });
        anchors = std::move(through);
    }
    // A question about an entity none of them touches is about that entity ("how many
    // people live in Indonesia" asks for no list of people).
    if (linked.empty() && !focus.empty())
        return std::nullopt;
    const bool linked_list = !linked.empty();
    if (linked_list)
        members = std::move(linked);
    if (members.size() < 2)
        return std::nullopt;
    members = natural_order(kind, members);
    for (const model::Entity* member : members) {
        const auto titles = statements_of(index, *member, "title");
        if (titles.empty())
            continue;
        list.items.push_back(titles.front());
        // What a member of a list of linked entities rests on is its link: the link statement
        // of the member that names an entity of the question.
        std::size_t support = titles.front();
        if (linked_list) {
            const auto& all = index.statements();
            const auto [begin, end] = statements_of(index, *member);
            for (std::size_t i = begin; i < end; ++i)
                if (all[i].type == search::StatementType::Link &&
                    std::any_of(anchors.begin(), anchors.end(),
                                [&](const model::Entity* e) { return e->title == all[i].text; })) {
                    support = i;
                    break;
                }
        }
        list.support.push_back(support);
    }
    if (list.items.size() < 2)
        return std::nullopt;
    list.list = kind.plural;
    list.statement = list.items.front();
    // Every entity a concept names is one the list is linked to, or the list is all of the kind.
    list.coverage = covered(kind_at, kind_at + kind_list->words.size(),
                            [](const Concept& c) { return !c.entities.empty(); });
    return list;
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
    // A kind named in the plural asks for its entities; a list field, for its items.
    const auto& schema = kb.schema();
    for (const auto& kind : schema.kinds) {
        if (kind.name == schema.citation_kind)
            continue;
        const auto singular = question_words(kind.name);
        std::vector<std::string> plurals{kind.plural};
        for (const auto& alias : kind.aliases)
            if (alias.size() > 3 && (alias.ends_with('s') || alias == kind.plural))
                plurals.push_back(alias);
        for (const auto& plural : plurals) {
            auto words = question_words(plural);
            // A plural of words questions ignore ("what", "things") would read every
            // "What are ..." question as asking for the kind's list.
            if (words.empty() || words == singular ||
                std::all_of(words.begin(), words.end(),
                            [&](const std::string& word) { return is_stop_word(word); }))
                continue;
            m_lists[words.front()].push_back({std::move(words), &kind, {}});
        }
        for (const auto& field : kind.fields)
            for (const auto& phrase : field.asks)
                if (auto words = question_words(phrase); !words.empty())
                    m_asks.push_back({std::move(words), kind.name, field.name});
        for (const auto& field : kind.fields)
            if (field.type == model::FieldType::List) {
                auto words = question_words(field.name);
                if (!words.empty())
                    m_lists[words.front()].push_back({std::move(words), &kind, field.name});
            }
    }
}

const std::vector<Lexicon::ListName>& Lexicon::lists_from(const std::string& word) const {
    static const std::vector<ListName> none;
    const auto it = m_lists.find(word);
    return it == m_lists.end() ? none : it->second;
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

namespace {

// The weights that rank one statement as an answer, beside those above (measured the same
// way). A full match of every concept scores about 1.
/// How much a concept counts where only the statement's framing (its entity, its field)
/// holds it.
constexpr double k_framed = 0.85;
/// The index's own rank (BM25) adds at most this much, half of it at a rank of `k_rank_half`.
constexpr double k_rank_share = 0.15;
constexpr double k_rank_half = 8.0;
/// The lift of a statement of the type a cue asks for ("when": a date).
constexpr double k_preferred = 0.3;
/// The lift of a statement of an entity the question names, or of one linked to it.
constexpr double k_focus = 0.1;
constexpr double k_near = 0.06;
/// What a title, alias or link loses when no cue asks for one: it restates the question more
/// often than it answers it.
constexpr double k_restates = 0.1;
/// What a source's own statement loses unless the question names the source: it is about
/// the document, not the world.
constexpr double k_about_source = 0.4;
/// The lift of an entity many others link to, per doubling of its incoming links, and at most.
constexpr double k_central = 0.01;
constexpr double k_central_most = 0.04;
/// The lift of a figure's number: the most specific thing said about what it measures.
constexpr double k_figure = 0.1;
/// What an answer loses per word past `k_short_words`, unless its field is asked for by name.
constexpr double k_wordy = 0.005;
constexpr double k_short_words = 12.0;
/// How far a list answer, or one of the type a cue asks for, goes above the best answer.
constexpr double k_list_first = 0.01;
/// How many of the best answers a question that asks for a source takes the sources of.
constexpr std::size_t k_cited_answers = 3;
/// The most source answers a question gets: each holds a copy of the answer it is cited for,
/// which may be a long list.
constexpr std::size_t k_most_sources = 16;

/// A field or kind pair a question asks for by a phrase the schema gives it (`asks:`).
using AskedFields = std::set<std::pair<std::string_view, std::string_view>>;

/// The question as `ask` reads it, before any statement is ranked.
struct Reading {
    std::vector<std::string> words;
    std::set<StatementType> preferred; ///< the statement types its cues ask for
    bool wants_source = false;         ///< a cue asks which source says it
    AskedFields asked;                 ///< the fields that declare one of its phrases
    std::vector<Concept> concepts;
    double weights = 0;                   ///< of every concept the knowledge uses
    double missing = 0;                   ///< of the words the knowledge never uses
    std::string any;                      ///< FTS5: any of the concepts
    std::set<const model::Entity*> focus; ///< the entities it names
    std::set<const model::Entity*> near;  ///< those one link away from them, either way
};

/// Cue phrases say what kind of statement answers; their words are not looked up (unless a
/// synonym group gives them a meaning of their own). Returns which words are cue words.
std::vector<bool> read_cues(const Lexicon& lexicon, Reading& reading, AskResult& result) {
    const auto& words = reading.words;
    std::vector<bool> cue_words(words.size(), false);
    for (const auto& cue : lexicon.cues()) {
        for (std::size_t i = 0; i < words.size(); ++i) {
            if (!matches_at(words, i, cue.words))
                continue;
            std::fill_n(cue_words.begin() + static_cast<long>(i), cue.words.size(), true);
            const bool first = cue.prefer == model::Preference::Source
                                   ? !std::exchange(reading.wants_source, true)
                                   : reading.preferred.insert(wanted(cue.prefer)).second;
            if (first)
                result.prefers.push_back(preference_name(cue.prefer));
        }
    }
    return cue_words;
}

/// A field that declares the question's phrase (`asks: [why]`) is what answers it.
void read_asked(const Lexicon& lexicon, Reading& reading, AskResult& result) {
    for (const auto& a : lexicon.asks())
        for (std::size_t i = 0; i < reading.words.size(); ++i)
            if (matches_at(reading.words, i, a.words) &&
                reading.asked.insert({a.kind, a.field}).second)
                result.fields.push_back(a.kind + "." + a.field);
}

/// Two words of one synonym group ask about one thing: the later ones go.
void drop_repeated(std::vector<Concept>& concepts) {
    for (std::size_t i = 0; i < concepts.size(); ++i)
        for (std::size_t j = concepts.size(); j-- > i + 1;)
            if (concepts[j].phrases == concepts[i].phrases)
                concepts.erase(concepts.begin() + static_cast<long>(j));
}

/// The statements and entities that hold `c`, and its weight: rarer weighs more, and a word
/// the knowledge never uses weighs nothing. `total`: how many statements there are.
void look_up(Concept& c, const search::SearchIndex& index, double total) {
    std::vector<std::string> quoted;
    for (const auto& phrase : c.phrases)
        quoted.push_back(search::fts_quote(phrase));
    c.expression = "(" + fmt::to_string(fmt::join(quoted, " OR ")) + ")";
    c.in_text = index.statements_matching("text : " + c.expression);
    c.in_context = index.statements_matching("context : " + c.expression);
    // A single word the knowledge never uses may still share its start with words it does,
    // in forms stemming does not join: "recognised" and "recognition".
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
    c.absent = all.empty() && c.in_entity.empty();
    c.weight = all.empty() ? 0 : std::log(1.0 + total / (1.0 + static_cast<double>(all.size())));
}

/// Looks up every concept and weighs the question: an entity the question names is what it
/// is about, so it weighs as much as the rarest word; a word the knowledge never uses still
/// asks for something, and weighs a share of what the rarest word can, so that every answer
/// covers less of the question.
void weigh(Reading& reading, const search::SearchIndex& index, AskResult& result) {
    const double total = static_cast<double>(std::max<std::size_t>(1, index.statements().size()));
    for (auto& c : reading.concepts) {
        look_up(c, index, total);
        reading.weights += c.weight;
        reading.any += (reading.any.empty() ? "" : " OR ") + c.expression;
        reading.focus.insert(c.entities.begin(), c.entities.end());
        result.concepts.push_back(c.expression);
    }
    double heaviest = 0;
    for (const auto& c : reading.concepts)
        heaviest = std::max(heaviest, c.weight);
    for (auto& c : reading.concepts)
        if (!c.entities.empty() && c.weight > 0 && c.weight < heaviest) {
            reading.weights += heaviest - c.weight;
            c.weight = heaviest;
        }
    const double rarest = std::log(1.0 + total);
    for (const auto& c : reading.concepts)
        if (c.absent)
            reading.missing += k_missing * rarest;
}

/// The names the question writes that the knowledge never uses, into `result.unmatched`.
/// Within a run of capitalised words, such a name is the words side by side that are plain
/// words (no entity's name, no synonym's) with at least one the knowledge never uses: "New
/// Zealand" (though "new" occurs), not "Beijing New Generation AI Development Plan" (whose
/// words are China's synonym and an entity's name).
void report_unmatched(std::string_view question, const std::vector<Concept>& concepts,
                      AskResult& result) {
    std::set<std::string> absent_words;
    std::set<std::string> plain_words; // single words that name no entity and have no synonyms
    for (const auto& c : concepts)
        if (c.plain) {
            plain_words.insert(c.phrases.front());
            if (c.absent)
                absent_words.insert(c.phrases.front());
        }
    const auto words_in = [](const std::vector<std::string>& ws, const std::set<std::string>& set) {
        return std::all_of(ws.begin(), ws.end(), [&](const auto& w) { return set.count(w) != 0; });
    };
    for (const auto& run : name_runs(question)) {
        std::string name;
        bool lacking = false;
        for (std::size_t i = 0; i <= run.texts.size(); ++i) {
            const bool part = i < run.texts.size() && words_in(run.words[i], plain_words);
            if (part) {
                name += (name.empty() ? "" : " ") + run.texts[i];
                lacking = lacking ||
                          std::any_of(run.words[i].begin(), run.words[i].end(),
                                      [&](const auto& w) { return absent_words.count(w) != 0; });
                continue;
            }
            if (lacking && std::find(result.unmatched.begin(), result.unmatched.end(), name) ==
                               result.unmatched.end())
                result.unmatched.push_back(name);
            name.clear();
            lacking = false;
        }
    }
}

/// How much of the question statement `hit` covers, as a weight: a concept counts fully
/// where the statement says it, less where only its framing (entity, field) does, less still
/// where only a linked or the same entity mentions it. An entity the question names is
/// covered by any statement about it, and nearly so by the statements of entities linked to
/// it. A figure's context is what it measures, as good as its text.
double covered_by(const Reading& reading, const model::KnowledgeBase& kb,
                  const search::SearchIndex& index, std::size_t hit) {
    const Statement& s = index.statements()[hit];
    const auto entity = static_cast<std::size_t>(s.entity - kb.entities().data());
    double covered = 0;
    for (const auto& c : reading.concepts) {
        const bool said = c.in_text.count(hit) != 0;
        const bool framed = c.in_context.count(hit) != 0;
        const bool named = !c.entities.empty() && std::find(c.entities.begin(), c.entities.end(),
                                                            s.entity) != c.entities.end();
        const bool linked = !c.entities.empty() && reading.near.count(s.entity) != 0;
        if (said || named || (framed && (!c.entities.empty() || s.field == "figure")))
            covered += c.weight;
        else if (framed)
            covered += k_framed * c.weight;
        else if (linked)
            covered += k_linked * c.weight;
        else if (c.in_entity.count(entity) != 0)
            covered += k_entity * c.weight;
    }
    return covered;
}

/// A question that names entities is about them: an answer must touch one (hold its name,
/// be one of its statements or of an entity linked to it).
bool touches_named(const Reading& reading, const Statement& s, std::size_t hit) {
    const auto& concepts = reading.concepts;
    if (std::all_of(concepts.begin(), concepts.end(),
                    [](const Concept& c) { return c.entities.empty(); }))
        return true;
    return std::any_of(concepts.begin(), concepts.end(), [&](const Concept& c) {
        if (c.entities.empty())
            return false;
        return c.in_text.count(hit) != 0 || c.in_context.count(hit) != 0 ||
               std::find(c.entities.begin(), c.entities.end(), s.entity) != c.entities.end() ||
               reading.near.count(s.entity) != 0;
    });
}

/// Statement `hit` ranked as an answer to the question, of the index's rank `rank`.
Answer rank_answer(const Reading& reading, const model::KnowledgeBase& kb,
                   const search::SearchIndex& index, std::size_t hit, double rank) {
    const Statement& s = index.statements()[hit];
    const double covered = covered_by(reading, kb, index, hit);
    const bool preferred = reading.preferred.count(s.type) != 0;
    const bool asked = reading.asked.count({s.entity->kind, s.field}) != 0;
    double score = covered / reading.weights + k_rank_share * rank / (rank + k_rank_half);
    if (preferred)
        score += k_preferred;
    if (asked)
        score += k_asked;
    if (reading.focus.count(s.entity) != 0)
        score += k_focus;
    else if (reading.near.count(s.entity) != 0)
        score += k_near;
    if (!preferred && (s.type == StatementType::Name || s.type == StatementType::Link))
        score -= k_restates;
    if (s.entity->kind == kb.schema().citation_kind && reading.focus.count(s.entity) == 0)
        score -= k_about_source;
    score +=
        std::min(k_central_most,
                 k_central * std::log2(1.0 + static_cast<double>(kb.incoming(*s.entity).size())));
    if (s.field == "figure")
        score += k_figure;
    // Shorter is better, but for a field the question asks for by name ("why": a purpose),
    // whose answers are prose.
    const auto length = static_cast<double>(std::count(s.text.begin(), s.text.end(), ' '));
    if (!asked)
        score -= k_wordy * std::max(0.0, length - k_short_words);
    Answer answer;
    answer.statement = hit;
    answer.score = score;
    answer.coverage = covered / (reading.weights + reading.missing);
    if (!reading.preferred.empty() && !preferred)
        answer.coverage *= k_cue;
    return answer;
}

/// Puts the list answer `list` first; its items are not repeated as answers of their own
/// (nor as the links that name them: "pillars: Supportive regulation").
void put_first(Answer list, const Reading& reading, const search::SearchIndex& index,
               std::vector<Answer>& answers) {
    std::set<std::string_view> items;
    for (std::size_t item : list.items)
        items.insert(index.statements()[item].text);
    const std::set<std::size_t> supports(list.support.begin(), list.support.end());
    std::erase_if(answers, [&](const Answer& a) {
        return items.count(index.statements()[a.statement].text) != 0 ||
               supports.count(a.statement) != 0;
    });
    list.coverage = std::max(list.coverage / (reading.weights + reading.missing),
                             answers.empty() ? 0.0 : answers.front().coverage);
    list.score = (answers.empty() ? 1.0 : answers.front().score) + k_list_first;
    answers.insert(answers.begin(), std::move(list));
}

/// For a question that asks which source says something: the sources that the best answers
/// cite, each as an answer of its own (the source's title, with the answer it is cited
/// for), put first, those of the best answer first.
void put_sources_first(const model::KnowledgeBase& kb, const search::SearchIndex& index,
                       std::vector<Answer>& answers, std::size_t most) {
    std::vector<Answer> sources;
    std::set<const model::Entity*> seen;
    // Statements that rest on their entity's citations share one list, read once.
    std::set<const std::vector<model::Citation>*> read;
    for (std::size_t i = 0; i < std::min(answers.size(), k_cited_answers); ++i) {
        const Answer& answer = answers[i];
        for (std::size_t statement : resting_on(answer)) {
            const Statement& s = index.statements()[statement];
            if (s.citations == nullptr || !read.insert(s.citations).second)
                continue;
            for (const auto& citation : *s.citations) {
                const model::Entity* source = kb.find(kb.schema().citation_kind, citation.source);
                if (source == nullptr || sources.size() == most || !seen.insert(source).second)
                    continue;
                const auto titles = statements_of(index, *source, "title");
                if (titles.empty())
                    continue;
                Answer cited;
                cited.statement = titles.front();
                cited.score = answer.score;
                cited.coverage = answer.coverage;
                cited.cited_for.push_back(answer);
                sources.push_back(std::move(cited));
            }
        }
    }
    answers.insert(answers.begin(), std::make_move_iterator(sources.begin()),
                   std::make_move_iterator(sources.end()));
}

/// How much of the question `answer` covers before a cue's discount (k_cue) for a statement
/// not of the type it asks for.
double full_coverage(const Reading& reading, const search::SearchIndex& index,
                     const Answer& answer) {
    const bool discounted = answer.items.empty() && answer.cited_for.empty() &&
                            !reading.preferred.empty() &&
                            reading.preferred.count(index.statements()[answer.statement].type) == 0;
    return discounted ? answer.coverage / k_cue : answer.coverage;
}

/// Whether `best` is of the type the question's cues ask for, when they ask only for a
/// number or a date ("how many", "when"): a statement of that type, prose with a figure (for
/// a number) or a four-digit year (for a date) in it ("put out in July 2017"), a list (a
/// count), or a source answer whose cited answer is one. A name is none, whatever digits it
/// holds. A question that asks for a number and gets prose without one is not answered.
bool of_the_type_asked(const Reading& reading, const search::SearchIndex& index,
                       const Answer& best) {
    if (!best.cited_for.empty())
        return of_the_type_asked(reading, index, best.cited_for.front());
    if (reading.preferred.empty() || !best.items.empty())
        return true;
    for (StatementType type : reading.preferred)
        if (type != StatementType::Number && type != StatementType::Date)
            return true;
    const Statement& s = index.statements()[best.statement];
    if (reading.preferred.count(s.type) != 0)
        return true;
    // A name is no figure, though it holds digits ("Blip 2020 Office"); prose is one when it
    // holds a year (for "when") or any digit (for "how many").
    if (s.type == StatementType::Name)
        return false;
    const bool date = reading.preferred.count(StatementType::Date) != 0;
    const bool number = reading.preferred.count(StatementType::Number) != 0;
    std::size_t run = 0;
    for (std::size_t i = 0; i <= s.text.size(); ++i) {
        if (i < s.text.size() && std::isdigit(static_cast<unsigned char>(s.text[i])) != 0) {
            ++run;
            continue;
        }
        if ((number && run > 0) || (date && run == 4))
            return true;
        run = 0;
    }
    return false;
}

} // namespace

std::vector<std::size_t> resting_on(const Answer& answer) {
    if (answer.items.empty())
        return {answer.statement};
    return answer.support.empty() ? answer.items : answer.support;
}

AskResult ask(const Lexicon& lexicon, const model::KnowledgeBase& kb,
              const search::SearchIndex& index, std::string_view question, std::size_t limit) {
    AskResult result;
    Reading reading;
    reading.words = question_words(question);
    if (reading.words.size() > k_max_question_words)
        reading.words.resize(k_max_question_words);
    const std::vector<bool> cue_words = read_cues(lexicon, reading, result);
    read_asked(lexicon, reading, result);
    reading.concepts = concepts_of(lexicon, reading.words, cue_words);
    drop_repeated(reading.concepts);
    if (reading.concepts.empty())
        return result;
    weigh(reading, index, result);
    report_unmatched(question, reading.concepts, result);
    if (reading.weights == 0)
        return result;
    reading.near = one_link_away(kb, reading.focus);

    // The statements the index ranks best for any of the words are the candidates: enough
    // for the few answers asked for, every one that matches when all are (`limit` 0).
    std::vector<Answer> answers;
    std::set<std::pair<const model::Entity*, std::string>> seen;
    const std::size_t candidates = limit == 0 ? index.statements().size() : k_candidates;
    for (const auto& hit : index.match_statements(reading.any, candidates)) {
        const Statement& s = index.statements()[hit.statement];
        if (seen.insert({s.entity, s.text}).second && touches_named(reading, s, hit.statement))
            answers.push_back(rank_answer(reading, kb, index, hit.statement, hit.score));
    }
    std::stable_sort(answers.begin(), answers.end(),
                     [](const Answer& a, const Answer& b) { return a.score > b.score; });
    if (auto list = list_answer(lexicon, kb, index, reading.words, reading.concepts, reading.focus,
                                reading.near, answers, reading.asked))
        put_first(std::move(*list), reading, index, answers);
    // A question for a number or a date is answered by the best answer that holds one, when
    // it covers as much of the question as the prose ranked above it (a hair less, for the
    // rounding of the cue's discount undone).
    if (!answers.empty() && !of_the_type_asked(reading, index, answers.front())) {
        const double prose = full_coverage(reading, index, answers.front());
        const auto typed = std::find_if(answers.begin(), answers.end(), [&](const Answer& a) {
            return a.coverage >= k_min_coverage && of_the_type_asked(reading, index, a) &&
                   full_coverage(reading, index, a) >= prose - 1e-9;
        });
        if (typed != answers.end()) {
            typed->score = answers.front().score + k_list_first;
            std::rotate(answers.begin(), typed, typed + 1);
        }
    }
    result.answered = result.unmatched.empty() && !answers.empty() &&
                      answers.front().coverage >= k_min_coverage &&
                      of_the_type_asked(reading, index, answers.front());
    // The sources of the answers as they now stand, the best answer's first; whether the
    // question is answered is the best answer's say.
    if (reading.wants_source)
        put_sources_first(kb, index, answers,
                          limit == 0 ? k_most_sources : std::min(limit, k_most_sources));
    if (limit != 0 && answers.size() > limit)
        answers.resize(limit);
    result.answers = std::move(answers);
    return result;
}

} // namespace aistrat::query
