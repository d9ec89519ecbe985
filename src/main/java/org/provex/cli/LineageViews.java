package org.provex.cli;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.provex.core.lineage.LineageEdge;
import org.provex.core.lineage.LineageGraph;
import org.provex.core.lineage.LineageNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Lineage and impact graphs as JSON, text, Markdown and Graphviz dot. */
final class LineageViews {

    private LineageViews() {
    }

    static ObjectNode json(LineageGraph g) {
        ObjectNode out = JsonViews.F.objectNode();
        out.set("root", node(g.root()));
        ArrayNode nodes = out.putArray("nodes");
        g.nodes().stream().filter(n -> n.depth() > 0).forEach(n -> nodes.add(node(n)));
        ArrayNode edges = out.putArray("edges");
        for (LineageEdge e : g.edges()) {
            edges.addObject().put("from", e.from()).put("to", e.to()).put("relation", e.relation());
        }
        return out;
    }

    private static ObjectNode node(LineageNode n) {
        ObjectNode o = JsonViews.F.objectNode();
        o.put("rid", n.rid()).put("kind", n.kind()).put("label", n.label()).put("depth", n.depth())
                .put("direction", n.direction()).put("status", n.status()).put("detail", n.detail())
                .put("unknown_provenance", n.unknownProvenance());
        ArrayNode path = o.putArray("path");
        n.path().forEach(p -> path.add(p.isEmpty() ? null : p));
        return o;
    }

    /** Counts by kind (executions also by status), for the summary line. */
    static String summary(LineageGraph g) {
        Map<String, Long> kinds = new TreeMap<>();
        Map<String, Long> statuses = new TreeMap<>();
        for (LineageNode n : g.nodes()) {
            if (n.depth() > 0) {
                kinds.merge(n.kind(), 1L, Long::sum);
                if (n.kind().equals("execution") && n.status() != null) {
                    statuses.merge(n.status(), 1L, Long::sum);
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        kinds.forEach((k, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(n).append(' ').append(plural(k, n)));
        if (!statuses.isEmpty()) {
            sb.append(" (executions: ");
            StringBuilder s = new StringBuilder();
            statuses.forEach((k, n) -> s.append(s.length() == 0 ? "" : ", ").append(n).append(' ').append(k));
            sb.append(s).append(')');
        }
        return sb.length() == 0 ? "nothing reached" : sb.toString();
    }

    private static String plural(String kind, long n) {
        String word = kind.replace('_', ' ');
        return n == 1 ? word : word + "s";
    }

    static String describe(LineageNode n) {
        String label = n.label() == null ? "" : TextTable.clean(n.label());
        return n.kind() + " " + (n.rid() == null ? "" : n.rid() + " ") + label
                + (n.status() == null ? "" : " [" + n.status() + "]")
                + (n.unknownProvenance() ? " (unknown provenance)" : "");
    }

    static String text(LineageGraph g, String title) {
        StringBuilder sb = new StringBuilder(title).append(' ').append(describe(g.root())).append('\n');
        sb.append(summary(g)).append('\n');
        for (Map.Entry<Integer, List<LineageNode>> level : g.byDepth().entrySet()) {
            sb.append("\nDepth ").append(level.getKey()).append('\n');
            for (LineageNode n : level.getValue()) {
                sb.append("  ").append(n.direction().equals("up") ? "<- " : "-> ").append(describe(n)).append('\n');
                sb.append("       via ").append(String.join(" > ", n.path().stream()
                        .map(p -> p.isEmpty() ? g.root().label() : p).toList())).append('\n');
            }
        }
        return sb.toString();
    }

    static String markdown(LineageGraph g) {
        StringBuilder sb = new StringBuilder("# Impact of ").append(md(describe(g.root()))).append("\n\n");
        sb.append(md(summary(g))).append("\n");
        for (Map.Entry<Integer, List<LineageNode>> level : g.byDepth().entrySet()) {
            sb.append("\n## Depth ").append(level.getKey()).append("\n\n| Kind | RID | Label | Status | Path |\n")
                    .append("|---|---|---|---|---|\n");
            for (LineageNode n : level.getValue()) {
                sb.append("| ").append(n.kind()).append(" | ").append(n.rid()).append(" | ").append(md(n.label()))
                        .append(" | ").append(n.status() == null ? "" : md(n.status())).append(" | ")
                        .append(md(String.join(" → ", n.path().stream().map(p -> p.isEmpty() ? g.root().label() : p)
                                .toList()))).append(" |\n");
            }
        }
        return sb.toString();
    }

    static String dot(LineageGraph g) {
        StringBuilder sb = new StringBuilder("digraph lineage {\n  rankdir=LR;\n  node [shape=box];\n");
        for (LineageNode n : g.nodes()) {
            String id = n.rid() == null ? "" : n.rid();
            sb.append("  \"").append(dotText(id)).append("\" [label=\"").append(dotText(n.kind() + "\\n"
                    + (n.rid() == null ? "" : n.rid() + "\\n") + (n.label() == null ? "" : n.label()))).append('"')
                    .append(n.depth() == 0 ? ", style=bold" : "").append("];\n");
        }
        for (LineageEdge e : g.edges()) {
            // drawn in data-flow direction so that inputs sit left of what they fed
            String from = e.reversed() ? e.to() : e.from();
            String to = e.reversed() ? e.from() : e.to();
            sb.append("  \"").append(dotText(from)).append("\" -> \"").append(dotText(to)).append("\" [label=\"")
                    .append(e.relation()).append("\"];\n");
        }
        return sb.append("}\n").toString();
    }

    private static String dotText(String s) {
        return TextTable.clean(s).replace("\\", "\\\\").replace("\"", "\\\"").replace("\\\\n", "\\n");
    }

    private static String md(String s) {
        return s == null ? "" : TextTable.clean(s).replace("|", "\\|").replace("<", "&lt;");
    }
}
