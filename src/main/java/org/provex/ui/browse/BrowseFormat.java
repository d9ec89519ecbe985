package org.provex.ui.browse;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.provex.core.model.ExecutionStatus;

/** Text shared by the Workflows and Datasets panes: times, hashes and status style classes. */
public final class BrowseFormat {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter SECOND_UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneId.of("UTC"));

    private BrowseFormat() {
    }

    /** Local time to the minute, or empty. */
    public static String minute(Instant t) {
        return t == null ? "" : MINUTE.format(t);
    }

    /** Local date, or empty. */
    public static String day(Instant t) {
        return t == null ? "" : DAY.format(t);
    }

    /** Exact UTC time for tooltips, or empty. */
    public static String utc(Instant t) {
        return t == null ? "" : SECOND_UTC.format(t);
    }

    /** The first {@code n} characters of a hash (after an {@code algo:} prefix, which is kept), or empty. */
    public static String shortHash(String hash, int n) {
        if (hash == null) {
            return "";
        }
        int colon = hash.indexOf(':');
        int end = Math.min(hash.length(), colon + 1 + n);
        return end < hash.length() ? hash.substring(0, end) + "\u2026" : hash;
    }

    /** The CSS class for a status's colour: {@code status-succeeded}, {@code status-failed}, ... */
    public static String statusStyle(String status) {
        return "status-" + ExecutionStatus.phaseOf(status).name().toLowerCase(java.util.Locale.ROOT);
    }
}
