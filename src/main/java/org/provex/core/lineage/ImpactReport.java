package org.provex.core.lineage;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The words of an impact report, shared by the CLI and the window: the summary line and the Markdown export. */
public final class ImpactReport {

    private ImpactReport() {
    }

    /** Counts by kind, executions also by status: {@code 9 executions, 12 assets (executions: 9 Completed)}. */
    public static String summary(LineageGraph g) {
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
            StringBuilder s = new StringBuilder();
            statuses.forEach((k, n) -> s.append(s.length() == 0 ? "" : ", ").append(n).append(' ').append(k));
            sb.append(" (executions: ").append(s).append(')');
        }
        return sb.length() == 0 ? "nothing reached" : sb.toString();
    }

    /** A kind in words, plural when {@code n} is not one: {@code dataset versions}. */
    public static String plural(String kind, long n) {
        String word = kind.replace('_', ' ');
        return n == 1 ? word : word + "s";
    }

    /** {@code kind RID label [status]}, as catalog text (unescaped). */
    public static String describe(LineageNode n) {
        return n.kind() + " " + (n.rid() == null ? "" : n.rid() + " ") + (n.label() == null ? "" : n.label())
                + (n.status() == null ? "" : " [" + n.status() + "]")
                + (n.unknownProvenance() ? " (unknown provenance)" : "");
    }

    /** The path that explains a node, root first: {@code 1-ABC → 1-DEF → 1-GHI}. */
    public static String path(LineageGraph g, LineageNode n) {
        return String.join(" \u2192 ", n.path().stream().map(p -> p.isEmpty() ? g.root().label() : p).toList());
    }

    /** The report as Markdown: the summary, then a table per depth; catalog text is escaped. */
    public static String markdown(LineageGraph g) {
        StringBuilder sb = new StringBuilder("# Impact of ").append(cell(describe(g.root())))
                .append("\n\n").append(cell(summary(g))).append("\n");
        for (Map.Entry<Integer, List<LineageNode>> level : g.byDepth().entrySet()) {
            sb.append("\n## Depth ").append(level.getKey()).append("\n\n| Kind | RID | Label | Status | Path |\n")
                    .append("|---|---|---|---|---|\n");
            for (LineageNode n : level.getValue()) {
                sb.append("| ").append(n.kind()).append(" | ").append(cell(n.rid())).append(" | ")
                        .append(cell(n.label())).append(" | ").append(cell(n.status()))
                        .append(" | ").append(cell(path(g, n))).append(" |\n");
            }
        }
        return sb.toString();
    }

    /**
     * Catalog text for a Markdown line or table cell: control characters dropped, line breaks as spaces, and the
     * characters that could start Markdown or HTML syntax backslash-escaped. (The comparison report has the same
     * rule; it is not reused because core.diff.export depends, through core.links, on the demo, which depends on
     * this package.)
     */
    static String cell(String s) {
        StringBuilder b = new StringBuilder();
        for (char ch : (s == null ? "" : s).toCharArray()) {
            if (ch == '\n' || ch == '\r' || ch == '\t') {
                b.append(' ');
            } else if (!Character.isISOControl(ch)) {
                b.append("\\`*_[]<>|&~".indexOf(ch) >= 0 ? "\\" : "").append(ch);
            }
        }
        return b.toString();
    }
}
