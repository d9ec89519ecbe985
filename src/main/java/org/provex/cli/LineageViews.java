package org.provex.cli;

import java.util.List;
import java.util.Map;
import org.provex.core.lineage.ImpactReport;
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

    static String describe(LineageNode n) {
        return TextTable.clean(ImpactReport.describe(n));
    }

    static String text(LineageGraph g, String title) {
        StringBuilder sb = new StringBuilder(title).append(' ').append(describe(g.root())).append('\n');
        sb.append(ImpactReport.summary(g)).append('\n');
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
}
