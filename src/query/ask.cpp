// Question answering over statements: each statement the index finds ranked by how much of
// the question it covers, a list answer or the sources put first, and the rule that says
// whether the best answer answers. Reading the question: ask_reading.cpp; lists: ask_list.cpp.
#include "query/ask.hpp"

#include "model/text.hpp"
#include "query/ask_steps.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <iterator>
#include <optional>
#include <set>
#include <tuple>
#include <utility>

namespace aistrat::query {

namespace {

using namespace detail; // the steps of `ask`

/// Whether `citations` (a statement's, possibly none) cite one of `sources`.
bool cites_one_of(const std::vector<model::Citation>* citations,
                  const std::vector<const model::Entity*>& sources) {
    return citations != nullptr &&
           std::any_of(citations->begin(), citations->end(), [&](const auto& cited) {
               return std::any_of(sources.begin(), sources.end(),
                                  [&](const model::Entity* e) { return e->id == cited.source; });
           });
}

/// Whether concept `k` of the question attributes what it asks to a source ("according to
/// Modern Diplomacy") that `s` cites: the source's name is then no content the statement
/// lacks, since the source says what the statement says.
bool cites_attributed(const Reading& reading, const Statement& s, std::size_t k) {
    const auto at =
        std::find(reading.attributed_concepts.begin(), reading.attributed_concepts.end(), k);
    return at != reading.attributed_concepts.end() &&
           cites_one_of(s.citations, reading.attributed[static_cast<std::size_t>(
                                         at - reading.attributed_concepts.begin())]);
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
    for (std::size_t k = 0; k < reading.concepts.size(); ++k) {
        const Concept& c = reading.concepts[k];
        if (cites_attributed(reading, s, k)) {
            covered += c.weight;
            continue;
        }
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

/// Whether `text` holds the number `digits` as a run of digits of its own ("10" in "a
/// 10-year permit", "2020" in "2020-08-10"; not "2" in "2020"). Leading zeros aside.
bool holds_number(std::string_view text, std::string_view digits) {
    const auto bare = [](std::string_view d) {
        const auto first = d.find_first_not_of('0');
        return first == std::string_view::npos ? std::string_view("0") : d.substr(first);
    };
    for (std::size_t i = 0; i < text.size();) {
        if (std::isdigit(static_cast<unsigned char>(text[i])) == 0) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end])) != 0)
            ++end;
        if (bare(text.substr(i, end - i)) == bare(digits))
            return true;
        i = end;
    }
    return false;
}

/// The statements `answer` shows and rests on.
std::vector<std::size_t> shown_and_resting(const Answer& answer) {
    auto statements = resting_on(answer);
    statements.push_back(answer.statement);
    return statements;
}

bool is_source(const model::KnowledgeBase& kb, const model::Entity* entity) {
    return entity->kind == kb.schema().citation_kind;
}

