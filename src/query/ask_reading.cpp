// Reading a question for `ask`: its cues, the fields it asks for, its concepts and their
// weights, and the names it writes that the knowledge never uses.
#include "model/text.hpp"
#include "query/ask_steps.hpp"
#include "query/countries.hpp"

#include <fmt/format.h>
#include <utf8proc.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

namespace aistrat::query::detail {

namespace {

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
        c.by_prefix = !c.in_text.empty() || !c.in_context.empty();
    }
    c.in_entity = index.entities_matching(c.expression);
    std::set<std::size_t> all = c.in_text;
    all.insert(c.in_context.begin(), c.in_context.end());
    c.absent = all.empty() && c.in_entity.empty();
    c.weight = all.empty() ? 0 : std::log(1.0 + total / (1.0 + static_cast<double>(all.size())));
}

/// Whether `word` is written as a quantity: two digits or more, with at most a decimal point,
/// a percent sign and a currency before it ("500", "4.5%", "us$900"). A single digit ("the 6
/// pillars") is a count.
bool is_quantity(std::string_view word) {
    if (const auto dollar = word.find('$'); dollar != std::string_view::npos)
        word.remove_prefix(dollar + 1);
    if (word.ends_with('%'))
        word.remove_suffix(1);
    const auto digits = std::count_if(word.begin(), word.end(), [](char ch) {
        return std::isdigit(static_cast<unsigned char>(ch)) != 0;
    });
    return digits >= 2 && std::isdigit(static_cast<unsigned char>(word.front())) != 0 &&
           std::all_of(word.begin(), word.end(), [](char ch) {
               return std::isdigit(static_cast<unsigned char>(ch)) != 0 || ch == '.' || ch == ',';
           });
}

/// Whether `word` is `base` or one of its regular forms: `base` (four letters or more) with
/// -s, -es, -d, -ed or -ing after it ("build", "building"; "help", "helped").
bool form_of(std::string_view word, std::string_view base) {
    if (word == base)
        return true;
    if (base.size() < 4 || !word.starts_with(base))
        return false;
    const std::string_view end = word.substr(base.size());
    return end == "s" || end == "es" || end == "d" || end == "ed" || end == "ing";
}

/// How a question phrase may stand in a question: each word in any regular form (form_of)
/// or only as written; how many words may stand before one of its words that is not a stop
/// word (a stop word of the phrase always comes right after the word before it); and
/// whether those words must be modifiers: neither stop words nor the start of a list's name
/// ("which Indonesian government agency" is "which agency"; "which year does the country"
/// is not "which country").
struct Spread {
    bool forms = false;
    std::size_t gap = 0;
    bool modifiers = false;
};

/// Where the words of a question phrase (a cue, or one a field answers, `asks:`) stand in
/// `words` when it begins at `words[at]` and spreads as `spread` allows, or nothing.
std::vector<std::size_t> phrase_at(const Lexicon& lexicon, const std::vector<std::string>& words,
                                   std::size_t at, const std::vector<std::string>& phrase,
                                   Spread spread) {
    const auto same = [&](const std::string& word, const std::string& base) {
        return spread.forms ? form_of(word, base) : word == base;
    };
    if (phrase.empty() || at >= words.size() || !same(words[at], phrase.front()))
        return {};
    std::vector<std::size_t> found{at};
    for (std::size_t k = 1; k < phrase.size(); ++k) {
        const std::size_t last = found.back();
        const std::size_t between = lexicon.is_stop_word(phrase[k]) ? 0 : spread.gap;
        std::size_t next = last + 1;
        while (next < words.size() && next <= last + between && !same(words[next], phrase[k])) {
            if (spread.modifiers &&
                (lexicon.is_stop_word(words[next]) || !lexicon.lists_from(words[next]).empty()))
                return {};
            ++next;
        }
        if (next >= words.size() || !same(words[next], phrase[k]))
            return {};
        found.push_back(next);
    }
    return found;
}

/// How a cue may spread: as written, and only a cue for a link ("which agency") with
/// modifiers between its words. A cue's words are common ones ("what share", "what
/// source"): spread further, they are found where the question means something else ("what
/// AI startups share", "what data sources").
Spread cue_spread(const Lexicon::Cue& cue) {
    if (cue.prefer != model::Preference::Link)
        return {};
    return {false, k_phrase_gap, true};
}

/// How a field's question phrase (`asks:`) may spread: a phrase of two words or more in
/// any regular form ("startups building"), one of three words or more with any words
/// between ("where does Indonesia get its data", for "where does data"). A single word is
/// found as written ("leading" is not "lead"), and two words side by side ("in charge").
Spread asks_spread(const std::vector<std::string>& phrase) {
    return {phrase.size() >= 2, phrase.size() >= 3 ? k_phrase_gap : 0, false};
}

} // namespace

