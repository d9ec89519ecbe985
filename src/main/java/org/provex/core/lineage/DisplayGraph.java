package org.provex.core.lineage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the lineage view draws: boxes (a node, or a group standing for a large fan-out) and arrows in data-flow
 * direction (inputs point at what they fed), built by {@link FanOutGrouping}.
 *
 * @param rootId the id of the root's box
 * @param boxes every box, the root first
 * @param arrows the arrows among the boxes, each once
 */
public record DisplayGraph(String rootId, List<Box> boxes, List<Arrow> arrows) {

    public DisplayGraph {
        boxes = List.copyOf(boxes);
        arrows = List.copyOf(arrows);
    }

    /**
     * A box: a node (its RID is the id) or a group.
     *
     * @param hidden how many nodes are folded into it (a collapsed node's neighbours, a group's members and what
     *     lies beyond them)
     */
    public record Box(String id, LineageNode node, Group group, int hidden) {

        public boolean isGroup() {
            return group != null;
        }
    }

    /**
     * Many nodes of one kind reached the same way from one node, drawn as one box ("237 executions consumed this
     * version").
     *
     * @param key stable id of the group (anchor, direction, kind), used to expand it
     * @param anchor the RID of the node they hang off
     * @param relation how they relate to the anchor ({@code consumed}, {@code produced}, ...)
     * @param beyond nodes reached only through the members, folded into the group too
     */
    public record Group(String key, String anchor, String kind, String direction, String relation,
                        List<LineageNode> members, int beyond) {

        public Group {
            members = List.copyOf(members);
        }
    }

    /** An arrow from the box data came from to the box it fed, with the relation as deriva-ml states it. */
    public record Arrow(String from, String to, String relation) {
    }

    public Optional<Box> box(String id) {
        return boxes.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    /**
     * The shortest chain of arrows between two boxes, followed either way (data may have flowed from either end):
     * the ids from {@code a} to {@code b}, both included; empty when they are not connected.
     */
    public List<String> path(String a, String b) {
        Map<String, List<String>> next = new HashMap<>();
        for (Arrow arrow : arrows) {
            next.computeIfAbsent(arrow.from(), k -> new ArrayList<>()).add(arrow.to());
            next.computeIfAbsent(arrow.to(), k -> new ArrayList<>()).add(arrow.from());
        }
        Map<String, String> cameFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(a));
        cameFrom.put(a, a);
        while (!queue.isEmpty()) {
            String at = queue.poll();
            if (at.equals(b)) {
                List<String> path = new ArrayList<>();
                for (String s = b; !s.equals(a); s = cameFrom.get(s)) {
                    path.add(0, s);
                }
                path.add(0, a);
                return path;
            }
            for (String n : next.getOrDefault(at, List.of())) {
                if (cameFrom.putIfAbsent(n, at) == null) {
                    queue.add(n);
                }
            }
        }
        return List.of();
    }
}