/// Whether `answer` speaks of every entity the question names. A question that asks which
/// source says something states a claim, and the source of a part of it does not say it:
/// "Which source says Hammam Riza heads BSSN?" is not answered by the source of his role at
/// KORIKA (no link joins him to BSSN). An entity linked to the answer's own speaks of it:
/// "the BPPT launch date of Stranas KA" is the launch date of the strategy BPPT launched,
/// though one entity the answer must hold itself. A source the question names ("What does
/// the article say ...") is not in the claim: it is what the question asks about. The
/// claim's numbers and ordinals must be the answer's too.
bool touches_every_named(const Reading& reading, const model::KnowledgeBase& kb,
                         const search::SearchIndex& index, const Answer& answer) {
    const auto statements = shown_and_resting(answer);
    const auto cited = [&](const model::Entity* entity) { return is_source(kb, entity); };
    std::set<const model::Entity*> named;
    for (const Concept& c : reading.concepts)
        named.insert(c.entities.begin(), c.entities.end());
    bool entity_named = false;  // a concept names an entity that is no source
    bool held_directly = false; // and the answer holds one such itself, not through a link
    for (const Concept& c : reading.concepts) {
        if (!c.entities.empty() && std::all_of(c.entities.begin(), c.entities.end(), cited))
            continue;
        // A word of the claim the knowledge never uses is not said by any source, though it
        // shares its first letters with one it uses ("opposes" and "opportunity"). Other
        // words need not be the answer's own: a claim may be put in other words.
        if (c.by_prefix)
            return false;
        if (c.entities.empty())
            continue;
        const auto linked = one_link_away(kb, {c.entities.begin(), c.entities.end()});
        const auto own = [&](const model::Entity* entity) {
            return std::find(c.entities.begin(), c.entities.end(), entity) != c.entities.end();
        };
        const bool direct = (answer.owner != nullptr && own(answer.owner)) ||
                            std::any_of(statements.begin(), statements.end(), [&](std::size_t hit) {
                                return c.in_text.count(hit) != 0 || c.in_context.count(hit) != 0 ||
                                       own(index.statements()[hit].entity);
                            });
        // Through a link from another entity the question names: "the BPPT launch date of
        // Stranas KA" is Stranas KA's date, and BPPT launched it.
        const auto from_named = [&](const model::Entity* entity) {
            return linked.count(entity) != 0 && named.count(entity) != 0;
        };
        const bool through_link =
            (answer.owner != nullptr && from_named(answer.owner)) ||
            std::any_of(statements.begin(), statements.end(), [&](std::size_t hit) {
                return from_named(index.statements()[hit].entity);
            });
        if (!direct && !through_link)
            return false;
        entity_named = true;
        held_directly = held_directly || direct;
    }
    // Two entities that each link to a third ("KORIKA and BSSN cooperate": both link to an
    // opportunity) are no claim the third's statement makes.
    if (entity_named && !held_directly)
        return false;
    // The claim's numbers are the answer's: "the golden visa lasts 5 years" is not what "a
    // 10-year permit" says, nor "launched in 2017" what "2020-08-10" says. So are its
    // ordinals, in the statement or its entity's title: "Sam Altman got the second golden
    // visa" is not what "Indonesia's first golden visa ..." says. A number inside a name
    // ("opportunity 4") is the name's.
    const auto& ordinals = detail::ordinal_words();
    for (std::size_t i = 0; i < reading.words.size(); ++i) {
        const std::string& word = reading.words[i];
        const bool ordinal = std::find(ordinals.begin(), ordinals.end(), word) != ordinals.end();
        if (word.empty() || (!ordinal && word.find_first_not_of("0123456789") != std::string::npos))
            continue;
        if (std::any_of(reading.concepts.begin(), reading.concepts.end(), [&](const Concept& c) {
                return !c.entities.empty() && c.first <= i && i < c.last;
            }))
            continue;
        const bool held = std::any_of(statements.begin(), statements.end(), [&](std::size_t hit) {
            const Statement& s = index.statements()[hit];
            if (!ordinal)
                return holds_number(s.text, word);
            const auto has = [&](std::string_view text) {
                const auto words = question_words(text);
                return std::find(words.begin(), words.end(), word) != words.end();
            };
            return has(s.text) || has(s.entity->title);
        });
        if (!held)
            return false;
    }
    return true;
}

/// The sources the question says its answer comes from, after "according to" or "per", into
/// `reading.attributed`: those it names, or else those with a statement whose words the
/// question writes there, whole ("according to Wikipedia", "according to Modern Diplomacy":
/// the source of that publisher; not "according to the author", though a source's summary
/// speaks of its author).
void read_attributions(Reading& reading, const model::KnowledgeBase& kb,
                       const search::SearchIndex& index) {
    const auto cited = [&](const model::Entity* entity) { return is_source(kb, entity); };
    for (std::size_t k = 0; k < reading.concepts.size(); ++k) {
        const Concept& c = reading.concepts[k];
        if (!attributed(reading.words, c.first) && !said_by(reading.words, c.first, c.last))
            continue;
        std::vector<const model::Entity*> sources;
        if (!c.entities.empty()) {
            if (std::all_of(c.entities.begin(), c.entities.end(), cited))
                sources = c.entities;
        } else {
            for (const model::Entity* source : kb.of_kind(kb.schema().citation_kind)) {
                const auto [begin, end] = statements_of(index, *source);
                for (std::size_t i = begin; i < end; ++i)
                    if (const auto words = question_words(index.statements()[i].text);
                        !words.empty() && matches_at(reading.words, c.first, words)) {
                        sources.push_back(source);
                        break;
                    }
            }
        }
        if (!sources.empty()) {
            reading.attributed.push_back(std::move(sources));
            reading.attributed_concepts.push_back(k);
        }
    }
}

