// Plain-text copies of sources, divided as declared, and statements read against them.
#include "check/source_text.hpp"

#include "model/marks.hpp"
#include "model/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>

namespace aistrat::check {

namespace {

/// Typographic quotes, dashes and spaces as their plain forms, so that "China’s" reads as
/// "China's" in the text and in the knowledge alike.
std::string plain_punctuation(std::string_view text) {
    static const std::pair<std::string_view, std::string_view> k_plain[] = {
        {"\u2019", "'"},   {"\u2018", "'"},   {"\u201c", "\""}, {"\u201d", "\""},
        {"\u2013", " - "}, {"\u2014", " - "}, {"\u00a0", " "},  {"\ufeff", ""},
    };
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        bool replaced = false;
        if (static_cast<unsigned char>(text[i]) >= 0x80)
            for (const auto& [from, to] : k_plain)
                if (text.substr(i, from.size()) == from) {
                    out += to;
                    i += from.size();
                    replaced = true;
                    break;
                }
        if (!replaced)
            out += text[i++];
    }
    return out;
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           static_cast<unsigned char>(c) >= 0x80;
}
bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}

/// A number as compared: no thousands separators, no leading zeros, no trailing decimal zeros.
std::string number_key(std::string_view digits) {
    std::string s;
    for (char c : digits)
        if (c != ',')
            s += c;
    if (s.find('.') != std::string::npos) {
        while (!s.empty() && s.back() == '0')
            s.pop_back();
        if (!s.empty() && s.back() == '.')
            s.pop_back();
    }
    const auto nonzero = s.find_first_not_of('0');
    if (nonzero == std::string::npos)
        return "0";
    if (s[nonzero] == '.')
        return s.substr(nonzero - 1);
    return s.substr(nonzero);
}

/// One token of text.
struct Token {
    enum class Kind { Word, Number, Date } kind;
    std::string text; ///< a word without a possessive "'s"; a number's key; an ISO date
    bool starts_sentence = false;
};

std::vector<Token> tokenize(std::string_view raw) {
    const std::string text = plain_punctuation(raw);
    std::vector<Token> tokens;
    bool sentence_start = true;
    std::size_t i = 0;
    const std::size_t n = text.size();
    while (i < n) {
        const char c = text[i];
        if (is_digit(c)) {
            // An ISO date: YYYY-MM-DD.
            if (i + 10 <= n && is_digit(text[i + 1]) && is_digit(text[i + 2]) &&
                is_digit(text[i + 3]) && text[i + 4] == '-' && is_digit(text[i + 5]) &&
                is_digit(text[i + 6]) && text[i + 7] == '-' && is_digit(text[i + 8]) &&
                is_digit(text[i + 9]) && (i + 10 == n || !is_digit(text[i + 10]))) {
                tokens.push_back({Token::Kind::Date, text.substr(i, 10), sentence_start});
                i += 10;
                sentence_start = false;
                continue;
            }
            std::size_t end = i;
            while (end < n && (is_digit(text[end]) || ((text[end] == ',' || text[end] == '.') &&
                                                       end + 1 < n && is_digit(text[end + 1]))))
                ++end;
            tokens.push_back({Token::Kind::Number,
                              number_key(std::string_view(text).substr(i, end - i)),
                              sentence_start});
            i = end;
            sentence_start = false;
            continue;
        }
        if (is_letter(c)) {
            std::size_t end = i;
            // An apostrophe, hyphen or ampersand between letters stays in the word: "R&D" and
            // "AT&T" are one name each.
            while (end < n && (is_letter(text[end]) || is_digit(text[end]) ||
                               ((text[end] == '\'' || text[end] == '-' || text[end] == '&') &&
                                end + 1 < n && is_letter(text[end + 1]))))
                ++end;
            std::string word = text.substr(i, end - i);
            if (word.size() > 2 && (word.ends_with("'s") || word.ends_with("'S")))
                word.resize(word.size() - 2);
            tokens.push_back({Token::Kind::Word, std::move(word), sentence_start});
            i = end;
            sentence_start = false;
            continue;
        }
        if (c == '.' || c == '?' || c == '!' || c == ':' || c == '\n')
            sentence_start = true;
        ++i;
    }
    return tokens;
}

