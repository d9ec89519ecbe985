package org.provex.core.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A structural diff of two JSON or YAML documents keyed by path (see {@link FlatTree} for paths and how list
 * elements are matched). A subtree present on one side only is one ADDED or REMOVED change, not one per leaf; a
 * value that changes type (a list replacing null) is one CHANGED change. Never a line diff.
 */
public final class TreeDiff {

    private TreeDiff() {
    }

    /** The changes from {@code left} to {@code right} in document order; null or missing counts as empty. */
    public static List<TreeChange> diff(JsonNode left, JsonNode right, boolean reveal) {
        return diff(FlatTree.of(left), FlatTree.of(right), reveal);
    }

    /** Secrets masked, see {@link #diff(JsonNode, JsonNode, boolean)}. */
    public static List<TreeChange> diff(JsonNode left, JsonNode right) {
        return diff(left, right, false);
    }

    static List<TreeChange> diff(FlatTree left, FlatTree right, boolean reveal) {
        Map<String, TreeChange> found = new HashMap<>();
        Set<String> closed = new HashSet<>();
        for (FlatTree.Entry l : left.entries().values()) {
            if (underClosed(l, left, closed)) {
                continue;
            }
            FlatTree.Entry r = right.get(l.path());
            if (r == null) {
                found.put(l.path(), change(l.path(), CellState.REMOVED, l, null, reveal));
                closed.add(l.path());
            } else if ((l.leaf() || r.leaf()) && !sameKind(l, r) && !l.node().equals(r.node())) {
                found.put(l.path(), change(l.path(), CellState.CHANGED, l, r, reveal));
                closed.add(l.path());
            }
        }
        for (FlatTree.Entry r : right.entries().values()) {
            if (left.get(r.path()) == null && (r.parent() == null || left.get(r.parent()) != null)
                    && !underClosed(r, right, closed)) {
                found.put(r.path(), change(r.path(), CellState.ADDED, null, r, reveal));
                closed.add(r.path());
            }
        }
        moves(left, right, closed, found, reveal);
        PathOrder order = new PathOrder();
        order.add(left.entries().keySet());
        order.add(right.entries().keySet());
        List<TreeChange> out = new ArrayList<>();
        for (String path : order.keys()) {
            TreeChange c = found.get(path);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private static void moves(FlatTree left, FlatTree right, Set<String> closed, Map<String, TreeChange> found,
                              boolean reveal) {
        for (Map.Entry<String, List<String>> list : left.keyedLists().entrySet()) {
            List<String> after = right.keyedLists().get(list.getKey());
            FlatTree.Entry owner = left.get(list.getKey());
            if (after == null || closed.contains(list.getKey()) || underClosed(owner, left, closed)) {
                continue;
            }
            for (String path : Moves.moved(list.getValue(), after)) {
                FlatTree.Entry l = left.get(path);
                FlatTree.Entry r = right.get(path);
                found.putIfAbsent(path, new TreeChange(path, CellState.MOVED, Display.of(l, reveal),
                        Display.of(r, reveal), l.index(), r.index()));
            }
        }
    }

    /** Two objects, or two lists: compared member by member even when one of them is empty. */
    static boolean sameKind(FlatTree.Entry l, FlatTree.Entry r) {
        return l.node().isObject() && r.node().isObject() || l.node().isArray() && r.node().isArray();
    }

    private static boolean underClosed(FlatTree.Entry e, FlatTree tree, Set<String> closed) {
        for (String p = e.parent(); p != null; ) {
            if (closed.contains(p)) {
                return true;
            }
            FlatTree.Entry parent = tree.get(p);
            p = parent == null ? null : parent.parent();
        }
        return false;
    }

    private static TreeChange change(String path, CellState state, FlatTree.Entry l, FlatTree.Entry r,
                                     boolean reveal) {
        return new TreeChange(path, state, Display.of(l, reveal), Display.of(r, reveal), -1, -1);
    }
}
