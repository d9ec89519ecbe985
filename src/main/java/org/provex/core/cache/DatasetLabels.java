package org.provex.core.cache;

/** Short labels for datasets, which have no name column: the first description line, cut at a word. */
public final class DatasetLabels {

    private static final int MAX_LABEL = 40;

    private DatasetLabels() {
    }

    public static String shortLabel(String rid, String description) {
        if (description == null || description.isBlank()) {
            return rid;
        }
        String first = description.strip().lines().findFirst().orElse("").strip();
        if (first.isEmpty()) {
            return rid;
        }
        if (first.length() <= MAX_LABEL) {
            return first;
        }
        int cut = first.lastIndexOf(' ', MAX_LABEL - 1);
        return first.substring(0, cut > MAX_LABEL / 2 ? cut : MAX_LABEL - 1).stripTrailing() + "…";
    }
}