/// A proper name: a capitalised word inside a sentence, or a word in capitals (two letters or
/// more) anywhere.
bool is_name(const Token& token) {
    if (token.kind != Token::Kind::Word || !is_upper(token.text.front()))
        return false;
    std::size_t letters = 0;
    bool all_upper = true;
    for (char c : token.text)
        if (is_letter(c)) {
            ++letters;
            all_upper = all_upper && is_upper(c);
        }
    return !token.starts_sentence || (all_upper && letters >= 2);
}

const std::unordered_map<std::string_view, std::string_view>& number_words() {
    static const std::unordered_map<std::string_view, std::string_view> k_words{
        {"one", "1"},       {"two", "2"},         {"three", "3"},     {"four", "4"},
        {"five", "5"},      {"six", "6"},         {"seven", "7"},     {"eight", "8"},
        {"nine", "9"},      {"ten", "10"},        {"eleven", "11"},   {"twelve", "12"},
        {"first", "1"},     {"second", "2"},      {"third", "3"},     {"fourth", "4"},
        {"fifth", "5"},     {"sixth", "6"},       {"seventh", "7"},   {"eighth", "8"},
        {"ninth", "9"},     {"tenth", "10"},      {"eleventh", "11"}, {"twelfth", "12"},
        {"hundred", "100"}, {"thousand", "1000"},
    };
    return k_words;
}

const std::unordered_map<std::string_view, int>& month_numbers() {
    static const std::unordered_map<std::string_view, int> k_months{
        {"january", 1},   {"february", 2},  {"march", 3},  {"april", 4},     {"may", 5},
        {"june", 6},      {"july", 7},      {"august", 8}, {"september", 9}, {"october", 10},
        {"november", 11}, {"december", 12}, {"jan", 1},    {"feb", 2},       {"mar", 3},
        {"apr", 4},       {"jun", 6},       {"jul", 7},    {"aug", 8},       {"sep", 9},
        {"sept", 9},      {"oct", 10},      {"nov", 11},   {"dec", 12},
    };
    return k_months;
}

/// What a passage holds, as the check looks things up in it.
struct PassageIndex {
    std::set<std::string> words; ///< lower case
    std::set<std::string> numbers;
    std::set<std::string> dates; ///< ISO, also from "19 May 2017" and "May 19, 2017"
    std::string text;            ///< lower case, words separated by single spaces

    void add(std::string_view raw) {
        const auto tokens = tokenize(raw);
        std::vector<int> months;
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            const Token& t = tokens[i];
            if (t.kind == Token::Kind::Date) {
                dates.insert(t.text);
                continue;
            }
            if (t.kind == Token::Kind::Number) {
                numbers.insert(t.text);
                continue;
            }
            const std::string lower = model::to_lower(t.text);
            words.insert(lower);
            text += ' ' + lower;
            if (const auto n = number_words().find(lower); n != number_words().end())
                numbers.insert(std::string(n->second));
            // A day, a month and a year written out, in either order.
            const auto month = month_numbers().find(lower);
            if (month == month_numbers().end())
                continue;
            const auto number_at = [&](std::size_t j) -> std::string {
                return j < tokens.size() && tokens[j].kind == Token::Kind::Number ? tokens[j].text
                                                                                  : std::string{};
            };
            std::string day;
            std::string year;
            if (i >= 1 && !number_at(i - 1).empty() && number_at(i + 1).size() == 4) {
                day = number_at(i - 1);
                year = number_at(i + 1);
            } else if (!number_at(i + 1).empty() && number_at(i + 2).size() == 4) {
                day = number_at(i + 1);
                year = number_at(i + 2);
            }
            if (!day.empty() && day.size() <= 2)
                dates.insert(fmt::format("{}-{:02}-{:0>2}", year, month->second, day));
        }
        text += ' ';
    }

    bool has_phrase(const std::string& phrase) const {
        std::string key;
        for (const Token& t : tokenize(phrase))
            key += ' ' + (t.kind == Token::Kind::Word ? model::to_lower(t.text) : t.text);
        return !key.empty() && text.find(key + ' ') != std::string::npos;
    }
};

/// Every name (title, aliases, id) of the entities that a single word names, in lower case.
using NameBook = std::unordered_map<std::string, std::vector<const model::Entity*>>;

