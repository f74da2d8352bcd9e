// The snapshot encoding: every member of the model in declaration order. Integers are
// LEB128 varints, strings a length then bytes, numbers their 8 IEEE bytes; a file path is
// written the first time it appears and referred to by number after that.
#include "cache/snapshot.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <unordered_map>

namespace aistrat::cache {

namespace {

constexpr std::string_view k_magic = "aistrat-snapshot";

class Writer {
public:
    void number(std::uint64_t value) {
        do {
            const auto byte = static_cast<unsigned char>(value & 0x7f);
            value >>= 7;
            m_out += static_cast<char>(value != 0 ? (byte | 0x80) : byte);
        } while (value != 0);
    }
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
        number(values.size());
        for (const auto& value : values)
            text(value);
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
    /// A count of things each at least `least` bytes long: never more than the bytes left
    /// can hold, so that a damaged count cannot make a vast allocation.
    std::size_t count(std::size_t least = 1) {
        const std::uint64_t n = number();
        if (n > m_in.size() / least)
            throw Malformed();
        return static_cast<std::size_t>(n);
    }
    int small() {
        const std::uint64_t n = number();
        if (n > static_cast<std::uint64_t>(std::numeric_limits<int>::max()))
            throw Malformed();
        return static_cast<int>(n);
    }
    bool flag() { return number() != 0; }
    double real() {
        if (m_in.size() < 8)
            throw Malformed();
        std::uint64_t bits = 0;
        for (int i = 0; i < 8; ++i)
            bits |= std::uint64_t{static_cast<unsigned char>(m_in[static_cast<std::size_t>(i)])}
                    << (8 * i);
        m_in.remove_prefix(8);
        return std::bit_cast<double>(bits);
    }
    std::string text() {
        const std::size_t size = count();
        std::string value(m_in.substr(0, size));
        m_in.remove_prefix(size);
        return value;
    }
    std::vector<std::string> texts() {
        std::vector<std::string> values(count());
        for (auto& value : values)
            value = text();
        return values;
    }
    model::Location location() {
        model::Location where;
        const std::uint64_t ref = number();
        if (ref == 0) {
            where.path = text();
            m_paths.push_back(where.path);
        } else if (ref <= m_paths.size()) {
            where.path = m_paths[static_cast<std::size_t>(ref - 1)];
        } else {
            throw Malformed();
        }
        where.line = small();
        where.column = small();
        return where;
    }
    template <typename Enum>
    Enum choice(Enum last) {
        const std::uint64_t n = number();
        if (n > static_cast<std::uint64_t>(last))
            throw Malformed();
        return static_cast<Enum>(n);
    }
    bool done() const { return m_in.empty(); }

private:
    std::string_view m_in;
    std::vector<std::string> m_paths;
};

void put(Writer& w, const model::Schema& schema) {
    w.number(static_cast<std::uint64_t>(schema.version));
    w.text(schema.citation_kind);
    w.text(schema.citation_sections);
    w.number(schema.kinds.size());
    for (const auto& kind : schema.kinds) {
        w.text(kind.name);
        w.text(kind.plural);
        w.texts(kind.aliases);
        w.text(kind.description);
        w.flag(kind.cites);
        w.texts(kind.key_fields);
        w.texts(kind.order_by);
        w.number(kind.fields.size());
        for (const auto& field : kind.fields) {
            w.text(field.name);
            w.number(static_cast<std::uint64_t>(field.type));
            w.flag(field.required);
            w.flag(field.identifies);
            w.text(field.description);
            w.texts(field.asks);
        }
        w.location(kind.where);
    }
    w.number(schema.relations.size());
    for (const auto& relation : schema.relations) {
        w.text(relation.name);
        w.text(relation.inverse);
        w.texts(relation.from);
        w.texts(relation.to);
        w.text(relation.description);
        w.flag(relation.coverage);
        w.location(relation.where);
    }
}

model::Schema get_schema(Reader& r) {
    model::Schema schema;
    schema.version = r.small();
    schema.citation_kind = r.text();
    schema.citation_sections = r.text();
    schema.kinds.resize(r.count(10));
    for (auto& kind : schema.kinds) {
        kind.name = r.text();
        kind.plural = r.text();
        kind.aliases = r.texts();
        kind.description = r.text();
        kind.cites = r.flag();
        kind.key_fields = r.texts();
        kind.order_by = r.texts();
        kind.fields.resize(r.count(5));
        for (auto& field : kind.fields) {
            field.name = r.text();
            field.type = r.choice(model::FieldType::Bool);
            field.required = r.flag();
            field.identifies = r.flag();
            field.description = r.text();
            field.asks = r.texts();
        }
        kind.where = r.location();
    }
    schema.relations.resize(r.count(9));
    for (auto& relation : schema.relations) {
        relation.name = r.text();
        relation.inverse = r.text();
        relation.from = r.texts();
        relation.to = r.texts();
        relation.description = r.text();
        relation.coverage = r.flag();
        relation.where = r.location();
    }
    return schema;
}

void put(Writer& w, const model::Vocabulary& vocabulary) {
    w.texts(vocabulary.stop_words);
    w.number(vocabulary.cues.size());
    for (const auto& cue : vocabulary.cues) {
        w.texts(cue.phrases);
        w.number(static_cast<std::uint64_t>(cue.prefer));
    }
    w.number(vocabulary.synonyms.size());
    for (const auto& group : vocabulary.synonyms)
        w.texts(group);
}

model::Vocabulary get_vocabulary(Reader& r) {
    model::Vocabulary vocabulary;
    vocabulary.stop_words = r.texts();
    vocabulary.cues.resize(r.count(2));
    for (auto& cue : vocabulary.cues) {
        cue.phrases = r.texts();
        cue.prefer = r.choice(model::Preference::Name);
    }
    vocabulary.synonyms.resize(r.count());
    for (auto& group : vocabulary.synonyms)
        group = r.texts();
    return vocabulary;
}

void put(Writer& w, const std::vector<model::Citation>& citations) {
    w.number(citations.size());
    for (const auto& citation : citations) {
        w.text(citation.source);
        w.text(citation.locator);
        w.location(citation.where);
    }
}

std::vector<model::Citation> get_citations(Reader& r) {
    std::vector<model::Citation> citations(r.count(5));
    for (auto& citation : citations) {
        citation.source = r.text();
        citation.locator = r.text();
        citation.where = r.location();
    }
    return citations;
}

void put(Writer& w, const model::Support& support) {
    w.number(static_cast<std::uint64_t>(support.basis));
    put(w, support.sources);
}

model::Support get_support(Reader& r) {
    model::Support support;
    support.basis = r.choice(model::Basis::Interpretation);
    support.sources = get_citations(r);
    return support;
}

void put(Writer& w, const model::Entity& e) {
    w.text(e.kind);
    w.text(e.id);
    w.text(e.title);
    w.text(e.summary);
    w.texts(e.aliases);
    w.texts(e.tags);
    w.number(e.fields.size());
    for (const auto& field : e.fields) {
        w.text(field.name);
        w.number(static_cast<std::uint64_t>(field.value.type));
        w.text(field.value.text);
        w.real(field.value.number);
        w.flag(field.value.boolean);
        w.texts(field.value.items);
        w.location(field.where);
        put(w, field.support);
        w.number(field.item_support.size());
        for (const auto& item : field.item_support)
            put(w, item);
    }
    w.number(e.links.size());
    for (const auto& link : e.links) {
        w.text(link.relation);
        w.text(link.target);
        w.location(link.where);
        put(w, link.support);
    }
    put(w, e.sources);
    w.location(e.where);
    w.text(e.folder);
    w.number(e.extensions.size());
    for (const auto& extension : e.extensions)
        put(w, extension);
}

/// `depth` 0 for an entity, 1 for one of its extensions, which has none of its own: a damaged
/// snapshot cannot make the decoder recurse.
model::Entity get_entity(Reader& r, int depth = 0) {
    model::Entity e;
    e.kind = r.text();
    e.id = r.text();
    e.title = r.text();
    e.summary = r.text();
    e.aliases = r.texts();
    e.tags = r.texts();
    e.fields.resize(r.count(16));
    for (auto& field : e.fields) {
        field.name = r.text();
        field.value.type = r.choice(model::FieldType::Bool);
        field.value.text = r.text();
        field.value.number = r.real();
        field.value.boolean = r.flag();
        field.value.items = r.texts();
        field.where = r.location();
        field.support = get_support(r);
        field.item_support.resize(r.count(2));
        for (auto& item : field.item_support)
            item = get_support(r);
    }
    e.index_fields();
    e.links.resize(r.count(5));
    for (auto& link : e.links) {
        link.relation = r.text();
        link.target = r.text();
        link.where = r.location();
        link.support = get_support(r);
    }
    e.sources = get_citations(r);
    e.where = r.location();
    e.folder = r.text();
    const std::size_t extensions = r.count(16);
    if (depth > 0 && extensions > 0)
        throw Malformed(); // an extension has none of its own
    e.extensions.reserve(extensions);
    for (std::size_t i = 0; i < extensions; ++i)
        e.extensions.push_back(get_entity(r, depth + 1));
    return e;
}

} // namespace

std::string encode(const Snapshot& snapshot) {
    Writer w;
    w.text(k_magic);
    w.number(k_snapshot_format);
    w.number(snapshot.content_hash);
    put(w, snapshot.kb.schema());
    put(w, snapshot.kb.vocabulary());
    w.number(snapshot.kb.folders().size());
    for (const auto& folder : snapshot.kb.folders()) {
        w.text(folder.name);
        w.text(folder.origin);
        w.number(folder.entities);
    }
    w.number(snapshot.kb.entities().size());
    for (const auto& entity : snapshot.kb.entities())
        put(w, entity);
    w.number(snapshot.diagnostics.size());
    for (const auto& d : snapshot.diagnostics) {
        w.location(d.where);
        w.number(static_cast<std::uint64_t>(d.severity));
        w.text(d.message);
        w.flag(d.whole_graph);
    }
    return w.take();
}

std::optional<Snapshot> decode(std::string_view bytes) {
    try {
        Reader r(bytes);
        if (r.text() != k_magic || r.number() != k_snapshot_format)
            return std::nullopt;
        Snapshot snapshot;
        snapshot.content_hash = r.number();
        model::Schema schema = get_schema(r);
        model::Vocabulary vocabulary = get_vocabulary(r);
        std::vector<model::FolderInfo> folders(r.count(3));
        for (auto& folder : folders) {
            folder.name = r.text();
            folder.origin = r.text();
            // A number of entities, checked against those read below (not against the bytes
            // left, which a shorter encoding of the same snapshot would fail: a fuzzing find).
            const std::uint64_t count = r.number();
            if (count > std::numeric_limits<std::size_t>::max())
                throw Malformed();
            folder.entities = static_cast<std::size_t>(count);
        }
        std::vector<model::Entity> entities(r.count(13));
        for (auto& entity : entities)
            entity = get_entity(r);
        for (const auto& folder : folders)
            if (folder.entities > entities.size())
                throw Malformed();
        snapshot.diagnostics.resize(r.count(5));
        for (auto& d : snapshot.diagnostics) {
            d.where = r.location();
            d.severity = r.choice(model::Severity::Warning);
            d.message = r.text();
            d.whole_graph = r.flag();
        }
        if (!r.done())
            return std::nullopt;
        snapshot.kb = model::KnowledgeBase(std::move(schema), std::move(entities),
                                           std::move(folders), std::move(vocabulary));
        return snapshot;
    } catch (const Malformed&) {
        return std::nullopt;
    }
}

} // namespace aistrat::cache
