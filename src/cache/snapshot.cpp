// The snapshot encoding: every member of the model in declaration order, said once per type
// (`io`) for encoding and decoding alike. Integers are LEB128 varints, strings a length then
// bytes, numbers their 8 IEEE bytes; a file path is written the first time it appears and
// referred to by number after that.
#include "cache/snapshot.hpp"

#include <algorithm>
#include <bit>
#include <concepts>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <type_traits>
#include <unordered_map>

namespace aistrat::cache {

namespace {

constexpr std::string_view k_magic = "aistrat-snapshot";

// One function per model type, `io`, says what is stored and in which order; a Writer runs
// it to encode and a Reader to decode, so the two cannot drift apart. Each archive has the
// same operations: one for each kind of value, and `list` for a vector (its size, then each
// element through `each`).

class Writer {
public:
    static constexpr bool reading = false;

    void number(std::uint64_t value) {
        do {
            const auto byte = static_cast<unsigned char>(value & 0x7f);
            value >>= 7;
            m_out += static_cast<char>(value != 0 ? (byte | 0x80) : byte);
        } while (value != 0);
    }
    void size(std::size_t value) { number(value); }
    void small(int value) { number(static_cast<std::uint64_t>(value)); }
    void flag(bool value) { number(value ? 1 : 0); }
    void real(double value) {
        const auto bits = std::bit_cast<std::uint64_t>(value);
        for (int i = 0; i < 8; ++i)
            m_out += static_cast<char>((bits >> (8 * i)) & 0xff);
    }
    void text(std::string_view value) {
        number(value.size());
        m_out += value;
    }
    void texts(const std::vector<std::string>& values) {
        list(values, 1, [this](const std::string& value) { text(value); });
    }
    template <typename Enum>
    void choice(Enum value, Enum /*last*/) {
        number(static_cast<std::uint64_t>(value));
    }
    void location(const model::Location& where) {
        // 0: a path not seen before follows; n: the path numbered n - 1.
        auto [it, added] = m_paths.try_emplace(where.path, m_paths.size());
        if (added) {
            number(0);
            text(where.path);
        } else {
            number(it->second + 1);
        }
        number(static_cast<std::uint64_t>(std::max(0, where.line)));
        number(static_cast<std::uint64_t>(std::max(0, where.column)));
    }
    template <typename T, typename Each>
    void list(const std::vector<T>& values, std::size_t /*least*/, Each each,
              std::size_t /*most*/ = std::numeric_limits<std::size_t>::max()) {
        number(values.size());
        for (const T& value : values)
            each(value);
    }
    std::string take() { return std::move(m_out); }

private:
    std::string m_out;
    std::unordered_map<std::string, std::size_t> m_paths;
};

struct Malformed : std::runtime_error {
    Malformed() : std::runtime_error("malformed snapshot") {}
};

class Reader {
public:
    static constexpr bool reading = true;

    explicit Reader(std::string_view in) : m_in(in) {}

    std::uint64_t number() {
        std::uint64_t value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_in.empty())
                throw Malformed();
            const auto byte = static_cast<unsigned char>(m_in.front());
            m_in.remove_prefix(1);
            value |= std::uint64_t{byte & 0x7fU} << shift;
            if ((byte & 0x80) == 0)
                return value;
        }
        throw Malformed();
    }
    void number(std::uint64_t& out) { out = number(); }
    /// Any size that fits (a count checked elsewhere, such as a folder's entities).
    void size(std::size_t& out) {
        const std::uint64_t n = number();
        if (n > std::numeric_limits<std::size_t>::max())
            throw Malformed();
        out = static_cast<std::size_t>(n);
    }
    void small(int& out) {
        const std::uint64_t n = number();
        if (n > static_cast<std::uint64_t>(std::numeric_limits<int>::max()))
            throw Malformed();
        out = static_cast<int>(n);
    }
    void flag(bool& out) { out = number() != 0; }
    void real(double& out) {
        if (m_in.size() < 8)
            throw Malformed();
        std::uint64_t bits = 0;
        for (int i = 0; i < 8; ++i)
            bits |= std::uint64_t{static_cast<unsigned char>(m_in[static_cast<std::size_t>(i)])}
                    << (8 * i);
        m_in.remove_prefix(8);
        out = std::bit_cast<double>(bits);
    }
    std::string text() {
        const std::size_t size = count(1);
        std::string value(m_in.substr(0, size));
        m_in.remove_prefix(size);
        return value;
    }
    void text(std::string& out) { out = text(); }
    void texts(std::vector<std::string>& out) {
        list(out, 1, [this](std::string& value) { text(value); });
    }
    template <typename Enum>
    void choice(Enum& out, Enum last) {
        const std::uint64_t n = number();
        if (n > static_cast<std::uint64_t>(last))
            throw Malformed();
        out = static_cast<Enum>(n);
    }
    void location(model::Location& where) {
        const std::uint64_t ref = number();
        if (ref == 0) {
            where.path = text();
            m_paths.push_back(where.path);
        } else if (ref <= m_paths.size()) {
            where.path = m_paths[static_cast<std::size_t>(ref - 1)];
        } else {
            throw Malformed();
        }
        small(where.line);
        small(where.column);
    }
    /// `least`: the fewest bytes one element takes, so that a damaged count can never ask for
    /// more elements than the bytes left could hold (no vast allocation); `most`: the most
    /// elements the format allows there.
    template <typename T, typename Each>
    void list(std::vector<T>& values, std::size_t least, Each each,
              std::size_t most = std::numeric_limits<std::size_t>::max()) {
        const std::size_t n = count(least);
        if (n > most)
            throw Malformed();
        values.clear();
        values.reserve(n);
        for (std::size_t i = 0; i < n; ++i)
            each(values.emplace_back());
    }
    bool done() const { return m_in.empty(); }

private:
    std::size_t count(std::size_t least) {
        const std::uint64_t n = number();
        if (n > m_in.size() / least)
            throw Malformed();
        return static_cast<std::size_t>(n);
    }