NameBook name_book(const model::KnowledgeBase& kb) {
    NameBook book;
    for (const auto& e : kb.entities()) {
        book[model::to_lower(e.title)].push_back(&e);
        book[model::to_lower(e.id)].push_back(&e);
        for (const auto& alias : e.aliases)
            book[model::to_lower(alias)].push_back(&e);
    }
    return book;
}

bool found(const Token& term, const PassageIndex& passage, const NameBook& names) {
    switch (term.kind) {
    case Token::Kind::Number:
        return passage.numbers.contains(term.text);
    case Token::Kind::Date:
        return passage.dates.contains(term.text);
    case Token::Kind::Word:
        break;
    }
    const std::string word = model::to_lower(term.text);
    if (passage.words.contains(word))
        return true;
    // A name and the words made from it: "Asia" and "Asian", "China" and "Chinese": the
    // same first four letters or more, and at most three after them on either side.
    for (auto it = passage.words.lower_bound(word.substr(0, 4));
         it != passage.words.end() && it->compare(0, 4, word, 0, 4) == 0; ++it) {
        std::size_t common = 0;
        while (common < it->size() && common < word.size() && (*it)[common] == word[common])
            ++common;
        if (common >= 4 && it->size() - common <= 3 && word.size() - common <= 3)
            return true;
    }
    // Another name of the entity it names: "KORIKA" in a passage that says "Corica".
    if (const auto named = names.find(word); named != names.end())
        for (const model::Entity* e : named->second) {
            if (passage.has_phrase(e->title))
                return true;
            for (const auto& alias : e->aliases)
                if (passage.has_phrase(alias))
                    return true;
        }
    return false;
}

std::vector<Token> terms_of(std::string_view text, model::FieldType type) {
    std::vector<Token> terms;
    if (type == model::FieldType::Date) {
        terms.push_back({Token::Kind::Date, std::string(text), false});
        return terms;
    }
    std::set<std::string> seen;
    for (Token& t : tokenize(text)) {
        if (t.kind == Token::Kind::Word && !is_name(t))
            continue;
        if (seen.insert(t.text).second)
            terms.push_back(std::move(t));
    }
    return terms;
}

std::string clip(std::string_view s, std::size_t n) {
    if (s.size() <= n)
        return std::string(s);
    std::size_t cut = n;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
        --cut;
    return std::string(s.substr(0, cut)) + "...";
}

} // namespace

