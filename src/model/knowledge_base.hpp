// The knowledge graph: the schema, every entity, and indexes by kind, id and incoming link.
#pragma once

#include "model/entity.hpp"
#include "model/schema.hpp"
#include "model/vocabulary.hpp"

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace aistrat::model {

/// The origins of a folder that code tells apart (the others are `AISTRAT_KB` and `--kb`).
inline constexpr std::string_view k_builtin_origin = "builtin";
/// The user's own folder, `$XDG_DATA_HOME/aistrat/knowledge`: its broken files are left out.
inline constexpr std::string_view k_user_origin = "user";

/// A folder the knowledge was loaded from, for `paths` and `--version`.
struct FolderInfo {
    std::string name;   ///< `<builtin>` or the directory
    std::string origin; ///< builtin, user, AISTRAT_KB or --kb
    std::size_t entities = 0;
    bool operator==(const FolderInfo&) const = default;
};

/// A link seen from its target: which entity points here, and through which relation.
struct IncomingLink {
    const Entity* from = nullptr;
    const RelationDef* relation = nullptr;
    const Link* link = nullptr; ///< the link itself, one of `from`'s
};

/// A link seen from its entity, resolved: its relation and target, each nullptr when the
/// schema has no such relation or no entity of the kinds it allows has the target's id
/// (`check` reports both).
struct OutgoingLink {
    const Link* link = nullptr; ///< the link itself, one of the entity's
    const RelationDef* relation = nullptr;
    const Entity* target = nullptr;
};

class KnowledgeBase;

/// The entities of `kb` with only what a source states: each field value, list item and link
/// whose basis is implied or interpretation is left out (and a list field left with no items).
std::vector<Entity> stated_entities(const KnowledgeBase& kb);

/// The entities of `kb` with only the field values, list items and links of `basis` (their id,
/// title and other common keys kept, so that every link still finds its target).
/// `stated_entities` is `entities_with_basis(kb, Basis::Stated)`.
std::vector<Entity> entities_with_basis(const KnowledgeBase& kb, Basis basis);

class KnowledgeBase {
public:
    KnowledgeBase() = default;
    KnowledgeBase(Schema schema, std::vector<Entity> entities, std::vector<FolderInfo> folders,
                  Vocabulary vocabulary = {});
    // The indexes point into the entity vector: copying would leave them dangling.
    KnowledgeBase(const KnowledgeBase&) = delete;
    KnowledgeBase& operator=(const KnowledgeBase&) = delete;
    KnowledgeBase(KnowledgeBase&&) = default;
    KnowledgeBase& operator=(KnowledgeBase&&) = default;

    const Schema& schema() const { return m_schema; }
    const std::vector<Entity>& entities() const { return m_entities; }
    const std::vector<FolderInfo>& folders() const { return m_folders; }
    const Vocabulary& vocabulary() const { return m_vocabulary; }

    /// Equal in what was loaded (schema, entities, folders, vocabulary); the indexes, built
    /// from them, aside.
    bool operator==(const KnowledgeBase& other) const {
        return m_schema == other.m_schema && m_entities == other.m_entities &&
               m_folders == other.m_folders && m_vocabulary == other.m_vocabulary;
    }

    /// The entity of kind `kind` with id `id` (exact), or nullptr.
    const Entity* find(std::string_view kind, std::string_view id) const;
    /// The entities of kind `kind`, in load order (the first of two with one id only).
    std::span<const Entity* const> of_kind(std::string_view kind) const;
    /// The entity a link's `target` names, among the kinds `relation` allows; or nullptr.
    const Entity* link_target(const RelationDef& relation, std::string_view target) const;
    /// The links that point at `entity`, in load order; empty for an entity not of this graph.
    std::span<const IncomingLink> incoming(const Entity& entity) const;
    /// The links of `entity`, in its order, each with its relation and target resolved; empty
    /// for an entity not of this graph.
    std::span<const OutgoingLink> outgoing(const Entity& entity) const;

private:
    Schema m_schema;
    std::vector<Entity> m_entities;
    std::vector<FolderInfo> m_folders;
    Vocabulary m_vocabulary;
    /// Entity indexes by id (views of the ids in `m_entities`, whose strings never move);
    /// one id may name entities of several kinds.
    std::unordered_multimap<std::string_view, std::size_t> m_by_id;
    std::vector<std::vector<IncomingLink>> m_incoming; ///< by the entity's index
    std::vector<std::vector<OutgoingLink>> m_outgoing; ///< by the entity's index
    std::map<std::string, std::vector<const Entity*>, std::less<>> m_by_kind;

    /// The index of `entity` in `m_entities`, or none for an entity not of this graph.
    std::optional<std::size_t> index_of(const Entity& entity) const;
};

} // namespace aistrat::model
