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
 * A comparison as GitHub-flavoured Markdown: verdict, cited runs, then one table per section (a column per run).
 * Catalog text is untrusted, so every value is escaped: no raw HTML, links or emphasis can come from it.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(Comparison c, RowFilter filter, Citations citations) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(esc(ReportText.title(c))).append("\n\n");
        md.append(esc(ReportText.secrets(c))).append(filter.allRows() ? " All rows are shown."
                : " Only rows where a run differs from the baseline are shown.").append("\n\n");
        md.append("## Verdict\n\n**").append(esc(c.verdict().headline())).append("**\n\n");
        for (Verdict.RunVerdict v : c.verdict().runs()) {
            md.append("- ").append(esc(v.line())).append('\n');
        }
        md.append("\n## Runs\n\n| | Execution | Status | Created (UTC) | Workflow | Description | Citation |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (RunRef r : c.runs()) {
            Citations.Citation cite = citations.cite(r.rid());
            md.append("| ").append(r.equals(c.baseline()) ? "baseline" : "").append(" | ").append(esc(r.rid().value()))
                    .append(" | ").append(esc(r.status())).append(" | ").append(ReportText.minute(r.created()))
                    .append(" | ").append(esc(r.workflowName())).append(" | ").append(esc(r.description()))
                    .append(" | ").append(cite.url().map(MarkdownReport::link).orElse(esc(cite.text())))
                    .append(" |\n");
        }
        if (!citations.note().isEmpty()) {
            md.append("\n").append(esc("No links: " + citations.note())).append('\n');
        }
        for (Section s : c.sections()) {
            if (s.id() != SectionId.VERDICT) {
                section(md, c, s, filter);
            }
        }
        return md.toString();
    }

    private static void section(StringBuilder md, Comparison c, Section s, RowFilter filter) {
        md.append("\n## ").append(esc(s.title())).append("\n\n");
        for (SectionNote n : s.notes()) {
            md.append("> ").append(esc(n.describe())).append("\n\n");
        }
        List<Row> rows = s.rows(filter);
        long folded = s.foldedRows(filter);
        if (rows.isEmpty()) {
            md.append(s.rows().isEmpty() ? "_Nothing recorded._\n" : "_No differences._\n");
        } else {
            md.append("| Field |");
            c.runs().forEach(r -> md.append(' ').append(esc(ReportText.header(c, r))).append(" |"));
            md.append("\n|---|");
            c.runs().forEach(r -> md.append("---|"));
            md.append('\n');
            for (Row r : rows) {
                md.append("| ").append(esc(r.label())).append(" |");
                r.cells().forEach(cell -> md.append(' ').append(cell(cell)).append(" |"));
                md.append('\n');
            }
        }
        if (folded > 0) {
            md.append("\n_").append(folded).append(" noise rows folded (shell, terminal and job-id variables)._\n");
        }
    }

    private static String cell(Cell cell) {
        if (cell.state() == CellState.MISSING) {
            return "_missing_";
        }
        String value = cell.value().isEmpty() ? "—" : esc(cell.value());
        String how = ReportText.how(cell);
        if (!cell.state().isDifference()) {
            return how.isEmpty() ? value : value + " _" + esc(how) + "_";
        }
        return (cell.value().isEmpty() ? value : "**" + value + "**") + " _" + esc(how) + "_";
    }

    /** Links only to http(s) addresses, written so the URL cannot break out of the link syntax. */
    private static String link(String url) {
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            return esc(url);
        }
        String safe = url.replace("(", "%28").replace(")", "%29").replace(" ", "%20").replace("<", "%3C")
                .replace(">", "%3E");
        return "[" + esc(url) + "](" + safe + ")";
    }

    /**
     * Backslash-escapes the characters that could start Markdown or HTML syntax inside a line or table cell
     * (emphasis, code, links, raw HTML, entities, cell breaks, strike-through) and flattens line breaks.
     */
    static String esc(String s) {
        String line = ReportText.oneLine(s == null ? "" : s);
        StringBuilder b = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if ("\\`*_[]<>|&~".indexOf(ch) >= 0) {
                b.append('\\');
            }
            b.append(ch);
        }
        return b.toString();
    }
}
