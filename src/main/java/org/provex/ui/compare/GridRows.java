package org.provex.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.provex.core.diff.Cell;
import org.provex.core.diff.Comparison;
import org.provex.core.diff.Row;
import org.provex.core.diff.RowFilter;
import org.provex.core.diff.Section;
import org.provex.core.diff.SectionId;

/**
 * Lays a comparison out as grid lines: a header per section (the verdict has its own pane), then the fields the
 * filter and the search leave. Pure and quick (a pass over the rows), but run off the FX thread like the rest.
 */
final class GridRows {

    /**
     * @param rows          what the grid shows
     * @param differences   how many of them are differences
     * @param hiddenMatches fields that match the search but the filter hides (e.g. unchanged ones)
     * @param filter        the filter it was made with
     * @param query         the search it was made with
     */
    record Layout(List<GridRow> rows, int differences, int hiddenMatches, RowFilter filter, String query) {
        Layout {
            rows = List.copyOf(rows);
        }
    }

    private GridRows() {
    }

    /** @param query search text; blank shows every section with a header, even one with nothing to show */
    static Layout build(Comparison c, RowFilter filter, String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<GridRow> out = new ArrayList<>();
        int differences = 0;
        int hidden = 0;
        for (Section s : c.sections()) {
            if (s.id() == SectionId.VERDICT) {
                continue;
            }
            boolean titleMatches = !q.isEmpty() && s.title().toLowerCase(Locale.ROOT).contains(q);
            List<Row> shown = new ArrayList<>();
            for (Row r : s.rows()) {
                boolean match = q.isEmpty() || titleMatches || matches(r, q);
                if (match && filter.shows(r)) {
                    shown.add(r);
                } else if (match && !q.isEmpty()) {
                    hidden++;
                }
            }
            if (!q.isEmpty() && shown.isEmpty() && !titleMatches) {
                continue;
            }
            out.add(header(c, s, filter));
            for (Row r : shown) {
                out.add(new GridRow.Field(s.id(), r));
                differences += r.differs() ? 1 : 0;
            }
        }
        return new Layout(out, differences, hidden, filter, query == null ? "" : query);
    }

    private static GridRow.Header header(Comparison c, Section s, RowFilter filter) {
        List<Long> perRun = new ArrayList<>();
        for (int i = 0; i < c.runs().size(); i++) {
            long n = 0;
            for (Row r : s.rows()) {
                if ((filter.showFolded() || !r.folded()) && r.cell(i).isOwnDifference()) {
                    n++;
                }
            }
            perRun.add(n);
        }
        long differing = s.rows().stream().filter(r -> r.differs() && (filter.showFolded() || !r.folded())).count();
        long folded = filter.showFolded() ? 0 : s.rows().stream().filter(r -> r.differs() && r.folded()).count();
        return new GridRow.Header(s.id(), s.title(), s.rows().size(), differing, folded, perRun, s.notes());
    }

    /** Label, key or any run's value contains the (lower-case) text. */
    static boolean matches(Row r, String lowerQuery) {
        if (contains(r.label(), lowerQuery) || contains(r.key(), lowerQuery)) {
            return true;
        }
        for (Cell cell : r.cells()) {
            if (contains(cell.value(), lowerQuery)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String text, String lowerQuery) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(lowerQuery);
    }
}
