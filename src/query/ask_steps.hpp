// The steps of `ask`, shared by the files that hold them: reading the question
// (ask_reading.cpp), list answers (ask_list.cpp) and ranking the answers (ask.cpp). Each
// step's documentation is at its definition. Only query/ includes this header.
#pragma once

#include "query/ask.hpp"

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace aistrat::query::detail {

using search::Statement;
using search::StatementType;

// The weights of `ask`, all in one place, measured on the question sets in tests/ (see
// tests/questions.yaml) and bench/ask_eval.py. A full match of every concept scores about 1.
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
/// How much a concept counts where only the statement's framing (its entity, its field)
/// holds it.
constexpr double k_framed = 0.85;
/// The index's own rank (BM25) adds at most this much, half of it at a rank of `k_rank_half`.
constexpr double k_rank_share = 0.15;
constexpr double k_rank_half = 8.0;
/// The lift of a statement of the type a cue asks for ("when": a date).
constexpr double k_preferred = 0.3;
/// The lift of a whole date (2023-09-04) over a year when a cue asks for a date: the more
/// exact answer.
constexpr double k_whole_date = 0.005;
/// The lift of a name field (an official name) over a title or aliases, when a cue asks
/// for a name.
constexpr double k_name_field = 0.02;
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
/// How many words of the question may stand between two words of a cue for a link or of a
/// field's question phrase (`asks:`) of three words or more, before one that is not a stop
/// word.
constexpr std::size_t k_phrase_gap = 4;
/// How many of the best answers a question that asks for a source takes the sources of.
constexpr std::size_t k_cited_answers = 3;
/// The most source answers a question gets: each holds a copy of the answer it is cited for,
/// which may be a long list.
constexpr std::size_t k_most_sources = 16;

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
    bool by_prefix = false;           ///< found only through its first letters (see look_up)
    std::size_t first = 0;            ///< its first word's place in the question
    std::size_t last = 0;             ///< one past its last word's place
};

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
    /// For each source the question says answers come from ("according to Wikipedia"), the
    /// sources it may mean; an answer must rest on one of them.
    std::vector<std::vector<const model::Entity*>> attributed;
    /// The concept each of `attributed` was read from ("Modern Diplomacy"): a statement that
    /// cites one of its sources covers it, as the source says what the statement says.
    std::vector<std::size_t> attributed_concepts;
    /// For "how many X": the concepts of X (its words up to a stop word), one of which a
    /// count must name.
    std::vector<std::size_t> counted;
};

/// Whether `word` is a year: four digits, from 1000 to 2999.
bool is_year(std::string_view word);
/// The ordinal words, from "zeroth" (0) to "twelfth" (12).
const std::vector<std::string_view>& ordinal_words();
/// Whether the words of `words` from `at` on are `phrase`.
bool matches_at(const std::vector<std::string>& words, std::size_t at,
                const std::vector<std::string>& phrase);

// Reading the question (ask_reading.cpp), in the order `ask` runs them.
std::vector<bool> read_cues(const Lexicon& lexicon, Reading& reading, AskResult& result);
void read_asked(const Lexicon& lexicon, Reading& reading, AskResult& result);
/// A word that is a proper name of one word (a title or alias written with a capital) with
/// an 's' after it, and means nothing else (no name, synonym, kind or list), becomes the
/// name: "chinas", "indonesias", a possessive typed without its apostrophe.
void mend_possessives(const Lexicon& lexicon, std::vector<std::string>& words);
std::vector<Concept> concepts_of(const Lexicon& lexicon, const std::vector<std::string>& words,
                                 const std::vector<bool>& cue_words);
void drop_repeated(std::vector<Concept>& concepts);
void weigh(Reading& reading, const search::SearchIndex& index, AskResult& result);
void report_unmatched(std::string_view question, const std::vector<Concept>& concepts,
                      AskResult& result);

// The knowledge around the question, and list answers (ask_list.cpp).
std::pair<std::size_t, std::size_t> statements_of(const search::SearchIndex& index,
                                                  const model::Entity& entity);
std::vector<std::size_t> statements_of(const search::SearchIndex& index,
                                       const model::Entity& entity, std::string_view field);
std::set<const model::Entity*> one_link_away(const model::KnowledgeBase& kb,
                                             const std::set<const model::Entity*>& from);
bool names_kind(const std::vector<std::string>& words, const model::KindDef* kind);
bool lists_none(const Lexicon& lexicon, const model::KnowledgeBase& kb, const Reading& reading);
bool attributed(const std::vector<std::string>& words, std::size_t at);
/// Whether the words from `first` to `last` (one past) are whose words the question asks
/// for, as in "What does TechInformed say about ...", "What did the report state ...".
bool said_by(const std::vector<std::string>& words, std::size_t first, std::size_t last);
std::optional<Answer> list_answer(const Lexicon& lexicon, const model::KnowledgeBase& kb,
                                  const search::SearchIndex& index, const Reading& reading,
                                  const std::vector<Answer>& ranked);

} // namespace aistrat::query::detail
