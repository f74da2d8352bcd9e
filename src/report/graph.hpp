// The knowledge as a graph: entities as nodes, links as labelled edges, optionally limited
// to some kinds or to the neighbourhood of one entity.
#pragma once

#include "model/knowledge_base.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace aistrat::report {

struct GraphNode {
    const model::Entity* entity = nullptr;
    std::size_t kind_index = 0; ///< the kind's place in the schema, for styling
};

struct GraphEdge {
    std::size_t from = 0; ///< indexes into nodes
    std::size_t to = 0;
    std::string relation;
    model::Basis basis = model::Basis::Stated;
};

struct Graph {
    std::vector<GraphNode> nodes;
    std::vector<GraphEdge> edges;
    std::vector<std::string> kinds; ///< the schema's kinds, in order
};

/// The most entities and links a graph holds: past them no reader draws it usefully (Graphviz
/// takes minutes, Mermaid draws 500 links), and its JSON alone costs hundreds of MiB.
inline constexpr std::size_t k_max_graph_nodes = 5'000;
inline constexpr std::size_t k_max_graph_edges = 20'000;

struct GraphOptions {
    std::vector<std::string> kinds;        ///< keep only these kinds (canonical names); empty: all
    const model::Entity* around = nullptr; ///< keep only entities within `depth` links of it
    std::size_t depth = 1;
};

/// The graph of `kb` under `options`; edges join kept nodes only.
Graph build_graph(const model::KnowledgeBase& kb, const GraphOptions& options);

/// The graph as JSON: {schema_version, nodes: [{key, kind, id, title}], edges: [{from, to,
/// relation, basis}]}, where a key is `kind:id`.
nlohmann::ordered_json graph_data(const Graph& graph);

} // namespace aistrat::report
