// Building the entity graph with kind filters and breadth-first neighbourhoods.
#include "report/graph.hpp"

#include "report/entity_data.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <set>
#include <unordered_map>

namespace aistrat::report {

namespace {

using model::Entity;

/// Every link of `kb` as (from, to, link), targets resolved.
std::vector<std::tuple<const Entity*, const Entity*, const model::Link*>>
all_links(const model::KnowledgeBase& kb) {
    std::vector<std::tuple<const Entity*, const Entity*, const model::Link*>> out;
    for (const auto& kind : kb.schema().kinds)
        for (const Entity* e : kb.of_kind(kind.name))
            for (const auto& link : kb.outgoing(*e))
                if (link.target != nullptr)
                    out.emplace_back(e, link.target, link.link);
    return out;
}

} // namespace

Graph build_graph(const model::KnowledgeBase& kb, const GraphOptions& options) {
    Graph graph;
    graph.kinds = kb.schema().kind_names();
    const auto links = all_links(kb);
    std::set<const Entity*> keep;
    for (const auto& kind : kb.schema().kinds)
        if (options.kinds.empty() ||
            std::find(options.kinds.begin(), options.kinds.end(), kind.name) != options.kinds.end())
            for (const Entity* e : kb.of_kind(kind.name))
                keep.insert(e);
    if (options.around != nullptr) {
        // Breadth-first over links in both directions, through entities of every kind: the
        // neighbourhood is taken first, then kept to the kinds asked for (the start too, if it
        // is of none of them). Each entity's neighbours are gathered once, so the walk costs the
        // links, not links times entities.
        std::unordered_map<const Entity*, std::vector<const Entity*>> neighbours;
        for (const auto& [from, to, link] : links) {
            neighbours[from].push_back(to);
            neighbours[to].push_back(from);
        }
        std::unordered_map<const Entity*, std::size_t> distance{{options.around, 0}};
        std::deque<const Entity*> queue{options.around};
        while (!queue.empty()) {
            const Entity* e = queue.front();
            queue.pop_front();
            const std::size_t here = distance.at(e);
            if (here == options.depth)
                continue;
            const auto found = neighbours.find(e);
            if (found == neighbours.end())
                continue;
            for (const Entity* next : found->second) {
                if (distance.count(next) != 0)
                    continue;
                distance.emplace(next, here + 1);
                queue.push_back(next);
            }
        }
        std::set<const Entity*> near;
        for (const auto& [e, d] : distance)
            if (keep.count(e) != 0)
                near.insert(e);
        keep = std::move(near);
    }
    std::map<const Entity*, std::size_t> index;
    for (const auto& kind : kb.schema().kinds) {
        const auto position = static_cast<std::size_t>(&kind - kb.schema().kinds.data());
        for (const Entity* e : kb.of_kind(kind.name))
            if (keep.count(e) != 0) {
                index[e] = graph.nodes.size();
                graph.nodes.push_back({e, position});
            }
    }
    for (const auto& [from, to, link] : links)
        if (index.count(from) != 0 && index.count(to) != 0)
            graph.edges.push_back({index[from], index[to], link->relation, link->support.basis});
    return graph;
}

nlohmann::ordered_json graph_data(const Graph& graph) {
    using json = nlohmann::ordered_json;
    const auto key = [&](std::size_t i) {
        return graph.nodes[i].entity->kind + ":" + graph.nodes[i].entity->id;
    };
    json nodes = json::array();
    for (std::size_t i = 0; i < graph.nodes.size(); ++i)
        nodes.push_back({{"key", key(i)},
                         {"kind", graph.nodes[i].entity->kind},
                         {"id", graph.nodes[i].entity->id},
                         {"title", graph.nodes[i].entity->title}});
    json edges = json::array();
    for (const auto& e : graph.edges)
        edges.push_back({{"from", key(e.from)},
                         {"to", key(e.to)},
                         {"relation", e.relation},
                         {"basis", model::basis_name(e.basis)}});
    return {{"schema_version", k_schema_version}, {"nodes", nodes}, {"edges", edges}};
}

} // namespace aistrat::report
