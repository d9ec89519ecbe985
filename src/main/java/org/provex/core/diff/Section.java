package org.provex.core.diff;

import java.util.List;

/**
 * A group of rows, e.g. the packages. Rows are in a stable order (document order for files, name order for
 * packages and variables) whatever the baseline.
 *
 * @param notes one per run whose data for this section is missing or unreadable
 */
public record Section(SectionId id, List<Row> rows, List<SectionNote> notes) {

    public Section {
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    public String title() {
        return id.title();
    }

    /** The rows a view shows under this filter; the verdict's rows are always shown. */
    public List<Row> rows(RowFilter filter) {
        return id == SectionId.VERDICT ? rows : rows.stream().filter(filter::shows).toList();
    }

    /** Rows where at least one run differs from the baseline, folded noise included. */
    public long differingRows() {
        return rows.stream().filter(Row::differs).count();
    }

    /** Rows the filter leaves out because they are folded noise (only those it would otherwise show). */
    public long foldedRows(RowFilter filter) {
        if (filter.showFolded()) {
            return 0;
        }
        return rows.stream().filter(Row::folded).filter(r -> filter.allRows() || r.differs()).count();
    }
}
