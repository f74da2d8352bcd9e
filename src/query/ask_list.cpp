// List answers for `ask`: a question about a list ("What are the pillars?", "What drives
// China's AI?") gets the list whole, as one answer.
#include "query/ask_steps.hpp"
#include "query/resolve.hpp"

#include <algorithm>
#include <functional>
#include <iterator>

namespace aistrat::query::detail {

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

namespace {

/// Whether the question asks for one of a list: "Which of the opportunities ...", "which one".
bool asks_for_one(const std::vector<std::string>& words) {
    for (std::size_t i = 0; i + 1 < words.size(); ++i)
        if (words[i] == "which" && (words[i + 1] == "of" || words[i + 1] == "one"))
            return true;
    return false;
}

/// `word` without a plural's final "s" ("startups": startup), or as it is.
std::string singular(const std::string& word) {
    if (word.size() > 3 && word.back() == 's' && !word.ends_with("ss"))
        return word.substr(0, word.size() - 1);
    return word;
}

/// A list field of a kind, by the kind and the field's name.
using ListField = std::pair<const model::KindDef*, std::string>;

/// The lists a question names: the kind it names in the plural and the list field it names,
/// the longest of each, with the place of its first word in the question.
struct NamedLists {
    const Lexicon::ListName* kind = nullptr;
    std::size_t kind_at = 0;
    std::size_t kind_end = 0; ///< one past the last word naming the kind, when not its name
    const Lexicon::ListName* field = nullptr;
    std::size_t field_at = 0;
    /// The list fields asked for, in the order tried: the one named, those named through a
    /// synonym, those that declare the question's phrase.
    std::vector<ListField> fields;
};

/// A list field that declares the question's phrase ("where does Indonesia's data come from":
/// its data sources) is named too, when the question names its entity; unless a field of
/// another entity it names declares the phrase and holds prose, which answers better than a
/// list ("why does Indonesia have a strategy": the strategy's purpose).
std::vector<ListField> asked_lists(const model::KnowledgeBase& kb, const Reading& reading) {
    const auto named_has = [&](const model::KindDef& kind, const std::string& field) {
        return std::any_of(reading.focus.begin(), reading.focus.end(), [&](const model::Entity* e) {
            return e->kind == kind.name && e->field(field) != nullptr;
        });
    };
    std::vector<ListField> lists;
    for (const auto& [kind_name, field_name] : reading.asked) {
        const model::KindDef* kind = kb.schema().find_kind(kind_name);
        const std::string field(field_name);
        const model::FieldDef* def = kind != nullptr ? kind->field(field) : nullptr;
        if (def == nullptr || !named_has(*kind, field))
            continue;
        if (def->type != model::FieldType::List)
            return {};
        lists.emplace_back(kind, field);
    }
    return lists;
}

NamedLists named_lists(const Lexicon& lexicon, const model::KnowledgeBase& kb,
                       const Reading& reading) {
    const auto& words = reading.words;
    NamedLists named;
    for (std::size_t i = 0; i < words.size(); ++i)
        for (const auto& name : lexicon.lists_from(words[i])) {
            if (!matches_at(words, i, name.words))
                continue;
            const bool kind = name.field.empty();
            // "Which sources say ..." asks for the sources of an answer, not for every one.
            if (kind && reading.wants_source && name.kind->name == kb.schema().citation_kind)
                continue;
            auto& slot = kind ? named.kind : named.field;
            if (slot == nullptr || name.words.size() > slot->words.size()) {
                slot = &name;
                (kind ? named.kind_at : named.field_at) = i;
            }
        }
    // A kind named inside a field's name is no kind asked for ("data sources": no sources).
    if (named.kind != nullptr && named.field != nullptr && named.kind_at >= named.field_at &&
        named.kind_at < named.field_at + named.field->words.size())
        named.kind = nullptr;
    if (named.field != nullptr)
        named.fields.emplace_back(named.field->kind, named.field->field);
    // A field named through a synonym ("what drives ...": drivers) counts as named.
    for (const auto& c : reading.concepts)
        for (const auto& phrase : c.phrases) {
            const auto phrase_words = question_words(phrase);
            if (phrase_words.empty())
                continue;
            for (const auto& name : lexicon.lists_from(phrase_words.front()))
                if (!name.field.empty() && name.words == phrase_words)
                    named.fields.emplace_back(name.kind, name.field);
        }
    // So does a list field whose every word the question holds, apart or in another order
    // ("solutions that startups develop": startup solutions).
    for (const auto& word : words)
        for (const auto& first : {word, singular(word)})
            for (const auto& name : lexicon.lists_from(first))
                if (!name.field.empty() && name.words.size() > 1 &&
                    std::all_of(name.words.begin(), name.words.end(), [&](const auto& w) {
                        return std::any_of(words.begin(), words.end(), [&](const auto& q) {
                            return q == w || singular(q) == w;
                        });
                    }))
                    named.fields.emplace_back(name.kind, name.field);
    const auto asked = asked_lists(kb, reading);
    named.fields.insert(named.fields.end(), asked.begin(), asked.end());
    return named;
}

/// The weight of the concepts `list` holds: those its name spans (words [from, to) of the
/// question), those `named` accepts (naming an entity it belongs to), and those any item says.
double list_weight(const Reading& reading, const Answer& list, std::size_t from, std::size_t to,
                   const std::function<bool(const Concept&)>& named) {
    double weight = 0;
    for (const auto& c : reading.concepts) {
        bool said = (c.first < to && from < c.last) || named(c);
        for (std::size_t item : list.items)
            said = said || c.in_text.count(item) != 0 || c.in_context.count(item) != 0;
        if (said)
            weight += c.weight;
    }
    return weight;
}

/// A field list: the first field of `named` that the entity the question names has, else
/// the entity of one of the three best answers, with two items or more.
std::optional<Answer> field_list(const search::SearchIndex& index, const Reading& reading,
                                 const NamedLists& named, const std::vector<Answer>& ranked) {
    const auto& statements = index.statements();
    for (const auto& [kind, field] : named.fields) {
        const model::Entity* owner = nullptr;
        for (const model::Entity* e : reading.focus)
            if (e->kind == kind->name && e->field(field) != nullptr)
                owner = e;
        for (std::size_t i = 0; owner == nullptr && i < ranked.size() && i < 3; ++i) {
            const model::Entity* e = statements[ranked[i].statement].entity;
            if (e->kind == kind->name && e->field(field) != nullptr)
                owner = e;
        }
        if (owner == nullptr)
            continue;
        Answer list;
        list.items = statements_of(index, *owner, field);
        if (list.items.empty())
            continue;
        list.support = list.items;
        list.list = field;
        list.owner = owner;
        const std::size_t to = named.field ? named.field_at + named.field->words.size() : 0;
        list.coverage = list_weight(reading, list, named.field_at, to, [&](const Concept& c) {
            return std::find(c.entities.begin(), c.entities.end(), owner) != c.entities.end();
        });
        list.statement = list.items.front();
        return list;
    }
    return std::nullopt;
}

/// The members of `kind` a kind list holds: those an entity the question names links to,
/// either way; else those linked to an entity the question names by its kind and through an
/// entity it names ("the pillars of Indonesia's strategy" are those of the strategy linked to
/// Indonesia), with `anchors` set to those entities; else, when the question names no entity,
/// every member. Empty when the question names entities none of them touches ("how many
/// people live in Indonesia" asks for no list of people). A source the question names
/// ("the areas the article lists") is what members are said in, not linked to: the list is
/// of the members that cite it, else as if it were not named.
std::vector<const model::Entity*> kind_members(const model::KnowledgeBase& kb,
                                               const Reading& reading, const model::KindDef& kind,
                                               std::set<const model::Entity*>& anchors,
                                               bool& linked_list) {
    const auto of_kind = kb.of_kind(kind.name);
    std::vector<const model::Entity*> members(of_kind.begin(), of_kind.end());
    // The sources of the entities the question names are those they cite; with none named,
    // every source. An entity named by its kind through one it names is the one meant: the
    // sources of "China's plan" are the plan's, not China's.
    if (kind.name == kb.schema().citation_kind) {
        std::set<const model::Entity*> meant;
        for (const model::Entity* e : reading.near)
            if (e->kind != kind.name && reading.focus.count(e) == 0 &&
                names_kind(reading.words, kb.schema().find_kind(e->kind)))
                meant.insert(e);
        if (meant.empty())
            for (const model::Entity* e : reading.focus)
                if (e->kind != kind.name)
                    meant.insert(e);
        std::set<std::string_view> cited;
        const bool named = !meant.empty();
        for (const model::Entity* e : meant)
            for (const auto* citation : model::all_citations(*e))
                cited.insert(citation->source);
        if (named)
            std::erase_if(members, [&](const model::Entity* m) { return cited.count(m->id) == 0; });
        return members;
    }
    std::set<const model::Entity*> focus;
    std::set<std::string_view> sources;
    for (const model::Entity* e : reading.focus)
        if (e->kind == kb.schema().citation_kind && kind.name != e->kind)
            sources.insert(e->id);
        else
            focus.insert(e);
    std::set<const model::Entity*> narrowed;
    if (focus.size() != reading.focus.size())
        narrowed = one_link_away(kb, focus);
    const auto& near = focus.size() == reading.focus.size() ? reading.near : narrowed;
    if (!sources.empty()) {
        std::vector<const model::Entity*> citing;
        std::copy_if(members.begin(), members.end(), std::back_inserter(citing),
                     [&](const model::Entity* member) {
                         const auto all = model::all_citations(*member);
                         return std::any_of(all.begin(), all.end(), [&](const auto* c) {
                             return sources.count(c->source) != 0;
                         });
                     });
        if (!citing.empty())
            members = std::move(citing);
    }
    std::vector<const model::Entity*> linked;
    std::copy_if(members.begin(), members.end(), std::back_inserter(linked),
                 [&](const model::Entity* member) { return near.count(member) != 0; });
    anchors = focus;
    if (linked.empty() && !focus.empty()) {
        std::set<const model::Entity*> through;
        for (const model::Entity* e : near)
            if (names_kind(reading.words, kb.schema().find_kind(e->kind)))
                through.insert(e);
        const auto ring = one_link_away(kb, through);
        std::copy_if(members.begin(), members.end(), std::back_inserter(linked),
                     [&](const model::Entity* member) { return ring.count(member) != 0; });
        anchors = std::move(through);
    }
    if (linked.empty() && !focus.empty())
        return {};
    linked_list = !linked.empty();
    return linked_list ? linked : members;
}

/// What a member of a list of linked entities rests on is its link: the link statement of the
/// member that names one of `anchors`; else its title, `title`.
std::size_t link_support(const search::SearchIndex& index, const model::Entity& member,
                         const std::set<const model::Entity*>& anchors, std::size_t title) {
    const auto& all = index.statements();
    const auto [begin, end] = statements_of(index, member);
    for (std::size_t i = begin; i < end; ++i)
        if (all[i].type == StatementType::Link &&
            std::any_of(anchors.begin(), anchors.end(),
                        [&](const model::Entity* e) { return e->title == all[i].text; }))
            return i;
    return title;
}

/// A kind list: the titles of the kind's members (see kind_members), in their natural order.
std::optional<Answer> kind_list(const model::KnowledgeBase& kb, const search::SearchIndex& index,
                                const Reading& reading, const NamedLists& named) {
    const model::KindDef& kind = *named.kind->kind;
    std::set<const model::Entity*> anchors;
    bool linked_list = false;
    auto members = kind_members(kb, reading, kind, anchors, linked_list);
    if (members.empty())
        return std::nullopt;
    members = natural_order(kind, members);
    Answer list;
    for (const model::Entity* member : members) {
        const auto titles = statements_of(index, *member, "title");
        if (titles.empty())
            continue;
        list.items.push_back(titles.front());
        list.support.push_back(linked_list ? link_support(index, *member, anchors, titles.front())
                                           : titles.front());
    }
    if (list.items.empty())
        return std::nullopt;
    list.list = kind.plural;
    list.statement = list.items.front();
    // Every entity a concept names is one the list is linked to, or the list is all of the kind.
    list.coverage =
        list_weight(reading, list, named.kind_at,
                    named.kind_end != 0 ? named.kind_end : named.kind_at + named.kind->words.size(),
                    [](const Concept& c) { return !c.entities.empty(); });
    return list;
}

/// The count a word of a question says: 2 to 99 in digits, or two to twelve as a word
/// ("four"); else 0.
std::size_t count_of(const std::string& word) {
    static const std::vector<std::string> names{
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"};
    if (const auto at = std::find(names.begin(), names.end(), word); at != names.end())
        return static_cast<std::size_t>(at - names.begin()) + 2;
    if (word.empty() || word.size() > 2 ||
        !std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return 0;
    const std::size_t n = std::stoul(word);
    return n >= 2 ? n : 0;
}

/// A question that names no kind but counts a plural after a determiner ("the four avenues
/// of cooperation of Indonesia and China", "what are the 4 ways") asks for the kind with
/// that many members, when just one such kind (sources aside) has members the question's
/// entities touch (see kind_members). A question with a cue asks for something else ("how
/// many", "when did they sign their 4 agreements", "who signed the 2 agreements"); a count
/// without a determiner is mostly a measure ("over the last 4 years", "grew 4 times").
/// Sets `named.kind` to it, its words the count and the noun.
void counted_kind(const Lexicon& lexicon, const model::KnowledgeBase& kb, const Reading& reading,
                  NamedLists& named) {
    const auto& words = reading.words;
    if (!reading.preferred.empty() || reading.wants_source)
        return;
    static const std::set<std::string, std::less<>> determiners{"the",   "these", "those", "its",
                                                                "their", "all",   "our"};
    for (std::size_t i = 1; i + 1 < words.size(); ++i) {
        const std::size_t n = count_of(words[i]);
        if (n == 0 || determiners.count(words[i - 1]) == 0 || words[i + 1].size() < 4 ||
            !words[i + 1].ends_with('s'))
            continue;
        const Lexicon::ListName* found = nullptr;
        std::size_t kinds = 0;
        for (const auto& kind : kb.schema().kinds) {
            if (kind.name == kb.schema().citation_kind || kb.of_kind(kind.name).size() != n)
                continue;
            std::set<const model::Entity*> anchors;
            bool linked = false;
            if (kind_members(kb, reading, kind, anchors, linked).empty())
                continue;
            const auto plural = question_words(kind.plural);
            if (plural.empty())
                continue;
            const auto& names = lexicon.lists_from(plural.front());
            const auto name = std::find_if(names.begin(), names.end(), [&](const auto& list) {
                return list.kind == &kind && list.field.empty() && list.words == plural;
            });
            if (name != names.end()) {
                found = &*name;
                ++kinds;
            }
        }
        if (kinds == 1) {
            named.kind = found;
            named.kind_at = i;
            named.kind_end = i + 2;
            return;
        }
    }
}

} // namespace

/// Whether the question asks for the entities of a kind linked to an entity it names, none is,
/// and a relation the schema marks `coverage` joins the two kinds: the knowledge then says
/// that there are none ("Which opportunities serve health?", as `report gaps` lists), and
/// another statement about either is no answer.
bool lists_none(const Lexicon& lexicon, const model::KnowledgeBase& kb, const Reading& reading) {
    if (asks_for_one(reading.words))
        return false;
    const NamedLists named = named_lists(lexicon, kb, reading);
    if (named.kind == nullptr || named.field != nullptr)
        return false;
    const model::KindDef& kind = *named.kind->kind;
    std::set<const model::Entity*> anchors;
    bool linked = false;
    if (!kind_members(kb, reading, kind, anchors, linked).empty())
        return false;
    const auto joins = [](const std::vector<std::string>& kinds, const std::string& name) {
        return std::find(kinds.begin(), kinds.end(), name) != kinds.end();
    };
    return std::any_of(reading.focus.begin(), reading.focus.end(), [&](const model::Entity* e) {
        const auto& relations = kb.schema().relations;
        return std::any_of(relations.begin(), relations.end(), [&](const auto& relation) {
            return relation.coverage &&
                   ((joins(relation.from, kind.name) && joins(relation.to, e->kind)) ||
                    (joins(relation.to, kind.name) && joins(relation.from, e->kind)));
        });
    });
}

/// A question that asks for a list gets the list whole as one answer: every item of a list
/// field of the entity it is about (see field_list), or every entity of a kind it names in
/// the plural (see kind_list). The answer's coverage is the weight of the concepts it holds,
/// not yet divided by the question's whole weight.
std::optional<Answer> list_answer(const Lexicon& lexicon, const model::KnowledgeBase& kb,
                                  const search::SearchIndex& index, const Reading& reading,
                                  const std::vector<Answer>& ranked) {
    if (asks_for_one(reading.words))
        return std::nullopt;
    NamedLists named = named_lists(lexicon, kb, reading);
    if (auto list = field_list(index, reading, named, ranked))
        return list;
    if (named.kind == nullptr)
        counted_kind(lexicon, kb, reading, named);
    if (named.kind == nullptr)
        return std::nullopt;
    return kind_list(kb, index, reading, named);
}

} // namespace aistrat::query::detail
