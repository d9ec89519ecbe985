package org.provex.ui.executions;

import org.provex.core.model.Rid;

/** An entry of a filter's drop-down: a record to filter by, or "any" when {@code rid} is null. */
public record FilterChoice(Rid rid, String label) {

    public static FilterChoice any(String label) {
        return new FilterChoice(null, label);
    }

    public boolean isAny() {
        return rid == null;
    }

    @Override
    public String toString() {
        return label;
    }
}