std::variant<SourceText, model::Diagnostic>
SourceText::read(const Outline& outline, std::string_view given, const std::string& path) {
    // The text is printed (quote): it may not carry the marks of aistrat's own output.
    std::string text_read(given);
    model::replace_marks(text_read);
    const std::string_view raw = text_read;
    struct Block {
        std::string text;
        int line = 0;
        int lines = 0;
    };
    std::vector<Block> blocks;
    {
        Block block;
        int line = 0;
        std::size_t at = 0;
        while (at <= raw.size()) {
            // A line ends in LF, CR LF or a lone CR (old Mac files, some exports).
            const auto end = std::min(raw.find_first_of("\r\n", at), raw.size());
            const std::string_view l = raw.substr(at, end - at);
            ++line;
            const bool blank = l.find_first_not_of(" \t\f\v") == std::string_view::npos;
            if (blank) {
                if (block.lines > 0)
                    blocks.push_back(std::move(block));
                block = {};
            } else {
                const auto first = l.find_first_not_of(" \t");
                const auto last = l.find_last_not_of(" \t");
                if (block.lines == 0)
                    block.line = line;
                else
                    block.text += ' ';
                block.text += l.substr(first, last - first + 1);
                ++block.lines;
            }
            if (end == raw.size())
                break;
            at = end + (raw.compare(end, 2, "\r\n") == 0 ? 2 : 1);
        }
        if (block.lines > 0)
            blocks.push_back(std::move(block));
    }
    const auto is_heading = [](const Block& b) {
        if (b.lines != 1)
            return false;
        const std::string text = plain_punctuation(b.text);
        const char last = text.back();
        return std::string_view(".!?:;\"')").find(last) == std::string_view::npos &&
               std::count(text.begin(), text.end(), ' ') < 15;
    };
    const auto error = [&](int line, std::string message) {
        return model::Diagnostic{
            {path, line, line > 0 ? 1 : 0}, model::Severity::Error, std::move(message)};
    };

    SourceText result;
    result.m_path = path;
    // Where each section begins, counted in paragraphs.
    // In 64 bits: an outline may declare any number of sections of up to 999,999 paragraphs.
    std::vector<std::pair<std::int64_t, const Section*>> starts;
    std::int64_t total = 0;
    for (const auto& section : outline.sections) {
        if (section.paragraphs == 0)
            return error(0, fmt::format("section '{}' declares no number of paragraphs, so the "
                                        "text cannot be divided by it; write '{} (N "
                                        "paragraphs)' in the source's outline",
                                        section.name, section.name));
        starts.emplace_back(total, &section);
        total += section.paragraphs;
    }
    // One pass, linear in the blocks: the section a paragraph falls in only moves forward, and
    // each heading is noted with the number of paragraphs before it.
    int count = 0;
    std::size_t current = 0; // the section of `starts` that paragraph `count` falls in
    std::vector<std::pair<const Block*, std::int64_t>> headings;
    for (const auto& block : blocks) {
        if (is_heading(block)) {
            headings.emplace_back(&block, count);
            continue;
        }
        while (current + 1 < starts.size() && starts[current + 1].first <= count)
            ++current;
        const Section* section = starts.empty() ? nullptr : starts[current].second;
        const std::int64_t first = starts.empty() ? 0 : starts[current].first;
        if (!starts.empty() && count >= total)
            return error(block.line,
                         fmt::format("the text has more paragraphs than the source declares ({}: "
                                     "{}); this is paragraph {}",
                                     total, outline.describe(), count + 1));
        result.m_paragraphs.push_back({section != nullptr ? section->name : std::string{},
                                       static_cast<int>(count - first + 1), block.text,
                                       block.line});
        ++count;
    }
    if (count == 0)
        return error(0, "the text has no paragraphs (a block of one line that ends without a "
                        "full stop is read as a heading)");
    if (!starts.empty() && count < total)
        return error(0, fmt::format("the text has {} paragraph{} where the source declares {} "
                                    "({}); a block of one line that ends without a full stop is "
                                    "read as a heading, not a paragraph",
                                    count, count == 1 ? "" : "s", total, outline.describe()));
    // Each heading stands between sections: before it ends a section, after it starts one.
    for (const auto& [heading, before] : headings) {
        const bool at_boundary =
            before == 0 || before == total ||
            std::binary_search(starts.begin(), starts.end(), std::make_pair(before, nullptr),
                               [](const auto& a, const auto& b) { return a.first < b.first; });
        if (!starts.empty() && !at_boundary) {
            const Paragraph& previous = result.m_paragraphs[static_cast<std::size_t>(before) - 1];
            return error(heading->line,
                         fmt::format("heading '{}' falls inside section '{}' (after its "
                                     "paragraph {}), by the paragraphs the source declares "
                                     "({})",
                                     clip(heading->text, 80), previous.section, previous.number,
                                     outline.describe()));
        }
    }
    return result;
}

std::vector<const Paragraph*> SourceText::passage(const Locator& locator) const {
    std::vector<const Paragraph*> out;
    for (const auto& p : m_paragraphs) {
        const bool named =
            locator.kind == Locator::Kind::Whole ||
            (locator.kind == Locator::Kind::Section && p.section == locator.section &&
             (locator.first == 0 || (p.number >= locator.first && p.number <= locator.last)));
        if (named)
            out.push_back(&p);
    }
    return out;
}

std::vector<std::string> checked_terms(std::string_view text) {
    std::vector<std::string> out;
    for (const Token& t : terms_of(text, model::FieldType::Text))
        out.push_back(t.text);
    return out;
}

