package org.provex.core.diff.export;

import java.util.List;
import org.provex.core.diff.Cell;
import org.provex.core.diff.CellState;
import org.provex.core.diff.Comparison;
import org.provex.core.diff.Row;
import org.provex.core.diff.RowFilter;
import org.provex.core.diff.RunRef;
import org.provex.core.diff.Section;
import org.provex.core.diff.SectionId;
import org.provex.core.diff.SectionNote;
import org.provex.core.diff.Verdict;

/**
 * A comparison as one self-contained HTML file: inline CSS, no scripts, no external resources. Catalog text is
 * untrusted, so every value is HTML-escaped and only http(s) citation links become anchors. Each change has a
 * colour and a word, so the report reads without colour too.
 */
public final class HtmlReport {

    private static final String CSS = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem;color:#1f2328}
            h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem;border-bottom:1px solid #d0d7de}
            table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #d0d7de;padding:.25rem .5rem;
            vertical-align:top;text-align:left}th{background:#f6f8fa}td.field{font-family:ui-monospace,monospace}
            .how{display:block;font-size:.8em;color:#57606a}.note{color:#9a6700}.verdict{font-weight:600}
            .added{background:#dafbe1}.removed{background:#ffebe9}.changed,.moved{background:#fff8c5}
            .upgraded{background:#ddf4ff}.downgraded{background:#ffefd6}.missing,.unknown{color:#6e7781;
            font-style:italic}.baseline{background:#f6f8fa}.secret{color:#cf222e;font-weight:600}
            """;

    private HtmlReport() {
    }

    public static String render(Comparison c, RowFilter filter, Citations citations) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'\">\n<title>").append(esc(ReportText.title(c)))
                .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(ReportText.title(c))).append("</h1>\n<p class=\"")
                .append(c.secretsRevealed() ? "secret" : "note").append("\">").append(esc(ReportText.secrets(c)))
                .append(filter.allRows() ? " All rows are shown." : " Only rows where a run differs from the"
                        + " baseline are shown.").append("</p>\n");
        h.append("<h2 id=\"verdict\">Verdict</h2>\n<p class=\"verdict\">").append(esc(c.verdict().headline()))
                .append("</p>\n<ul>\n");
        for (Verdict.RunVerdict v : c.verdict().runs()) {
            h.append("<li>").append(esc(v.line())).append("</li>\n");
        }
        h.append("</ul>\n");
        runs(h, c, citations);
        for (Section s : c.sections()) {
            if (s.id() != SectionId.VERDICT) {
                section(h, c, s, filter);
            }
        }
        return h.append("</body>\n</html>\n").toString();
    }

    private static void runs(StringBuilder h, Comparison c, Citations citations) {
        h.append("<h2 id=\"runs\">Runs</h2>\n<table>\n<tr><th></th><th>Execution</th><th>Status</th>")
                .append("<th>Created (UTC)</th><th>Workflow</th><th>Description</th><th>Citation</th></tr>\n");
        for (RunRef r : c.runs()) {
            Citations.Citation cite = citations.cite(r.rid());
            String link = cite.url().filter(u -> u.startsWith("https://") || u.startsWith("http://"))
                    .map(u -> "<a href=\"" + esc(u) + "\">" + esc(u) + "</a>").orElse(esc(cite.text()));
            h.append("<tr").append(r.equals(c.baseline()) ? " class=\"baseline\"" : "").append("><td>")
                    .append(r.equals(c.baseline()) ? "baseline" : "").append("</td><td>").append(esc(r.rid().value()))
                    .append("</td><td>").append(esc(r.status())).append("</td><td>")
                    .append(ReportText.minute(r.created())).append("</td><td>").append(esc(r.workflowName()))
                    .append("</td><td>").append(esc(r.description())).append("</td><td>").append(link)
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
        if (!citations.note().isEmpty()) {
            h.append("<p class=\"note\">No links: ").append(esc(citations.note())).append("</p>\n");
        }
    }

    private static void section(StringBuilder h, Comparison c, Section s, RowFilter filter) {
        h.append("<h2 id=\"").append(s.id().key()).append("\">").append(esc(s.title())).append("</h2>\n");
        for (SectionNote n : s.notes()) {
            h.append("<p class=\"note\">").append(esc(n.describe())).append("</p>\n");
        }
        List<Row> rows = s.rows(filter);
        if (rows.isEmpty()) {
            h.append("<p>").append(s.rows().isEmpty() ? "Nothing recorded." : "No differences.").append("</p>\n");
        } else {
            h.append("<table>\n<tr><th>Field</th>");
            c.runs().forEach(r -> h.append("<th>").append(esc(ReportText.header(c, r))).append("</th>"));
            h.append("</tr>\n");
            for (Row r : rows) {
                h.append("<tr><td class=\"field\">").append(esc(r.label())).append("</td>");
                r.cells().forEach(cell -> cell(h, cell));
                h.append("</tr>\n");
            }
            h.append("</table>\n");
        }
        long folded = s.foldedRows(filter);
        if (folded > 0) {
            h.append("<p class=\"note\">").append(folded)
                    .append(" noise rows folded (shell, terminal and job-id variables).</p>\n");
        }
    }

    private static void cell(StringBuilder h, Cell cell) {
        CellState state = cell.state();
        h.append("<td class=\"").append(state.name().toLowerCase(java.util.Locale.ROOT)).append("\">");
        if (state == CellState.MISSING) {
            h.append("missing<span class=\"how\">").append(esc(cell.how())).append("</span>");
        } else {
            h.append(cell.value().isEmpty() ? "—" : esc(cell.value()));
            String how = ReportText.how(cell);
            if (!how.isEmpty()) {
                h.append("<span class=\"how\">").append(esc(how)).append("</span>");
            }
        }
        h.append("</td>");
    }

    /** Escapes the five HTML-significant characters and drops control characters. */
    static String esc(String s) {
        String line = s == null ? "" : s;
        StringBuilder b = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (!Character.isISOControl(ch) || ch == '\n' || ch == '\t') {
                        b.append(ch);
                    }
                }
            }
        }
        return b.toString();
    }
}