/// Whether `answer` rests on a citation of a source the question attributes it to, for each
/// such attribution: "According to Wikipedia, how much could AI add to China's economy?" is
/// not answered by the article's figure, which the Wikipedia page does not give.
bool said_by_attributed(const Reading& reading, const search::SearchIndex& index,
                        const Answer& answer) {
    const auto statements = shown_and_resting(answer);
    return std::all_of(
        reading.attributed.begin(), reading.attributed.end(), [&](const auto& sources) {
            return std::any_of(statements.begin(), statements.end(), [&](std::size_t hit) {
                return cites_one_of(index.statements()[hit].citations, sources);
            });
        });
}

/// The schema's definition of the field `s` is a value of, or nullptr (a title, a link).
const model::FieldDef* field_of(const model::KnowledgeBase& kb, const Statement& s) {
    const model::KindDef* kind = kb.schema().find_kind(s.entity->kind);
    return kind != nullptr ? kind->field(s.field) : nullptr;
}

/// Whether `s` is the value of a field that identifies its entity (opportunity 2): a number
/// that names, which counts and measures nothing.
bool identifying(const model::KnowledgeBase& kb, const Statement& s) {
    const model::FieldDef* field = field_of(kb, s);
    return field != nullptr && field->identifies;
}

/// Whether `s` answers a question that asks who or which body by its subject: prose about
/// an entity the question does not name ("Who is president of KORIKA?": Hammam Riza's
/// role, "president of KORIKA"), as a link answers it by its other end.
bool by_subject(const Reading& reading, const model::KnowledgeBase& kb, const Statement& s) {
    return s.type == StatementType::Text && reading.preferred.count(StatementType::Link) != 0 &&
           reading.focus.count(s.entity) == 0 && s.entity->kind != kb.schema().citation_kind;
}

/// Statement `hit` ranked as an answer to the question, of the index's rank `rank`.
Answer rank_answer(const Reading& reading, const model::KnowledgeBase& kb,
                   const search::SearchIndex& index, std::size_t hit, double rank) {
    const Statement& s = index.statements()[hit];
    const double covered = covered_by(reading, kb, index, hit);
    const bool preferred = (reading.preferred.count(s.type) != 0 &&
                            !(s.type == StatementType::Number && identifying(kb, s))) ||
                           by_subject(reading, kb, s);
    const bool asked = reading.asked.count({s.entity->kind, s.field}) != 0;
    double score = covered / reading.weights + k_rank_share * rank / (rank + k_rank_half);
    if (preferred)
        score += k_preferred;
    if (preferred && s.type == StatementType::Date && model::is_iso_date(s.text))
        score += k_whole_date;
    if (asked)
        score += k_asked;
    // A name the knowledge keeps in a field of its own (an official name) says more than the
    // title or the aliases, which a question for a name mostly restates.
    if (preferred && s.type == StatementType::Name && s.field != "title" && s.field != "aliases")
        score += k_name_field;
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
    // A field the question asks for by name answers a cue for a link or a name ("who
    // wrote": a source's author, which is text); a number or a date it must hold.
    const bool figure_asked = reading.preferred.count(StatementType::Number) != 0 ||
                              reading.preferred.count(StatementType::Date) != 0;
    if (!reading.preferred.empty() && !preferred && !(asked && !figure_asked))
        answer.coverage *= k_cue;
    return answer;
}