TextCheck check_texts(const model::KnowledgeBase& kb,
                      const std::map<std::string, SourceText>& texts) {
    TextCheck result;
    const NameBook names = name_book(kb);
    const model::Support plain;
    std::map<std::string, std::optional<PassageIndex>> passages; // by the citations read

    // One statement: `text` of `type`, resting on `citations`, reported at `where` as `what`.
    const auto check = [&](const model::Entity& entity, std::string_view what,
                           std::string_view text, model::FieldType type,
                           const std::vector<model::Citation>& citations,
                           const model::Location& where) {
        if (citations.empty() || text.empty())
            return;
        // Each set of citations is read once: a page cited whole by hundreds of statements is
        // indexed once, not once a statement.
        std::string key;
        std::vector<std::string> cites;
        for (const auto& citation : citations) {
            key += citation.source + '\x1f' + citation.locator + '\x1e';
            cites.push_back(fmt::format("{} {}", citation.source, citation.locator));
        }
        auto known = passages.find(key);
        if (known == passages.end()) {
            std::optional<PassageIndex> read{std::in_place};
            for (const auto& citation : citations) {
                const auto source = texts.find(citation.source);
                const Locator locator = parse_locator(citation.locator);
                const auto paragraphs = source == texts.end() ? std::vector<const Paragraph*>{}
                                                              : source->second.passage(locator);
                if (paragraphs.empty()) {
                    read.reset();
                    break;
                }
                for (const Paragraph* p : paragraphs)
                    read->add(p->text);
            }
            known = passages.emplace(std::move(key), std::move(read)).first;
        }
        if (!known->second) {
            ++result.unchecked;
            return;
        }
        const PassageIndex& passage = *known->second;
        ++result.checked;
        std::vector<std::string> missing;
        for (const Token& term : terms_of(text, type))
            if (!found(term, passage, names))
                missing.push_back(term.text);
        if (missing.empty())
            return;
        result.warnings.push_back(
            {where, model::Severity::Warning,
             fmt::format("{} of {} '{}' says {}, which the passage{} it cites ({}) do{} not", what,
                         entity.kind, entity.id, fmt::to_string(fmt::join(missing, ", ")),
                         cites.size() == 1 ? "" : "s", fmt::to_string(fmt::join(cites, "; ")),
                         cites.size() == 1 ? "es" : "")});
    };

    // Where a text is written: `at` in the file of `where`, else `where` itself.
    const auto placed = [](const model::Location& where, const model::Position& at) {
        return at.line > 0 ? model::Location{where.path, at.line, at.column} : where;
    };
    // Where list item `i` of `field` is written: in the entity's file, or in the file of the
    // extension that added it; else where it is cited, else the field.
    const auto item_location = [&](const model::Entity& entity, const model::Field& field,
                                   std::size_t i, const model::Support& support) {
        if (i < field.item_at.size() && field.item_at[i].line > 0)
            return placed(field.where, field.item_at[i]);
        for (const auto& extension : entity.extensions)
            for (const auto& added : extension.fields) {
                if (added.name != field.name)
                    continue;
                const auto& items = added.value.items;
                const auto found = std::find(items.begin(), items.end(), field.value.items[i]);
                if (found == items.end())
                    continue;
                const auto k = static_cast<std::size_t>(found - items.begin());
                return k < added.item_at.size() ? placed(added.where, added.item_at[k])
                                                : added.where;
            }
        return !support.sources.empty() ? support.sources.front().where : field.where;
    };
    for (const auto& entity : kb.entities()) {
        const model::KindDef* kind = kb.schema().find_kind(entity.kind);
        const auto& own = model::cited(entity, plain);
        check(entity, "the title", entity.title, model::FieldType::String, own,
              placed(entity.where, entity.title_at));
        check(entity, "the summary", entity.summary, model::FieldType::Text, own,
              placed(entity.where, entity.summary_at));
        for (const auto& field : entity.fields) {
            const model::FieldDef* def = kind != nullptr ? kind->field(field.name) : nullptr;
            const model::FieldType type = field.value.type;
            if ((def != nullptr && def->identifies) || type == model::FieldType::Url ||
                type == model::FieldType::Bool)
                continue;
            if (type != model::FieldType::List) {
                check(entity, fmt::format("'{}'", field.name), field.value.text, type,
                      model::cited(entity, field.support), field.where);
                continue;
            }
            for (std::size_t i = 0; i < field.value.items.size(); ++i) {
                const model::Support& support = model::item_support(field, i);
                const auto& citations = model::cited(entity, support);
                const model::Location where = item_location(entity, field, i, support);
                check(entity,
                      fmt::format("'{}' item '{}'", field.name, clip(field.value.items[i], 60)),
                      field.value.items[i], model::FieldType::String, citations, where);
            }
        }
    }
    // In the order of the files, as the other diagnostics are (fields come in the schema's
    // order, which need not be the file's).
    std::stable_sort(result.warnings.begin(), result.warnings.end(),
                     [](const auto& a, const auto& b) {
                         return std::tie(a.where.path, a.where.line, a.where.column) <
                                std::tie(b.where.path, b.where.line, b.where.column);
                     });
    return result;
}

} // namespace aistrat::check
