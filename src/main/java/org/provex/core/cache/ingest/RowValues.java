package org.provex.core.cache.ingest;

import java.time.Instant;
import org.provex.core.model.ErmrestTimestamp;
import org.provex.core.model.Rid;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads column values out of ERMrest entity JSON, treating every value as untrusted text. */
final class RowValues {

    private RowValues() {
    }

    /** The column as text; null when absent, JSON null or blank. Numbers and booleans come back as text. */
    static String text(ObjectNode row, String column) {
        if (column == null) {
            return null;
        }
        JsonNode v = row.get(column);
        if (v == null || v.isNull() || v.isMissingNode() || v.isContainer()) {
            return null;
        }
        String s = v.asString();
        return s == null || s.isBlank() ? null : s;
    }

    /** A RID column, normalised; null when empty. */
    static Rid rid(ObjectNode row, String column) {
        String t = text(row, column);
        if (t == null) {
            return null;
        }
        try {
            return Rid.of(t);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean bool(ObjectNode row, String column) {
        JsonNode v = row.get(column);
        if (v == null || v.isNull()) {
            return false;
        }
        return v.isBoolean() ? v.asBoolean() : "true".equalsIgnoreCase(v.asString().trim());
    }

    static long longValue(ObjectNode row, String column, long fallback) {
        String t = text(row, column);
        if (t == null) {
            return fallback;
        }
        try {
            return Long.parseLong(t.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static Integer integer(ObjectNode row, String column) {
        String t = text(row, column);
        if (t == null) {
            return null;
        }
        try {
            return Integer.valueOf(t.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An ERMrest timestamptz ({@code 2026-03-02T09:15:00.123456+00:00}); null when absent or unreadable. */
    static Instant instant(ObjectNode row, String column) {
        return ErmrestTimestamp.parseOrNull(text(row, column));
    }
}