/// Whether `word` is a year: four digits, from 1000 to 2999.
const std::vector<std::string_view>& ordinal_words() {
    static const std::vector<std::string_view> words{
        "zeroth",  "first",  "second", "third", "fourth",   "fifth",  "sixth",
        "seventh", "eighth", "ninth",  "tenth", "eleventh", "twelfth"};
    return words;
}

bool is_year(std::string_view word) {
    return word.size() == 4 && (word[0] == '1' || word[0] == '2') &&
           std::all_of(word.begin(), word.end(),
                       [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)) != 0; });
}

bool matches_at(const std::vector<std::string>& words, std::size_t at,
                const std::vector<std::string>& phrase) {
    if (phrase.empty() || at + phrase.size() > words.size())
        return false;
    return std::equal(phrase.begin(), phrase.end(), words.begin() + static_cast<long>(at));
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

/// Cue phrases say what kind of statement answers; their words are not looked up (unless a
/// synonym group gives them a meaning of their own, or the cue is a concept too: "budget").
/// Returns which words are cue words.
std::vector<bool> read_cues(const Lexicon& lexicon, Reading& reading, AskResult& result) {
    const auto& words = reading.words;
    std::vector<bool> cue_words(words.size(), false);
    for (const auto& cue : lexicon.cues()) {
        for (std::size_t i = 0; i < words.size(); ++i) {
            const auto found = phrase_at(lexicon, words, i, cue.words, cue_spread(cue));
            if (found.empty())
                continue;
            for (std::size_t at : found)
                cue_words[at] = cue_words[at] || !cue.also_concept;
            const bool first = cue.prefer == model::Preference::Source
                                   ? !std::exchange(reading.wants_source, true)
                                   : reading.preferred.insert(wanted(cue.prefer)).second;
            if (first)
                result.prefers.push_back(preference_name(cue.prefer));
        }
    }
    return cue_words;
}

/// Whether the words before `at` say where the answer comes from ("according to the
/// author", "per the author"), not what it is.
bool attributed(const std::vector<std::string>& words, std::size_t at) {
    std::size_t i = at;
    if (i > 0 && (words[i - 1] == "the" || words[i - 1] == "its" || words[i - 1] == "their"))
        --i;
    return (i > 0 && words[i - 1] == "per") ||
           (i > 1 && words[i - 1] == "to" && words[i - 2] == "according");
}

bool said_by(const std::vector<std::string>& words, std::size_t first, std::size_t last) {
    static const std::set<std::string_view> k_saying{
        "say",   "says",   "said",    "report",  "reports",  "reported",
        "write", "writes", "wrote",   "state",   "states",   "stated",
        "claim", "claims", "claimed", "mention", "mentions", "mentioned"};
    std::size_t i = first;
    if (i > 0 && (words[i - 1] == "the" || words[i - 1] == "its" || words[i - 1] == "their"))
        --i;
    // The verb may be the name's own last word: "did the Fortune report say" reads the
    // name "Fortune report", and so does "did Fortune report".
    return i > 0 && (words[i - 1] == "does" || words[i - 1] == "did" || words[i - 1] == "do") &&
           ((last < words.size() && k_saying.count(words[last]) != 0) ||
            (last > first + 1 && k_saying.count(words[last - 1]) != 0));
}

/// A field that declares the question's phrase (`asks: [why]`) is what answers it.
void read_asked(const Lexicon& lexicon, Reading& reading, AskResult& result) {
    // A one-word phrase ("how") that starts a longer cue for a number or a date ("how many",
    // "how long ago") asks for that, not for the field ("How many pillars ...?" is no
    // question about activities).
    const auto in_cue = [&](std::size_t i) {
        return std::any_of(lexicon.cues().begin(), lexicon.cues().end(), [&](const auto& cue) {
            return cue.words.size() > 1 &&
                   (cue.prefer == model::Preference::Number ||
                    cue.prefer == model::Preference::Date) &&
                   matches_at(reading.words, i, cue.words);
        });
    };
    for (const auto& a : lexicon.asks())
        for (std::size_t i = 0; i < reading.words.size(); ++i)
            if (!attributed(reading.words, i) && !(a.words.size() == 1 && in_cue(i)) &&
                !phrase_at(lexicon, reading.words, i, a.words, asks_spread(a.words)).empty() &&
                reading.asked.insert({a.kind, a.field}).second)
                result.fields.push_back(a.kind + "." + a.field);
}

void mend_possessives(const Lexicon& lexicon, std::vector<std::string>& words) {
    for (auto& word : words) {
        if (word.size() < 4 || !word.ends_with('s') || lexicon.is_stop_word(word) ||
            !lexicon.names_from(word).empty() || !lexicon.phrases_from(word).empty() ||
            !lexicon.lists_from(word).empty())
            continue;
        const std::string stem = word.substr(0, word.size() - 1);
        // A proper name: a title or alias of one word, written with a capital ("China",
        // "McKinsey"); an id or a common noun ("ecosystem") takes an 's' as a plural.
        const auto proper = [&](const std::string& text) {
            return !text.empty() && std::isupper(static_cast<unsigned char>(text.front())) != 0 &&
                   question_words(text) == std::vector<std::string>{stem};
        };
        const auto& names = lexicon.names_from(stem);
        if (std::any_of(names.begin(), names.end(), [&](const Lexicon::Name& name) {
                const auto& aliases = name.entity->aliases;
                return name.words.size() == 1 &&
                       (proper(name.entity->title) ||
                        std::any_of(aliases.begin(), aliases.end(), proper));
            }))
            word = stem;
    }
}

/// Two words of one synonym group ask about one thing: the later ones go.
void drop_repeated(std::vector<Concept>& concepts) {
    for (std::size_t i = 0; i < concepts.size(); ++i)
        for (std::size_t j = concepts.size(); j-- > i + 1;)
            if (concepts[j].phrases == concepts[i].phrases)
                concepts.erase(concepts.begin() + static_cast<long>(j));
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
/// words are China's synonym and an entity's name). A year the knowledge never uses ("in
/// 2025") is such a name too, whatever its case, and so is a quantity stated as a claim
/// ("500 million", "4.5%", "US$900"): what the knowledge cannot support. So is a country's
/// name (ISO 3166-1, see countries.hpp) with a word the knowledge never uses, in any case.
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
            // Named without its possessive: "India's" is India.
            for (const std::string_view possessive : {"'s", "\u2019s"})
                if (name.ends_with(possessive))
                    name.resize(name.size() - possessive.size());
            if (lacking && std::find(result.unmatched.begin(), result.unmatched.end(), name) ==
                               result.unmatched.end())
                result.unmatched.push_back(name);
            name.clear();
            lacking = false;
        }
    }
    const auto words = question_words(question);
    // A country the knowledge never names, however the question writes it: "what is the ai
    // strategy of singapore" is about Singapore, not about the strategies the knowledge has.
    static const auto k_countries = [] {
        std::vector<std::pair<std::string_view, std::vector<std::string>>> countries;
        for (const auto name : country_names())
            countries.emplace_back(name, question_words(name));
        return countries;
    }();
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::pair<std::string_view, std::vector<std::string>>* longest = nullptr;
        for (const auto& country : k_countries)
            if (!country.second.empty() && matches_at(words, i, country.second) &&
                (longest == nullptr || country.second.size() > longest->second.size()))
                longest = &country;
        if (longest == nullptr)
            continue;
        // Not a structured binding: clang 14 cannot capture one in a lambda.
        const std::string_view name = longest->first;
        const std::vector<std::string>& name_words = longest->second;
        // Once: not again inside a name already reported ("New Guinea", "Singapore Airlines").
        const auto within = [&](const std::string& reported) {
            const auto reported_words = question_words(reported);
            for (std::size_t at = 0; at < reported_words.size(); ++at)
                if (matches_at(reported_words, at, name_words))
                    return true;
            return false;
        };
        if (std::any_of(name_words.begin(), name_words.end(),
                        [&](const auto& w) { return absent_words.count(w) != 0; }) &&
            std::none_of(result.unmatched.begin(), result.unmatched.end(), within))
            result.unmatched.emplace_back(name);
        i += name_words.size() - 1;
    }
    // A quantity stated as a claim: with its currency, percent sign or decimals, or its
    // magnitude after it ("500 million"); "the last 15 years" states none.
    std::set<std::string> claims;
    for (std::size_t i = 0; i < words.size(); ++i) {
        static const std::set<std::string, std::less<>> k_magnitudes{
            "thousand", "million", "billion", "trillion", "percent"};
        if (is_quantity(words[i]) &&
            (words[i].find_first_of("$%.") != std::string::npos ||
             (i + 1 < words.size() && k_magnitudes.count(words[i + 1]) != 0)))
            claims.insert(words[i]);
    }
    for (const auto& word : absent_words)
        if ((is_year(word) || claims.count(word) != 0) &&
            std::none_of(result.unmatched.begin(), result.unmatched.end(),
                         [&](const std::string& name) { return model::iequals(name, word); }))
            result.unmatched.push_back(word);
}

} // namespace aistrat::query::detail