    std::string_view m_in;
    std::vector<std::string> m_paths;
};

/// `T` is `Model`, const for a Writer and not for a Reader.
template <typename T, typename Model>
concept Of = std::same_as<std::remove_const_t<T>, Model>;

void io(auto& a, Of<model::FieldDef> auto& field) {
    a.text(field.name);
    a.choice(field.type, model::FieldType::Bool);
    a.flag(field.required);
    a.flag(field.identifies);
    a.text(field.description);
    a.texts(field.asks);
}

void io(auto& a, Of<model::KindDef> auto& kind) {
    a.text(kind.name);
    a.text(kind.plural);
    a.texts(kind.aliases);
    a.text(kind.description);
    a.flag(kind.cites);
    a.texts(kind.key_fields);
    a.texts(kind.order_by);
    a.list(kind.fields, 5, [&](auto& field) { io(a, field); });
    a.location(kind.where);
}

void io(auto& a, Of<model::RelationDef> auto& relation) {
    a.text(relation.name);
    a.text(relation.inverse);
    a.texts(relation.from);
    a.texts(relation.to);
    a.text(relation.description);
    a.flag(relation.coverage);
    a.location(relation.where);
}

void io(auto& a, Of<model::Schema> auto& schema) {
    a.small(schema.version);
    a.text(schema.citation_kind);
    a.text(schema.citation_sections);
    a.list(schema.kinds, 10, [&](auto& kind) { io(a, kind); });
    a.list(schema.relations, 9, [&](auto& relation) { io(a, relation); });
}

void io(auto& a, Of<model::Vocabulary> auto& vocabulary) {
    a.texts(vocabulary.stop_words);
    a.list(vocabulary.cues, 3, [&](auto& cue) {
        a.texts(cue.phrases);
        a.choice(cue.prefer, model::Preference::Source);
        a.flag(cue.also_concept);
    });
    a.list(vocabulary.synonyms, 1, [&](auto& group) { a.texts(group); });
}

void io(auto& a, Of<model::FolderInfo> auto& folder) {
    a.text(folder.name);
    a.text(folder.origin);
    // Checked against the entities read, not against the bytes left, which a shorter
    // encoding of the same snapshot would fail (a fuzzing find).
    a.size(folder.entities);
}

void io(auto& a, Of<model::Citation> auto& citation) {
    a.text(citation.source);
    a.text(citation.locator);
    a.location(citation.where);
}

void io(auto& a, Of<model::Support> auto& support) {
    a.choice(support.basis, model::Basis::Interpretation);
    a.list(support.sources, 5, [&](auto& citation) { io(a, citation); });
}

void io(auto& a, Of<model::Position> auto& at) {
    a.small(at.line);
    a.small(at.column);
}

void io(auto& a, Of<model::Field> auto& field) {
    a.text(field.name);
    a.choice(field.value.type, model::FieldType::Bool);
    a.text(field.value.text);
    a.real(field.value.number);
    a.flag(field.value.boolean);
    a.texts(field.value.items);
    a.location(field.where);
    io(a, field.support);
    a.list(field.item_support, 2, [&](auto& support) { io(a, support); });
    a.list(field.item_at, 2, [&](auto& at) { io(a, at); });
}

void io(auto& a, Of<model::Link> auto& link) {
    a.text(link.relation);
    a.text(link.target);
    a.location(link.where);
    io(a, link.support);
}

