// Builds the knowledge graph's indexes once, at construction.
#include "model/knowledge_base.hpp"

#include <functional>

namespace aistrat::model {

KnowledgeBase::KnowledgeBase(Schema schema, std::vector<Entity> entities,
                             std::vector<FolderInfo> folders, Vocabulary vocabulary)
    : m_schema(std::move(schema)), m_entities(std::move(entities)), m_folders(std::move(folders)),
      m_vocabulary(std::move(vocabulary)) {
    m_schema.index();
    m_by_id.reserve(m_entities.size());
    for (std::size_t i = 0; i < m_entities.size(); ++i) {
        // The first of two entities with one kind and id wins; the checker reports the other.
        if (find(m_entities[i].kind, m_entities[i].id) != nullptr)
            continue;
        m_by_id.emplace(m_entities[i].id, i);
        m_by_kind[m_entities[i].kind].push_back(&m_entities[i]);
    }
    m_incoming.resize(m_entities.size());
    m_outgoing.resize(m_entities.size());
    for (std::size_t i = 0; i < m_entities.size(); ++i) {
        const Entity& entity = m_entities[i];
        m_outgoing[i].reserve(entity.links.size());
        for (const auto& link : entity.links) {
            const RelationDef* relation = m_schema.find_relation(link.relation);
            const Entity* target = relation ? link_target(*relation, link.target) : nullptr;
            m_outgoing[i].push_back({&link, relation, target});
            if (target != nullptr)
                m_incoming[static_cast<std::size_t>(target - m_entities.data())].push_back(
                    {&entity, relation, &link});
        }
    }
}

std::optional<std::size_t> KnowledgeBase::index_of(const Entity& entity) const {
    const Entity* begin = m_entities.data();
    const Entity* end = begin + m_entities.size();
    if (std::less<>{}(&entity, begin) || !std::less<>{}(&entity, end))
        return std::nullopt;
    return static_cast<std::size_t>(&entity - begin);
}

const Entity* KnowledgeBase::find(std::string_view kind, std::string_view id) const {
    const auto [begin, end] = m_by_id.equal_range(id);
    for (auto it = begin; it != end; ++it)
        if (m_entities[it->second].kind == kind)
            return &m_entities[it->second];
    return nullptr;
}

std::span<const Entity* const> KnowledgeBase::of_kind(std::string_view kind) const {
    auto it = m_by_kind.find(kind);
    if (it == m_by_kind.end())
        return {};
    return it->second;
}

const Entity* KnowledgeBase::link_target(const RelationDef& relation,
                                         std::string_view target) const {
    for (const auto& kind : relation.to)
        if (const Entity* e = find(kind, target))
            return e;
    return nullptr;
}

std::span<const IncomingLink> KnowledgeBase::incoming(const Entity& entity) const {
    const auto i = index_of(entity);
    return i ? std::span<const IncomingLink>(m_incoming[*i]) : std::span<const IncomingLink>();
}

std::span<const OutgoingLink> KnowledgeBase::outgoing(const Entity& entity) const {
    const auto i = index_of(entity);
    return i ? std::span<const OutgoingLink>(m_outgoing[*i]) : std::span<const OutgoingLink>();
}

std::vector<Entity> stated_entities(const KnowledgeBase& kb) {
    return entities_with_basis(kb, Basis::Stated);
}

std::vector<Entity> entities_with_basis(const KnowledgeBase& kb, Basis basis) {
    const auto stated = [basis](const Support& support) { return support.basis == basis; };
    // Keeps of `e` the values and links of the basis; an extension's record of what it added
    // too, so that `show` does not list under "Extended by" what it left out above.
    const auto keep = [&](Entity& e) {
        std::vector<Field> fields;
        for (Field& field : e.fields) {
            if (field.value.type != FieldType::List) {
                if (stated(field.support))
                    fields.push_back(std::move(field));
                continue;
            }
            Field kept = field;
            kept.value.items.clear();
            kept.item_support.clear();
            kept.item_at.clear();
            for (std::size_t i = 0; i < field.value.items.size(); ++i)
                if (stated(item_support(field, i))) {
                    kept.value.items.push_back(field.value.items[i]);
                    if (!field.item_support.empty())
                        kept.item_support.push_back(field.item_support[i]);
                    if (i < field.item_at.size())
                        kept.item_at.push_back(field.item_at[i]);
                }
            if (kept.item_at.size() != kept.value.items.size())
                kept.item_at.clear();
            if (!kept.value.items.empty())
                fields.push_back(std::move(kept));
        }
        e.fields = std::move(fields);
        e.field_order.clear();
        e.index_fields();
        std::erase_if(e.links, [&](const Link& link) { return !stated(link.support); });
    };
    std::vector<Entity> out;
    out.reserve(kb.entities().size());
    for (const Entity& original : kb.entities()) {
        Entity e = original;
        keep(e);
        for (Entity& extension : e.extensions)
            keep(extension);
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace aistrat::model