/// A number written in `words` at `i` ("7", "07"); none for anything else, or for more digits
/// than a number can hold.
std::optional<long long> number_at(const std::vector<std::string>& words, std::size_t i) {
    if (i >= words.size())
        return std::nullopt;
    std::string_view w = words[i];
    for (const std::string_view tail : {"st", "nd", "rd", "th"})
        if (w.size() > tail.size() && w.ends_with(tail) &&
            std::isdigit(static_cast<unsigned char>(w[w.size() - tail.size() - 1])) != 0)
            w.remove_suffix(tail.size());
    long long n = 0;
    const auto [end, ec] = std::from_chars(w.data(), w.data() + w.size(), n);
    if (w.empty() || w.find_first_not_of("0123456789") != w.npos || ec != std::errc{} ||
        end != w.data() + w.size())
        return std::nullopt;
    return n;
}

/// An ordinal written in `words` at `i` ("fifth", "7th"); a bare number is none ("7
/// opportunities" counts them).
std::optional<long long> ordinal_at(const std::vector<std::string>& words, std::size_t i) {
    const auto& k_ordinals = ordinal_words();
    if (i >= words.size())
        return std::nullopt;
    const auto at = std::find(k_ordinals.begin(), k_ordinals.end(), words[i]);
    if (at != k_ordinals.end())
        return at - k_ordinals.begin();
    return words[i].find_first_not_of("0123456789") != std::string::npos ? number_at(words, i)
                                                                         : std::nullopt;
}

/// "opportunity 7", "the fifth opportunity", "focus area number 9": an entity of a kind named
/// by a number that identifies none of the kind (an integer field that `identifies`) is
/// reported unmatched, as `show opportunity 7` finds nothing; the other words would otherwise
/// answer for another entity. A year after the kind's name is no such number.
void report_unnumbered(const model::KnowledgeBase& kb, const std::vector<std::string>& words,
                       AskResult& result) {
    for (const auto& kind : kb.schema().kinds) {
        const auto field = std::find_if(kind.fields.begin(), kind.fields.end(), [](const auto& f) {
            return f.identifies && f.type == model::FieldType::Integer;
        });
        if (field == kind.fields.end())
            continue;
        std::vector<std::vector<std::string>> names{question_words(kind.name)};
        for (const auto& alias : kind.aliases)
            names.push_back(question_words(alias));
        for (const auto& name : names) {
            if (name.empty())
                continue;
            for (std::size_t i = 0; i < words.size(); ++i) {
                if (!matches_at(words, i, name))
                    continue;
                const std::size_t after = i + name.size();
                std::optional<long long> n = i > 0 ? ordinal_at(words, i - 1) : std::nullopt;
                if (!n && after < words.size() && !is_year(words[after]))
                    n = number_at(words, words[after] == "number" ? after + 1 : after);
                if (!n)
                    continue;
                const auto entities = kb.of_kind(kind.name);
                if (std::any_of(entities.begin(), entities.end(), [&](const auto* e) {
                        const model::Field* value = e->field(field->name);
                        return value != nullptr && value->value.number == static_cast<double>(*n);
                    }))
                    continue;
                // "opportunity 42", not "42" beside it (a quantity the knowledge never uses).
                std::erase_if(result.unmatched,
                              [&](const std::string& word) { return number_at({word}, 0) == n; });
                const std::string named = fmt::format("{} {}", fmt::join(name, " "), *n);
                if (std::find(result.unmatched.begin(), result.unmatched.end(), named) ==
                    result.unmatched.end())
                    result.unmatched.push_back(named);
            }
        }
    }
}

