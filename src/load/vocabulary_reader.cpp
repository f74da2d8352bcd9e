// Reading question vocabulary from YAML.
#include "load/vocabulary_reader.hpp"

#include "load/node_reader.hpp"
#include "model/text.hpp"

#include <fmt/format.h>

#include <cctype>

namespace aistrat::load {

namespace {

std::vector<std::string> lowered(std::vector<std::string> words) {
    for (auto& w : words)
        w = model::to_lower(w);
    return words;
}

void read_cue(NodeReader& reader, const YamlNode& node, model::Vocabulary& vocabulary) {
    if (!node.is_map()) {
        reader.error(node.where, fmt::format("a cue must be a mapping with 'phrases' and 'prefer', "
                                             "found {}",
                                             describe(node)));
        return;
    }
    static const std::vector<std::string> k_keys{"phrases", "prefer", "concept"};
    reader.unknown_keys(node, k_keys, "cue key");
    reader.require(node, "phrases", "cue key");
    reader.require(node, "prefer", "cue key");
    const YamlNode* phrases = node.find("phrases");
    const YamlNode* prefer = node.find("prefer");
    if (phrases == nullptr || prefer == nullptr)
        return;
    model::Cue cue;
    if (const YamlNode* also = node.find("concept"))
        cue.also_concept = reader.boolean(*also, "'concept'").value_or(false);
    cue.phrases =
        lowered(reader.text_list(*phrases, "'phrases'").value_or(std::vector<std::string>{}));
    // A phrase with no word of a question in it (empty, blank, punctuation) matches no question;
    // a cue without phrases is never heard.
    if (phrases->is_sequence() && phrases->items.empty())
        reader.error(phrases->where, "a cue's 'phrases' is empty, so no question can match it");
    for (std::size_t i = 0; i < cue.phrases.size(); ++i)
        if (model::question_words(cue.phrases[i]).empty())
            reader.error(i < phrases->items.size() ? phrases->items[i].where : phrases->where,
                         fmt::format("cue phrase '{}' has no words, so no question can match it",
                                     cue.phrases[i]));
    const auto name = reader.text(*prefer, "'prefer'");
    if (!name)
        return;
    if (*name == "number")
        cue.prefer = model::Preference::Number;
    else if (*name == "date")
        cue.prefer = model::Preference::Date;
    else if (*name == "link")
        cue.prefer = model::Preference::Link;
    else if (*name == "name")
        cue.prefer = model::Preference::Name;
    else if (*name == "source")
        cue.prefer = model::Preference::Source;
    else {
        const std::vector<std::string> names{"number", "date", "link", "name", "source"};
        std::string message = fmt::format("unknown preference '{}'", *name);
        const std::string hint = model::did_you_mean(model::closest(*name, names));
        reader.error(prefer->where,
                     message + "; " +
                         (hint.empty() ? "use number, date, link, name or source" : hint));
        return;
    }
    vocabulary.cues.push_back(std::move(cue));
}

/// Whether `word` (in lower case) is one word as `ask` splits a question into words (letters,
/// digits, '$' and '%', and a '.' or ',' between digits, as in 2.5 and 1,000): anything else
/// is a stop word no question word can ever be.
bool one_question_word(std::string_view word) {
    const auto words = model::question_words(word);
    return words.size() == 1 && words.front() == word;
}

} // namespace

void read_vocabulary(const YamlNode& document, model::Vocabulary& vocabulary,
                     model::Diagnostics& diagnostics) {
    NodeReader reader(diagnostics);
    if (!document.is_map()) {
        reader.error(document.where,
                     fmt::format("a vocabulary must be a mapping, found {}", describe(document)));
        return;
    }
    static const std::vector<std::string> k_keys{"stop_words", "cues", "synonyms"};
    reader.unknown_keys(document, k_keys, "vocabulary key");
    if (const YamlNode* n = document.find("stop_words")) {
        auto words =
            lowered(reader.text_list(*n, "'stop_words'").value_or(std::vector<std::string>{}));
        for (std::size_t i = 0; i < words.size(); ++i)
            if (!one_question_word(words[i]))
                reader.error(i < n->items.size() ? n->items[i].where : n->where,
                             fmt::format("stop word '{}' is not one word of letters and digits, "
                                         "so no word of a question can be it",
                                         words[i]));
        vocabulary.stop_words.insert(vocabulary.stop_words.end(), words.begin(), words.end());
    }
    if (const YamlNode* n = document.find("cues")) {
        if (!n->is_sequence())
            reader.error(n->where, fmt::format("'cues' must be a list, found {}", describe(*n)));
        for (const auto& item : n->items)
            read_cue(reader, item, vocabulary);
    }
    if (const YamlNode* n = document.find("synonyms")) {
        if (!n->is_sequence())
            reader.error(n->where,
                         fmt::format("'synonyms' must be a list of lists, found {}", describe(*n)));
        for (const auto& item : n->items) {
            if (!item.is_sequence()) {
                reader.error(item.where, fmt::format("a synonym group must be a list, found {}",
                                                     describe(item)));
                continue;
            }
            if (item.items.size() > k_max_synonyms) {
                // Each word of a question is looked up with its whole group: a bound on the
                // work one question causes.
                reader.error(item.where, fmt::format("a synonym group may have at most {} words "
                                                     "or phrases; this one has {}",
                                                     k_max_synonyms, item.items.size()));
                continue;
            }
            // A phrase is searched for as a whole in every question that names its group: a
            // bound on its length is a bound on that work too.
            bool too_long = false;
            for (const auto& phrase : item.items) {
                std::size_t words = 0;
                bool in_word = false;
                for (const char c : phrase.value) {
                    const bool blank = c == ' ' || c == '\t' || c == '\n' || c == '\r';
                    words += !blank && !in_word ? 1 : 0;
                    in_word = !blank;
                }
                if (words > k_max_synonym_words) {
                    reader.error(phrase.where,
                                 fmt::format("a synonym may have at most {} words; this one has {}",
                                             k_max_synonym_words, words));
                    too_long = true;
                }
            }
            // A group says that its words mean the same: one word alone, or an empty one, says
            // nothing.
            if (item.items.size() < 2) {
                reader.error(item.where,
                             fmt::format("a synonym group needs two words or phrases at least; "
                                         "this one has {}",
                                         item.items.size()));
                continue;
            }
            for (const auto& phrase : item.items) {
                if (!phrase.is_scalar())
                    continue;
                if (phrase.value.find_first_not_of(" \t\r\n") == std::string::npos)
                    reader.error(phrase.where, "a synonym is empty");
                else if (model::question_words(model::to_lower(phrase.value)).empty())
                    reader.error(phrase.where,
                                 fmt::format("synonym '{}' has no words, so no question can "
                                             "match it",
                                             phrase.value));
            }
            if (too_long)
                continue;
            if (auto group = reader.text_list(item, "a synonym group"))
                vocabulary.synonyms.push_back(lowered(std::move(*group)));
        }
    }
}

} // namespace aistrat::load
