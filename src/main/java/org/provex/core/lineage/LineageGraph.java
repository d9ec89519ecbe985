package org.provex.core.lineage;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of a walk: the root, every node reached (root first, then by depth) and the edges among them.
 *
 * @param root the starting node (a synthetic {@code commit} node for a commit's impact)
 * @param nodes the root and every node reached
 * @param edges each relation found, once
 */
public record LineageGraph(LineageNode root, List<LineageNode> nodes, List<LineageEdge> edges) {

    public LineageGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** The nodes other than the root, by depth (1, 2, ...); upstream and downstream nodes share a depth. */
    public Map<Integer, List<LineageNode>> byDepth() {
        Map<Integer, List<LineageNode>> groups = new TreeMap<>();
        nodes.stream().filter(n -> n.depth() > 0)
                .forEach(n -> groups.computeIfAbsent(n.depth(), d -> new java.util.ArrayList<>()).add(n));
        return groups;
    }

    /** Number of reached nodes of a kind (the root excluded). */
    public long count(String kind) {
        return nodes.stream().filter(n -> n.depth() > 0 && n.kind().equals(kind)).count();
    }
}
