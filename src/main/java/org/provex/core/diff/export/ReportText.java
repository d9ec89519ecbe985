package org.provex.core.diff.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.provex.core.diff.Cell;
import org.provex.core.diff.CellState;
import org.provex.core.diff.Comparison;
import org.provex.core.diff.RunRef;

/** Wording shared by the report formats. */
final class ReportText {

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private ReportText() {
    }

    static String minute(Instant t) {
        return t == null ? "" : MINUTE.format(t);
    }

    static String title(Comparison c) {
        return "Comparison of " + c.runs().size() + " executions against baseline " + c.baseline().rid();
    }

    static String secrets(Comparison c) {
        return c.secretsRevealed() ? "Secrets are REVEALED in this report: do not share it."
                : "Secret-looking values are masked (" + org.provex.core.formats.SecretMasker.MASK + ").";
    }

    static String header(Comparison c, RunRef r) {
        return r.rid().value() + (r.equals(c.baseline()) ? " (baseline)" : "");
    }

    /** The state word next to a value, "" for the baseline and for unchanged values. */
    static String how(Cell cell) {
        if (cell.state() == CellState.BASELINE || cell.state() == CellState.SAME) {
            return "";
        }
        return cell.how().isEmpty() ? cell.state().label() : cell.how();
    }

    /** One line of untrusted text: control characters dropped, line breaks as spaces. */
    static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\n' || ch == '\r' || ch == '\t') {
                b.append(' ');
            } else if (!Character.isISOControl(ch)) {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
