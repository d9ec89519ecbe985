package org.provex.core.lineage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of the lineage the lineage view has explored: the first walk, plus the neighbours of nodes expanded
 * since. Each node remembers the node it was first reached from (its place in the walk's tree), which is what
 * fan-out grouping and collapsing fold along. Immutable: expanding returns a new graph, so a background task can
 * build on it while the window shows the old one.
 */
public final class ExploredGraph {

    private final String rootId;
    private final Map<String, LineageNode> nodes;
    private final Map<String, String> parents;
    private final Set<LineageEdge> edges;

    private ExploredGraph(String rootId, Map<String, LineageNode> nodes, Map<String, String> parents,
                          Set<LineageEdge> edges) {
        this.rootId = rootId;
        this.nodes = nodes;
        this.parents = parents;
        this.edges = edges;
    }

    /** The id of a node in the graph: its RID, or the empty text for a synthetic root (a commit). */
    public static String id(LineageNode n) {
        return n.rid() == null ? "" : n.rid();
    }

    /** The nodes and edges of one walk; each node's parent is the one before it on its path. */
    public static ExploredGraph of(LineageGraph walk) {
        Map<String, LineageNode> nodes = new LinkedHashMap<>();
        Map<String, String> parents = new LinkedHashMap<>();
        for (LineageNode n : walk.nodes()) {
            nodes.put(id(n), n);
            if (n.path().size() > 1) {
                parents.put(id(n), n.path().get(n.path().size() - 2));
            }
        }
        return new ExploredGraph(id(walk.root()), nodes, parents, new LinkedHashSet<>(walk.edges()));
    }

    /**
     * This graph with the nodes and edges of a walk from {@code anchor} added; nodes new to the graph hang off the
     * node before them on that walk's path, so they fold with the anchor.
     */
    public ExploredGraph expand(String anchor, LineageGraph walk) {
        Map<String, LineageNode> n = new LinkedHashMap<>(nodes);
        Map<String, String> p = new LinkedHashMap<>(parents);
        for (LineageNode node : walk.nodes()) {
            String id = id(node);
            if (!n.containsKey(id) && node.path().size() > 1) {
                n.put(id, node);
                p.put(id, node.path().get(node.path().size() - 2));
            }
        }
        Set<LineageEdge> e = new LinkedHashSet<>(edges);
        e.addAll(walk.edges());
        if (!n.containsKey(anchor)) {
            throw new IllegalArgumentException("not in the graph: " + anchor);
        }
        return new ExploredGraph(rootId, n, p, e);
    }

    public String rootId() {
        return rootId;
    }

    public LineageNode node(String id) {
        return nodes.get(id);
    }

    public int size() {
        return nodes.size();
    }

    /** Every node, the root first, in the order they were reached. */
    public List<LineageNode> nodes() {
        return List.copyOf(nodes.values());
    }

    /** The node a node was first reached from (null for the root). */
    public String parent(String id) {
        return parents.get(id);
    }

    /** For every node, the nodes first reached from it, in the order they were reached. */
    public Map<String, List<String>> children() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        parents.forEach((child, parent) -> out.computeIfAbsent(parent, k -> new ArrayList<>()).add(child));
        return out;
    }

    /** Every edge, in the order found. */
    public List<LineageEdge> edges() {
        return List.copyOf(edges);
    }
}
