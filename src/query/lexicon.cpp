// The lexicon a question is read with: the knowledge's names, synonyms, cues, lists and the
// phrases its fields answer.
#include "query/ask.hpp"
#include "query/ask_steps.hpp"

#include <algorithm>

namespace aistrat::query {

namespace {

/// The names an entity has by its number, when an integer field identifies it (as `show
/// pillar 2` finds it): "pillar 2", "pillar number 2", "second pillar", "2nd pillar", for
/// its kind's name and each alias that is no plural.
std::vector<std::vector<std::string>> numbered_names(const model::KnowledgeBase& kb,
                                                     const model::Entity& e) {
    std::vector<std::vector<std::string>> out;
    const model::KindDef* kind = kb.schema().find_kind(e.kind);
    if (kind == nullptr)
        return out;
    for (const auto& def : kind->fields) {
        if (!def.identifies || def.type != model::FieldType::Integer)
            continue;
        const model::Field* field = e.field(def.name);
        if (field == nullptr || field->value.number < 1 || field->value.number > 999)
            continue;
        const auto n = static_cast<long long>(field->value.number);
        if (static_cast<double>(n) != field->value.number)
            continue;
        const std::string digits = std::to_string(n);
        const char* suffix = n % 100 >= 11 && n % 100 <= 13 ? "th"
                             : n % 10 == 1                  ? "st"
                             : n % 10 == 2                  ? "nd"
                             : n % 10 == 3                  ? "rd"
                                                            : "th";
        std::vector<std::string> kind_names{kind->name};
        for (const auto& alias : kind->aliases)
            if (alias != kind->plural)
                kind_names.push_back(alias);
        for (const auto& name : kind_names) {
            const auto words = question_words(name);
            if (words.empty())
                continue;
            const auto with = [&](std::vector<std::string> before, std::vector<std::string> after) {
                before.insert(before.end(), words.begin(), words.end());
                before.insert(before.end(), after.begin(), after.end());
                out.push_back(std::move(before));
            };
            with({}, {digits});
            with({}, {"number", digits});
            with({digits + suffix}, {});
            if (static_cast<std::size_t>(n) < detail::ordinal_words().size())
                with({std::string(detail::ordinal_words()[static_cast<std::size_t>(n)])}, {});
        }
    }
    return out;
}

} // namespace

Lexicon::Lexicon(const model::KnowledgeBase& kb) {
    const auto& vocabulary = kb.vocabulary();
    m_stop.insert(vocabulary.stop_words.begin(), vocabulary.stop_words.end());
    for (const auto& e : kb.entities()) {
        std::vector<std::vector<std::string>> spellings{question_words(e.id),
                                                        question_words(e.title)};
        for (auto& words : numbered_names(kb, e))
            spellings.push_back(std::move(words));
        for (const auto& alias : e.aliases) {
            auto words = question_words(alias);
            // An alias that starts with words questions ignore ("the piece") is also found
            // without them ("the Indonesia-China AI piece").
            const auto start = std::find_if(words.begin(), words.end(),
                                            [&](const auto& word) { return !is_stop_word(word); });
            std::vector<std::string> bare(start, words.end());
            const bool led_by_stop_words = start != words.begin();
            spellings.push_back(std::move(words));
            if (led_by_stop_words && !bare.empty())
                spellings.push_back(std::move(bare));
        }
        for (auto& words : spellings) {
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
            m_cues.push_back({question_words(phrase), cue.prefer, cue.also_concept});
    // A kind named in the plural asks for its entities; a list field, for its items.
    const auto& schema = kb.schema();
    for (const auto& kind : schema.kinds) {
        // A source's fields are asked for by name too ("who wrote": its author), and its kind
        // in the plural ("How many sources?"); its list fields are no answers of their own.
        for (const auto& field : kind.fields)
            for (const auto& phrase : field.asks)
                if (auto words = question_words(phrase); !words.empty())
                    m_asks.push_back({std::move(words), kind.name, field.name});
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
            if (field.type == model::FieldType::List && kind.name != schema.citation_kind) {
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

} // namespace aistrat::query
