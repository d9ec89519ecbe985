package org.provex.core.lineage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.MemberRows;
import org.provex.core.cache.query.LineageQueries;
import org.provex.core.cache.query.LineageQueries.Link;
import org.provex.core.cache.query.LineageQueries.NodeFacts;

/**
 * Breadth-first walks over the cache's provenance: one frontier at a time, each step a few indexed queries for the
 * whole frontier ({@link LineageQueries}), so the cost grows with the nodes reached, not with the cache. Every node
 * is visited once (cycles end there) and the first way the walk reached it is its path. The unknown-provenance
 * sentinels are shown but never walked through: everything without a recorded input hangs off them, and following
 * them would tie unrelated runs together. Dataset members (stored by {@link MemberSync}) link an asset to the dataset
 * versions that held it.
 */
public final class LineageWalker {

    /** Which way to walk from the root. */
    public enum Direction { UP, DOWN, BOTH }

    /** What a walk follows. */
    public record Options(Direction direction, int maxDepth, boolean orchestration, boolean metadataFiles) {

        /** Lineage as shown to people: both ways, sweep parents and jobs included, metadata files left out. */
        public static Options lineage(Direction direction, int maxDepth) {
            return new Options(direction, maxDepth, true, false);
        }

        /** Impact: data flow downstream only, to any depth. */
        public static Options impact() {
            return new Options(Direction.DOWN, Integer.MAX_VALUE, false, false);
        }
    }

    private final CacheDatabase db;
    private final LineageQueries queries;
    /** Facts read during the current walk, so that no node is looked up twice. */
    private final Map<String, NodeFacts> known = new HashMap<>();

    public LineageWalker(CacheDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
        this.queries = new LineageQueries(db);
    }

    /** Whether the cache has a node with this (normalised) RID. */
    public boolean knows(String rid) {
        return !factsOf(List.of(rid)).isEmpty();
    }

    /** Walks from one RID the cache knows. */
    public LineageGraph walk(String root, Options options) {
        return walk(factsOf(List.of(root)).get(root), List.of(root), options);
    }

    /**
     * Walks from several starting RIDs under one root node (a commit, or the asset rows sharing an MD5); the starts
     * are at depth 1 when the root is synthetic (rid null), else the root is the first start.
     */
    synchronized LineageGraph walk(NodeFacts root, List<String> starts, Options options) {
        known.clear();
        Map<String, Reached> reached = new LinkedHashMap<>();
        Set<LineageEdge> edges = new LinkedHashSet<>();
        String rootKey = root.rid() != null ? root.rid() : "";
        reached.put(rootKey, new Reached(0, "root", List.of(rootKey)));
        List<String> frontier = new ArrayList<>();
        if (root.rid() == null) {
            for (String s : starts) {
                reached.put(s, new Reached(1, "down", List.of(rootKey, s)));
                edges.add(new LineageEdge(rootKey, s, "code"));
                frontier.add(s);
            }
        } else {
            frontier.addAll(starts);
        }
        if (options.direction() != Direction.UP) {
            walk(frontier, true, options, reached, edges);
        }
        if (options.direction() != Direction.DOWN) {
            walk(frontier, false, options, reached, edges);
        }
        return assemble(root, reached, edges);
    }

    private record Reached(int depth, String direction, List<String> path) {
    }