/// One fact once: a link ranked below the same link seen from its other end ("X, launched by
/// Y" above "Y, launched X") is dropped, so that the answers after the first say something
/// else (a two-part question's other part, most often). Another relation between the same
/// two is another fact, and stays.
void drop_mirrored_links(const model::KnowledgeBase& kb, const search::SearchIndex& index,
                         std::vector<Answer>& answers) {
    const auto other_side = [&](const std::string& relation) -> std::string {
        for (const auto& r : kb.schema().relations) {
            if (r.name == relation)
                return r.inverse;
            if (r.inverse == relation)
                return r.name;
        }
        return {};
    };
    using Key = std::tuple<const model::Entity*, std::string, const model::Entity*>;
    std::set<Key> links;
    std::erase_if(answers, [&](const Answer& a) {
        const Statement& s = index.statements()[a.statement];
        if (!a.items.empty() || !a.cited_for.empty() || s.target == nullptr)
            return false;
        if (const std::string mirror = other_side(s.field);
            !mirror.empty() && links.count({s.target, mirror, s.entity}) != 0)
            return true;
        links.insert({s.entity, s.field, s.target});
        return false;
    });
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

/// Whether the number at bytes `begin` to `end` of `text` measures a time or a share ("a
/// 10-year permit", "15 years", "3.7%") or dates something ("in September 2023") where "how
/// many X" counts something else: no count of X ("How many golden visas?" is not answered by
/// the visa's ten years).
bool measures_other(const Reading& reading, std::string_view text, std::size_t begin,
                    std::size_t end) {
    if (reading.counted.empty())
        return false;
    const auto digit = [&](std::size_t i) {
        return i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) != 0;
    };
    // The digits after a decimal point or a thousands separator belong to the number before
    // them, which was weighed whole.
    if (begin >= 2 && (text[begin - 1] == '.' || text[begin - 1] == ',') && digit(begin - 2))
        return true;
    const std::size_t digits_end = end;
    while (end + 1 < text.size() && (text[end] == '.' || text[end] == ',') && digit(end + 1)) {
        ++end;
        while (digit(end))
            ++end;
    }
    // The words on either side, lower-cased: "4 September", "September 4", "in 2023".
    const auto word_after = [&](std::size_t at) {
        while (at < text.size() && (text[at] == ' ' || text[at] == '-'))
            ++at;
        std::size_t stop = at;
        while (stop < text.size() && std::isalpha(static_cast<unsigned char>(text[stop])) != 0)
            ++stop;
        return model::to_lower(text.substr(at, stop - at));
    };
    const auto word_before = [&](std::size_t at) {
        while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == ','))
            --at;
        std::size_t start = at;
        while (start > 0 && std::isalpha(static_cast<unsigned char>(text[start - 1])) != 0)
            --start;
        return model::to_lower(text.substr(start, at - start));
    };
    const std::string after = word_after(end);
    const std::string before = word_before(begin);
    const std::string tail = model::to_lower(text.substr(end, 9));
    if (tail.starts_with("%") || tail.starts_with(" percent") || tail.starts_with("-percent") ||
        tail.starts_with(" per cent"))
        return true;
    // "may" and "march" are words too ("12 may open"): not after a day.
    static const std::vector<std::string_view> k_months{
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    const auto month = [&](const std::string& word) {
        return std::find(k_months.begin(), k_months.end(), word) != k_months.end();
    };
    const bool day = digits_end == end && end - begin <= 2;
    if (day && ((month(after) && after != "may" && after != "march") || month(before)))
        return true;
    // A year after a month, a month's day or "in", "since", "until" dates something: "in
    // September 2023", "September 4, 2023".
    if (digits_end == end && end - begin == 4 && is_year(text.substr(begin, 4))) {
        std::size_t at = begin;
        while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == ','))
            --at;
        std::size_t day_start = at;
        while (day_start > 0 && at - day_start < 2 && digit(day_start - 1))
            --day_start;
        const bool after_day = day_start < at && month(word_before(day_start));
        if (after_day || month(before) || before == "in" || before == "since" || before == "until")
            return true;
    }
    static const std::vector<std::string_view> k_units{"year", "month", "week", "day", "hour"};
    const auto unit = std::find_if(k_units.begin(), k_units.end(), [&](std::string_view u) {
        return after == u ||
               (after.size() == u.size() + 1 && after.starts_with(u) && after.back() == 's');
    });
    if (unit == k_units.end())
        return false;
    // "How many years ...": the unit is what is counted.
    return std::none_of(reading.counted.begin(), reading.counted.end(), [&](std::size_t c) {
        return std::any_of(reading.concepts[c].phrases.begin(), reading.concepts[c].phrases.end(),
                           [&](const std::string& phrase) { return phrase.starts_with(*unit); });
    });
}

