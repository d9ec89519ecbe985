package org.provex.core.cache;

/** Short labels for datasets, which have no name column: a short first description line, else the RID. */
public final class DatasetLabels {

    private static final int MAX_LABEL = 32;

    private DatasetLabels() {
    }

    public static String shortLabel(String rid, String description) {
        if (description == null || description.isBlank()) {
            return rid;
        }
        String first = description.strip().lines().findFirst().orElse("").strip();
        return first.isEmpty() || first.length() > MAX_LABEL ? rid : first;
    }
}