    private void walk(List<String> starts, boolean down, Options options, Map<String, Reached> reached,
                      Set<LineageEdge> edges) {
        List<String> frontier = new ArrayList<>(starts);
        Set<String> sentinels = new HashSet<>();
        int depth = starts.isEmpty() ? 0 : reached.get(starts.get(0)).depth();
        while (!frontier.isEmpty() && depth < options.maxDepth()) {
            Map<String, NodeFacts> facts = factsOf(frontier);
            Set<String> kinds = new HashSet<>();
            facts.values().forEach(f -> kinds.add(f.kind()));
            List<Link> links = new ArrayList<>(down
                    ? queries.downstream(frontier, kinds, options.orchestration(), options.metadataFiles())
                    : queries.upstream(frontier, kinds, options.orchestration(), options.metadataFiles()));
            if (down) {
                links.addAll(holdingVersions(frontier));
            }
            List<String> next = new ArrayList<>();
            Set<String> inFrontier = Set.copyOf(frontier);
            for (Link link : links) {
                String from = down ? link.from() : link.to();
                String to = down ? link.to() : link.from();
                if (!inFrontier.contains(from)) {
                    continue;
                }
                edges.add(stated(link));
                if (!reached.containsKey(to)) {
                    List<String> path = new ArrayList<>(reached.get(from).path());
                    path.add(to);
                    reached.put(to, new Reached(depth + 1, down ? "down" : "up", path));
                    next.add(to);
                }
            }
            sentinels.addAll(factsOf(next).values().stream().filter(NodeFacts::unknownProvenance)
                    .map(NodeFacts::rid).toList());
            next.removeIf(sentinels::contains);
            frontier = next;
            depth++;
        }
    }

    /** Dataset versions whose stored members include a frontier asset (flow: the asset fed the version). */
    private List<Link> holdingVersions(Collection<String> frontier) {
        List<NodeFacts> assets = factsOf(frontier).values().stream()
                .filter(f -> f.kind().equals("asset") || f.kind().equals("file")).toList();
        if (assets.isEmpty()) {
            return List.of();
        }
        return db.read(c -> {
            MemberRows rows = MemberRows.on(c);
            Set<String> tables = rows.memberTables();
            List<Link> links = new ArrayList<>();
            for (NodeFacts a : assets) {
                if (!tables.contains(a.detail())) {
                    continue;
                }
                for (MemberRows.Holding h : rows.holding(a.detail(), a.rid())) {
                    links.add(new Link(a.rid(), h.versionRid(), "contains"));
                }
            }
            return links;
        });
    }

    /** A data-flow link as the relation is stated ({@code contains} points from the container to its member). */
    private static LineageEdge stated(Link link) {
        return link.relation().equals("contains") ? new LineageEdge(link.to(), link.from(), "contains")
                : new LineageEdge(link.from(), link.to(), link.relation());
    }

    private LineageGraph assemble(NodeFacts root, Map<String, Reached> reached, Set<LineageEdge> edges) {
        Map<String, NodeFacts> facts = factsOf(reached.keySet().stream().filter(k -> !k.isEmpty()).toList());
        List<LineageNode> nodes = new ArrayList<>();
        LineageNode rootNode = null;
        for (Map.Entry<String, Reached> e : reached.entrySet()) {
            NodeFacts f = e.getKey().isEmpty() ? root : facts.getOrDefault(e.getKey(),
                    new NodeFacts(e.getKey(), "unknown", e.getKey(), null, null, false));
            Reached r = e.getValue();
            LineageNode node = new LineageNode(f.rid(), f.kind(), f.label(), f.status(), f.detail(),
                    f.unknownProvenance(), r.depth(), r.direction(), r.path());
            if (r.depth() == 0) {
                rootNode = node;
            } else {
                nodes.add(node);
            }
        }
        nodes.sort(java.util.Comparator.comparingInt(LineageNode::depth).thenComparing(LineageNode::direction)
                .thenComparing(LineageNode::kind).thenComparing(n -> n.rid() == null ? "" : n.rid()));
        nodes.add(0, rootNode);
        return new LineageGraph(rootNode, nodes, new ArrayList<>(edges));
    }

    /** The facts of RIDs (unknown ones left out), each read from the cache once per walk. */
    synchronized Map<String, NodeFacts> factsOf(Collection<String> rids) {
        List<String> missing = rids.stream().filter(r -> !known.containsKey(r)).distinct().toList();
        if (!missing.isEmpty()) {
            queries.facts(missing).forEach(f -> known.putIfAbsent(f.rid(), f));
        }
        Map<String, NodeFacts> byRid = new HashMap<>();
        for (String rid : rids) {
            NodeFacts f = known.get(rid);
            if (f != null) {
                byRid.put(rid, f);
            }
        }
        return byRid;
    }
}