/// `depth` 0 for an entity, 1 for one of its extensions, which has none of its own: a damaged
/// snapshot cannot make the decoder recurse.
void io(auto& a, Of<model::Entity> auto& e, int depth = 0) {
    a.text(e.kind);
    a.text(e.id);
    a.text(e.title);
    a.text(e.summary);
    a.texts(e.aliases);
    a.texts(e.tags);
    a.list(e.fields, 16, [&](auto& field) { io(a, field); });
    if constexpr (std::remove_reference_t<decltype(a)>::reading)
        e.index_fields();
    a.list(e.links, 5, [&](auto& link) { io(a, link); });
    a.list(e.sources, 5, [&](auto& citation) { io(a, citation); });
    a.location(e.where);
    io(a, e.title_at);
    io(a, e.summary_at);
    a.text(e.folder);
    a.list(
        e.extensions, 16, [&](auto& extension) { io(a, extension, depth + 1); },
        depth > 0 ? 0 : std::numeric_limits<std::size_t>::max());
}

void io(auto& a, Of<model::Diagnostic> auto& d) {
    a.location(d.where);
    a.choice(d.severity, model::Severity::Warning);
    a.text(d.message);
    a.flag(d.whole_graph);
}

/// Whether decoded knowledge holds what loading guarantees and the commands rely on, so that
/// an entry that passes its checksum but was written by something else (a checksum is no
/// key) is rebuilt rather than read: each entity of a kind the schema has, each list's
/// supports one per item or none; and, for knowledge without errors (which no command but
/// `check` serves), each relation between kinds the schema has and a citation kind it has.
bool consistent(const check::CheckedKnowledge& knowledge) {
    const model::Schema& schema = knowledge.kb.schema();
    const auto known = [&](const std::string& kind) { return schema.find_kind(kind) != nullptr; };
    const auto fits = [](const model::Entity& e) {
        return std::all_of(e.fields.begin(), e.fields.end(), [](const model::Field& f) {
            return (f.item_support.empty() || f.item_support.size() == f.value.items.size()) &&
                   (f.item_at.empty() || f.item_at.size() == f.value.items.size());
        });
    };
    for (const model::Entity& e : knowledge.kb.entities())
        if (!known(e.kind) || !fits(e) ||
            !std::all_of(e.extensions.begin(), e.extensions.end(), fits))
            return false;
    const bool errors = std::any_of(
        knowledge.diagnostics.begin(), knowledge.diagnostics.end(),
        [](const model::Diagnostic& d) { return d.severity == model::Severity::Error; });
    if (errors)
        return true;
    if (!schema.citation_kind.empty() && !known(schema.citation_kind))
        return false;
    return std::all_of(schema.relations.begin(), schema.relations.end(), [&](const auto& r) {
        return std::all_of(r.from.begin(), r.from.end(), known) &&
               std::all_of(r.to.begin(), r.to.end(), known);
    });
}

} // namespace

std::string encode(const check::CheckedKnowledge& snapshot) {
    Writer w;
    w.text(k_magic);
    w.number(k_snapshot_format);
    w.number(snapshot.content_hash);
    const model::KnowledgeBase& kb = snapshot.kb;
    io(w, kb.schema());
    io(w, kb.vocabulary());
    w.list(kb.folders(), 3, [&](const auto& folder) { io(w, folder); });
    w.list(kb.entities(), 13, [&](const auto& entity) { io(w, entity); });
    w.list(snapshot.diagnostics, 5, [&](const auto& d) { io(w, d); });
    return w.take();
}

std::optional<check::CheckedKnowledge> decode(std::string_view bytes) {
    try {
        Reader r(bytes);
        if (r.text() != k_magic || r.number() != k_snapshot_format)
            return std::nullopt;
        check::CheckedKnowledge snapshot;
        r.number(snapshot.content_hash);
        model::Schema schema;
        model::Vocabulary vocabulary;
        std::vector<model::FolderInfo> folders;
        std::vector<model::Entity> entities;
        io(r, schema);
        io(r, vocabulary);
        r.list(folders, 3, [&](auto& folder) { io(r, folder); });
        r.list(entities, 13, [&](auto& entity) { io(r, entity); });
        for (const auto& folder : folders)
            if (folder.entities > entities.size())
                throw Malformed();
        r.list(snapshot.diagnostics, 5, [&](auto& d) { io(r, d); });
        if (!r.done())
            return std::nullopt;
        snapshot.kb = model::KnowledgeBase(std::move(schema), std::move(entities),
                                           std::move(folders), std::move(vocabulary));
        if (!consistent(snapshot))
            return std::nullopt;
        return snapshot;
    } catch (const Malformed&) {
        return std::nullopt;
    }
}

} // namespace aistrat::cache
