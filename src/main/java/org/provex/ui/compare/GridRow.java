package org.provex.ui.compare;

import java.util.List;
import java.util.Optional;
import org.provex.core.diff.Row;
import org.provex.core.diff.SectionId;
import org.provex.core.diff.SectionNote;
import org.provex.core.model.Rid;

/** One line of the comparison grid: a section's header, or a field with one cell per run. */
public sealed interface GridRow {

    SectionId section();

    /** True for a field where some run differs from the baseline (what previous/next difference visits). */
    default boolean isDifference() {
        return false;
    }

    /**
     * A section's header.
     *
     * @param fields          every field the section has, whatever is shown
     * @param differing       fields where a run differs (noise included only when noise is shown)
     * @param folded          differing noise fields left out because noise is folded
     * @param differingPerRun for each run in comparison order, the fields where that run differs
     * @param notes           one per run whose data for the section is missing or unreadable
     */
    record Header(SectionId section, String title, int fields, long differing, long folded,
                  List<Long> differingPerRun, List<SectionNote> notes) implements GridRow {

        public Header {
            differingPerRun = List.copyOf(differingPerRun);
            notes = List.copyOf(notes);
        }

        /** Identity: a new layout's lines are new lines, so the table redraws every cell (see CompareGrid). */
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }

        public Optional<SectionNote> note(Rid run) {
            return notes.stream().filter(n -> n.run().equals(run)).findFirst();
        }
    }

    /** A field of a section: {@code row.cell(i)} is run i's value, in comparison order. */
    record Field(SectionId section, Row row) implements GridRow {

        @Override
        public boolean isDifference() {
            return row.differs();
        }

        /** Identity, like {@link Header#equals}. */
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