/// Whether `best` is of the type the question's cues ask for, when they ask only for a
/// number or a date ("how many", "when"): a statement of that type, prose with a figure (for
/// a number) or a four-digit year (for a date) in it ("put out in July 2017"), a list (a
/// count), or a source answer whose cited answer is one. A name is none, whatever digits it
/// holds. A question that asks for a number and gets prose without one is not answered.
bool of_the_type_asked(const Reading& reading, const model::KnowledgeBase& kb,
                       const search::SearchIndex& index, const Answer& best) {
    if (!best.cited_for.empty())
        return of_the_type_asked(reading, kb, index, best.cited_for.front());
    if (reading.preferred.empty() || !best.items.empty())
        return true;
    // "How many engineers": a count of engineers, which the statement or its framing names.
    if (!reading.counted.empty() &&
        std::none_of(reading.counted.begin(), reading.counted.end(), [&](std::size_t c) {
            return reading.concepts[c].in_text.count(best.statement) != 0 ||
                   reading.concepts[c].in_context.count(best.statement) != 0;
        }))
        return false;
    for (StatementType type : reading.preferred)
        if (type != StatementType::Number && type != StatementType::Date)
            return true;
    const Statement& s = index.statements()[best.statement];
    // A name is no figure, though it holds digits ("Blip 2020 Office"), nor is a number that
    // names (opportunity 2), unless the question asks for its field by name ("What number
    // is ..."); prose is one when it holds a year (for "when") or any digit (for "how many").
    if (s.type == StatementType::Name ||
        (identifying(kb, s) && reading.asked.count({s.entity->kind, s.field}) == 0))
        return false;
    const bool date = reading.preferred.count(StatementType::Date) != 0;
    const bool number = reading.preferred.count(StatementType::Number) != 0;
    if (!reading.counted.empty()) {
        // A year or a date counts nothing: "How many golden visas?" is no "year: 2023".
        const model::FieldDef* field = field_of(kb, s);
        if (s.type == StatementType::Date || model::is_iso_date(s.text) ||
            (field != nullptr &&
             (field->type == model::FieldType::Year || field->type == model::FieldType::Date)))
            return false;
    }
    if (reading.preferred.count(s.type) != 0 &&
        (s.type != StatementType::Number || reading.counted.empty()))
        return true;
    std::size_t run = 0;
    for (std::size_t i = 0; i <= s.text.size(); ++i) {
        if (i < s.text.size() && std::isdigit(static_cast<unsigned char>(s.text[i])) != 0) {
            ++run;
            continue;
        }
        if ((number && run > 0 && !measures_other(reading, s.text, i - run, i)) ||
            (date && run == 4))
            return true;
        run = 0;
    }
    return false;
}

/// For "how many X", the concepts of X: those of the words after "how many" up to a stop
/// word ("AI startups", "people reside"), of which a count must name one.
std::vector<std::size_t> counted_concepts(const Lexicon& lexicon, const Reading& reading) {
    const auto& words = reading.words;
    for (std::size_t i = 0; i + 2 < words.size(); ++i) {
        if (words[i] != "how" || words[i + 1] != "many")
            continue;
        std::size_t end = i + 2;
        while (end < words.size() && !lexicon.is_stop_word(words[end]))
            ++end;
        std::vector<std::size_t> out;
        for (std::size_t c = 0; c < reading.concepts.size(); ++c)
            if (reading.concepts[c].first < end && reading.concepts[c].last > i + 2)
                out.push_back(c);
        return out;
    }
    return {};
}

/// The fields the question asks for by name that no entity it could be about holds (see
/// AskResult::not_given); empty unless that is so of every one.
std::vector<AskResult::NotGiven> fields_not_given(const Reading& reading,
                                                  const model::KnowledgeBase& kb) {
    std::vector<AskResult::NotGiven> out;
    for (const auto& [kind, field] : reading.asked) {
        AskResult::NotGiven missing{std::string(kind), std::string(field), {}};
        for (const model::Entity* e : reading.focus)
            if (e->kind == kind)
                missing.entities.push_back(e);
        // One the question names by its kind, through an entity it names: "China's plan" is
        // the strategy linked to China.
        if (missing.entities.empty() && names_kind(reading.words, kb.schema().find_kind(kind)))
            for (const model::Entity* e : reading.near)
                if (e->kind == kind)
                    missing.entities.push_back(e);
        // A question about entities of other kinds ("Who wrote Stranas KA?", "what did the
        // author say about Indonesia") is not asking for a field of this kind.
        if (missing.entities.empty() && !reading.focus.empty())
            continue;
        const auto holds = [field = field](const model::Entity* e) {
            return e->field(field) != nullptr;
        };
        const bool given =
            missing.entities.empty()
                ? std::any_of(kb.of_kind(kind).begin(), kb.of_kind(kind).end(), holds)
                : std::any_of(missing.entities.begin(), missing.entities.end(), holds);
        if (given)
            return {};
        out.push_back(std::move(missing));
    }
    return out;
}

} // namespace

