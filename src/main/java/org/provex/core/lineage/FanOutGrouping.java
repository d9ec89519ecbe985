package org.provex.core.lineage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds an {@link ExploredGraph} into what the lineage view draws. Walking the graph's tree from the root, the
 * nodes first reached from one node in the same direction and of the same kind become one group box when there
 * are more than {@code threshold} of them (unless that group was expanded); a collapsed node keeps its box and
 * hides what was reached through it. Whatever is folded takes its arrows to the box that stands for it, so a
 * graph of 30,000 nodes draws as a few dozen boxes.
 */
public final class FanOutGrouping {

    /** Groups of more than this many nodes are folded by default. */
    public static final int DEFAULT_THRESHOLD = 12;

    private final ExploredGraph graph;
    private final int threshold;
    private final Set<String> expandedGroups;
    private final Set<String> collapsed;
    private final Map<String, List<String>> children;
    private final Map<String, String> standsFor = new HashMap<>();
    private final List<DisplayGraph.Box> boxes = new ArrayList<>();
    private final Map<String, String> relations = new HashMap<>();

    private FanOutGrouping(ExploredGraph graph, int threshold, Set<String> expandedGroups, Set<String> collapsed) {
        this.graph = graph;
        this.threshold = threshold;
        this.expandedGroups = Set.copyOf(expandedGroups);
        this.collapsed = Set.copyOf(collapsed);
        this.children = graph.children();
        for (LineageEdge e : graph.edges()) {
            relations.putIfAbsent(e.from() + "\n" + e.to(), e.relation());
            relations.putIfAbsent(e.to() + "\n" + e.from(), e.relation());
        }
    }

    /**
     * The boxes and arrows to draw.
     *
     * @param expandedGroups keys of groups the user opened ({@link DisplayGraph.Group#key()})
     * @param collapsed ids of nodes whose neighbours the user folded away
     */
    public static DisplayGraph group(ExploredGraph graph, int threshold, Set<String> expandedGroups,
                                     Set<String> collapsed) {
        FanOutGrouping g = new FanOutGrouping(graph, threshold, expandedGroups, collapsed);
        g.visit(graph.rootId());
        // nodes the tree does not reach (none in a walk's own graph) still get a box of their own
        for (LineageNode n : graph.nodes()) {
            if (!g.standsFor.containsKey(ExploredGraph.id(n))) {
                g.visit(ExploredGraph.id(n));
            }
        }
        return new DisplayGraph(graph.rootId(), g.boxes, g.arrows());
    }

    /** The key of the group of {@code kind} nodes reached from {@code anchor} in {@code direction}. */
    public static String groupKey(String anchor, String direction, String kind) {
        return "group:" + anchor + ":" + direction + ":" + kind;
    }

    private void visit(String id) {
        List<String> stack = new ArrayList<>(List.of(id));
        while (!stack.isEmpty()) {
            String at = stack.remove(stack.size() - 1);
            LineageNode node = graph.node(at);
            standsFor.put(at, at);
            List<String> kids = children.getOrDefault(at, List.of());
            if (collapsed.contains(at)) {
                int hidden = fold(kids, at);
                boxes.add(new DisplayGraph.Box(at, node, null, hidden));
                continue;
            }
            boxes.add(new DisplayGraph.Box(at, node, null, 0));
            Map<String, List<String>> buckets = new LinkedHashMap<>();
            for (String k : kids) {
                LineageNode c = graph.node(k);
                buckets.computeIfAbsent(c.direction() + ":" + c.kind(), b -> new ArrayList<>()).add(k);
            }
            List<String> shown = new ArrayList<>();
            for (List<String> bucket : buckets.values()) {
                LineageNode first = graph.node(bucket.get(0));
                String key = groupKey(at, first.direction(), first.kind());
                if (bucket.size() > threshold && !expandedGroups.contains(key)) {
                    int beyond = fold(bucket, key) - bucket.size();
                    String relation = relations.getOrDefault(at + "\n" + bucket.get(0), "");
                    DisplayGraph.Group group = new DisplayGraph.Group(key, at, first.kind(), first.direction(),
                            relation, bucket.stream().map(graph::node).toList(), beyond);
                    boxes.add(new DisplayGraph.Box(key, null, group, bucket.size() + beyond));
                } else {
                    shown.addAll(bucket);
                }
            }
            for (int i = shown.size() - 1; i >= 0; i--) {
                stack.add(shown.get(i));
            }
        }
    }

    /** Folds nodes and everything reached through them into the box {@code into}; returns how many. */
    private int fold(List<String> nodes, String into) {
        int n = 0;
        List<String> stack = new ArrayList<>(nodes);
        while (!stack.isEmpty()) {
            String at = stack.remove(stack.size() - 1);
            if (standsFor.putIfAbsent(at, into) == null) {
                n++;
                stack.addAll(children.getOrDefault(at, List.of()));
            }
        }
        return n;
    }

    /** The graph's edges between the boxes standing for their ends, in data-flow direction, each once. */
    private List<DisplayGraph.Arrow> arrows() {
        Set<DisplayGraph.Arrow> out = new LinkedHashSet<>();
        for (LineageEdge e : graph.edges()) {
            String from = standsFor.get(e.reversed() ? e.to() : e.from());
            String to = standsFor.get(e.reversed() ? e.from() : e.to());
            if (from != null && to != null && !from.equals(to)) {
                out.add(new DisplayGraph.Arrow(from, to, e.relation()));
            }
        }
        return new ArrayList<>(out);
    }
}
