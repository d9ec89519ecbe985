package org.provex.ui.executions;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.provex.core.cache.query.ExecutionRow;

/**
 * One line of the executions table: its position in the current result and, once its page has been read
 * from the cache, the row itself. The table holds slots, so a page landing updates cells without a list
 * change (which would disturb the selection).
 */
public final class ExecutionSlot {

    private final int index;
    private final ReadOnlyObjectWrapper<ExecutionRow> row = new ReadOnlyObjectWrapper<>(this, "row");

    ExecutionSlot(int index) {
        this.index = index;
    }

    ExecutionSlot(int index, ExecutionRow value) {
        this(index);
        row.set(value);
    }

    public int index() {
        return index;
    }

    /** The row, or null while its page is still being read. */
    public ExecutionRow row() {
        return row.get();
    }

    public ReadOnlyObjectProperty<ExecutionRow> rowProperty() {
        return row.getReadOnlyProperty();
    }

    void fill(ExecutionRow value) {
        row.set(value);
    }
}