AskResult ask(const model::KnowledgeBase& kb, const search::SearchIndex& index,
              std::string_view question, std::size_t limit) {
    return ask(Lexicon{kb}, kb, index, question, limit);
}

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
    mend_possessives(lexicon, reading.words);
    const std::vector<bool> cue_words = read_cues(lexicon, reading, result);
    read_asked(lexicon, reading, result);
    reading.concepts = concepts_of(lexicon, reading.words, cue_words);
    drop_repeated(reading.concepts);
    if (reading.concepts.empty())
        return result;
    weigh(reading, index, result);
    report_unmatched(question, reading.concepts, result);
    report_unnumbered(kb, reading.words, result);
    read_attributions(reading, kb, index);
    if (reading.weights == 0)
        return result;
    reading.near = one_link_away(kb, reading.focus);
    reading.counted = counted_concepts(lexicon, reading);

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
    if (auto list = list_answer(lexicon, kb, index, reading, answers))
        put_first(std::move(*list), reading, index, answers);
    drop_mirrored_links(kb, index, answers);
    // A question for a number or a date is answered by the best answer that holds one, when
    // it covers as much of the question as the prose ranked above it (a hair less, for the
    // rounding of the cue's discount undone).
    if (!answers.empty() && !of_the_type_asked(reading, kb, index, answers.front())) {
        const double prose = full_coverage(reading, index, answers.front());
        const auto typed = std::find_if(answers.begin(), answers.end(), [&](const Answer& a) {
            return a.coverage >= k_min_coverage && of_the_type_asked(reading, kb, index, a) &&
                   full_coverage(reading, index, a) >= prose - 1e-9;
        });
        if (typed != answers.end()) {
            typed->score = answers.front().score + k_list_first;
            std::rotate(answers.begin(), typed, typed + 1);
        }
    }
    // A question that says whose the answer is, or asks which source says a claim, is answered
    // by the best answer that source is cited for, or that speaks of all the claim names, when
    // it covers enough of the question (and is a list, when a list was asked for).
    const auto fits = [&](const Answer& a) {
        return said_by_attributed(reading, index, a) &&
               (!reading.wants_source || touches_every_named(reading, kb, index, a));
    };
    if (!answers.empty() && !fits(answers.front())) {
        const Answer& front = answers.front();
        const auto better = std::find_if(answers.begin(), answers.end(), [&](const Answer& a) {
            return a.coverage >= k_min_coverage && (front.items.empty() || !a.items.empty()) &&
                   of_the_type_asked(reading, kb, index, a) && fits(a);
        });
        if (better != answers.end()) {
            better->score = answers.front().score + k_list_first;
            std::rotate(answers.begin(), better, better + 1);
        }
    }
    result.not_given = fields_not_given(reading, kb);
    // A figure given for a question that asks only for a number must cover more of it.
    const bool figure_for_number =
        !answers.empty() && answers.front().items.empty() && answers.front().cited_for.empty() &&
        index.statements()[answers.front().statement].type == StatementType::Number &&
        !reading.preferred.empty() &&
        std::all_of(reading.preferred.begin(), reading.preferred.end(),
                    [](StatementType type) { return type == StatementType::Number; });
    result.answered =
        result.unmatched.empty() && result.not_given.empty() && !answers.empty() &&
        answers.front().coverage >= (figure_for_number ? k_min_number_coverage : k_min_coverage) &&
        of_the_type_asked(reading, kb, index, answers.front()) && fits(answers.front()) &&
        !lists_none(lexicon, kb, reading);
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
