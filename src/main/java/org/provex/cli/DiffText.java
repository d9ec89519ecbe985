package org.provex.cli;

import java.util.List;
import org.provex.core.diff.Cell;
import org.provex.core.diff.CellState;
import org.provex.core.diff.Comparison;
import org.provex.core.diff.Evidence;
import org.provex.core.diff.Row;
import org.provex.core.diff.RowFilter;
import org.provex.core.diff.RunRef;
import org.provex.core.diff.Section;
import org.provex.core.diff.SectionId;
import org.provex.core.diff.SectionNote;
import org.provex.core.diff.Verdict;
import org.provex.core.diff.export.Citations;
import org.provex.core.formats.SecretMasker;

/**
 * The text form of {@code provex diff}: verdict first, then only differences by section. Two runs read as
 * {@code field: old → new}; more runs list, under each field, the baseline and the runs that differ.
 */
final class DiffText {

    private static final String ABSENT = "—";

    private final Comparison c;
    private final RowFilter filter;
    private final Citations citations;
    private final StringBuilder sb = new StringBuilder();
    private final int ridWidth;

    DiffText(Comparison c, RowFilter filter, Citations citations) {
        this.c = c;
        this.filter = filter;
        this.citations = citations;
        this.ridWidth = c.runs().stream().mapToInt(r -> r.rid().value().length()).max().orElse(4)
                + " (baseline)".length();
    }

    String render() {
        sb.append("Comparison of ").append(c.runs().size()).append(" executions against baseline ")
                .append(c.baseline().rid()).append('\n');
        sb.append(c.secretsRevealed() ? "Secrets are REVEALED in this output.\n"
                : "Secret-looking values are masked (" + SecretMasker.MASK + "); --reveal-secrets shows them.\n");
        verdict();
        runs();
        for (Section s : c.sections()) {
            if (s.id() != SectionId.VERDICT) {
                section(s);
            }
        }
        if (!filter.allRows()) {
            sb.append("\nOnly differences are shown; --all shows every row.\n");
        }
        return sb.toString();
    }

    private void verdict() {
        sb.append("\nVERDICT\n  ").append(clean(c.verdict().headline())).append('\n');
        for (Verdict.RunVerdict v : c.verdict().runs()) {
            sb.append("  ").append(v.run()).append('\n');
            aspect("inputs", v.inputs());
            aspect("code", v.code());
            aspect("configuration", v.configuration());
            aspect("environment", v.environment());
        }
    }

    private void aspect(String name, Verdict.Aspect a) {
        sb.append(String.format("    %-14s %s", name, a.answer().label()));
        if (!a.reasons().isEmpty()) {
            sb.append(": ").append(clean(String.join("; ", a.reasons())));
        }
        List<String> compared = a.evidence().stream().filter(e -> e.state() == Evidence.State.COMPARED)
                .map(Evidence::source).distinct().toList();
        if (a.answer() == Verdict.Answer.SAME && !compared.isEmpty()) {
            sb.append(" (compared: ").append(clean(String.join(", ", compared))).append(')');
        }
        sb.append('\n');
    }

    private void runs() {
        sb.append("\nRUNS\n");
        TextTable t = new TextTable(List.of("  ", "RID", "STATUS", "CREATED (UTC)", "WORKFLOW", "CITATION",
                "DESCRIPTION"), 0, 0, 15, 16, 30, 0, 60);
        for (RunRef r : c.runs()) {
            t.row(r.equals(c.baseline()) ? "  *" : "", r.rid(), r.status(), Format.minute(r.created()),
                    r.workflowName(), citations.cite(r.rid()).text(), r.description());
        }
        sb.append(t.render());
        sb.append("  (* baseline)").append(citations.note().isEmpty() ? "" : " No links: " + clean(citations.note()))
                .append('\n');
    }

    private void section(Section s) {
        List<Row> rows = s.rows(filter);
        long differing = s.rows().stream().filter(r -> r.differs() && (filter.showFolded() || !r.folded())).count();
        sb.append("\n").append(s.title());
        if (s.rows().isEmpty()) {
            sb.append(s.notes().isEmpty() ? " — nothing recorded" : " — not available");
        } else if (differing == 0) {
            sb.append(" — no differences");
        } else {
            sb.append(" — ").append(differing).append(" of ").append(s.rows().size()).append(" rows differ");
        }
        sb.append('\n');
        for (SectionNote n : s.notes()) {
            sb.append("  ! ").append(clean(n.describe())).append('\n');
        }
        for (Row r : rows) {
            row(r);
        }
        long folded = s.foldedRows(filter);
        if (folded > 0) {
            sb.append("  (").append(folded).append(folded == 1 ? " noise variable" : " noise variables")
                    .append(" folded; --show-noise shows them)\n");
        }
    }

    private void row(Row r) {
        String label = clean(r.label());
        Cell base = r.cell(c.baselineIndex());
        if (!r.differs()) {
            sb.append("  ").append(label).append(": ").append(value(base)).append("  (same in all)\n");
            return;
        }
        if (c.runs().size() == 2) {
            Cell other = r.cell(1 - c.baselineIndex());
            sb.append("  ").append(label).append(": ").append(value(base)).append(" → ").append(value(other))
                    .append("  [").append(clean(other.how())).append("]\n");
            return;
        }
        sb.append("  ").append(label).append('\n');
        line(c.baseline().rid() + " (baseline)", value(base), "");
        int same = 0;
        for (int i = 0; i < r.cells().size(); i++) {
            Cell cell = r.cell(i);
            if (i == c.baselineIndex()) {
                continue;
            }
            if (cell.state().isDifference()) {
                line(c.runs().get(i).rid().value(), value(cell), cell.how());
            } else if (cell.state() == CellState.SAME) {
                same++;
            }
        }
        if (same > 0) {
            sb.append("      (same in ").append(same).append(same == 1 ? " other run)\n" : " other runs)\n");
        }
    }

    private void line(String who, String value, String how) {
        sb.append("      ").append(String.format("%-" + ridWidth + "s", who)).append("  ").append(value);
        if (!how.isEmpty()) {
            sb.append("   ").append(clean(how));
        }
        sb.append('\n');
    }

    private static String value(Cell cell) {
        return cell.value().isEmpty() ? ABSENT : clean(cell.value());
    }

    private static String clean(String s) {
        return TextTable.clean(s);
    }
}
