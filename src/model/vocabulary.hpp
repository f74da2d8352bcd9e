// The words questions are made of, as data: stop words, cue phrases that say what kind of
// statement answers ("how much" wants a number), and synonym groups. Read from the
// `vocabulary.yaml` of each knowledge folder, so that no word list lives in C++.
#pragma once

#include <string>
#include <vector>

namespace aistrat::model {

/// What a cue asks for: a statement that carries a number, a date, a link to an entity, or
/// a name (a title, an alias, a field whose name says "name"); or the source that the
/// statement answering the rest of the question cites ("which source says ...").
enum class Preference { Number, Date, Link, Name, Source };

struct Cue {
    std::vector<std::string> phrases; ///< lower-case, e.g. "how much"
    Preference prefer = Preference::Number;
    /// The phrases also name what is asked for ("budget"): they are looked up as any other
    /// words of the question, so an answer that lacks them covers less of it.
    bool also_concept = false;
    bool operator==(const Cue&) const = default;
};

struct Vocabulary {
    std::vector<std::string> stop_words;            ///< lower-case words questions ignore
    std::vector<Cue> cues;                          ///< in the order declared
    std::vector<std::vector<std::string>> synonyms; ///< groups of words or phrases alike in meaning
    bool operator==(const Vocabulary&) const = default;
};

} // namespace aistrat::model
