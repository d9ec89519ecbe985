package org.provex.core.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * An ERMrest {@code timestamptz} as the server writes it ({@code 2026-03-02T09:15:00.123456+00:00}, also with a space
 * for the {@code T}, an hour-only offset {@code +00} or {@code Z}). The usual spelling is read in one pass without a
 * formatter (a sync reads two per row); anything else goes through {@link OffsetDateTime#parse}.
 */
public final class ErmrestTimestamp {

    private ErmrestTimestamp() {
    }

    /** The instant, or null when the text is null, blank or not a timestamp. */
    public static Instant parseOrNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        Instant fast = fast(s);
        if (fast != null) {
            return fast;
        }
        s = s.replace(' ', 'T');
        int sign = Math.max(s.lastIndexOf('+'), s.lastIndexOf('-'));
        if (sign > 10 && s.length() - sign == 3) {
            s = s + ":00";   // an hour-only offset
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** {@code uuuu-MM-dd[T ]HH:mm:ss[.f{1,9}](Z|±HH[:mm])}, or null for any other spelling. */
    private static Instant fast(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' && s.charAt(10) != ' '
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (s.charAt(i) == '.') {
            int scale = 100_000_000;
            i++;
            int first = i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                if (i - first >= 9) {
                    return null;
                }
                nanos += (s.charAt(i) - '0') * scale;
                scale /= 10;
                i++;
            }
            if (i == first) {
                return null;
            }
        }
        int offset = offsetSeconds(s, i);
        if (offset == Integer.MIN_VALUE) {
            return null;
        }
        try {
            long days = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(days * 86_400 + hour * 3600L + minute * 60L + second - offset, nanos);
        } catch (DateTimeException e) {
            return null;   // 31 February and the like
        }
    }

    /** The offset at {@code i} to the end ({@code Z}, {@code ±HH}, {@code ±HH:mm}) in seconds, else MIN_VALUE. */
    private static int offsetSeconds(String s, int i) {
        int rest = s.length() - i;
        if (rest == 1 && s.charAt(i) == 'Z') {
            return 0;
        }
        if (rest != 3 && rest != 6 || s.charAt(i) != '+' && s.charAt(i) != '-') {
            return Integer.MIN_VALUE;
        }
        int hours = digits(s, i + 1, 2);
        int minutes = rest == 6 && s.charAt(i + 3) == ':' ? digits(s, i + 4, 2) : rest == 3 ? 0 : -1;
        if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59) {
            return Integer.MIN_VALUE;
        }
        int seconds = hours * 3600 + minutes * 60;
        return s.charAt(i) == '-' ? -seconds : seconds;
    }

    /** The decimal number of {@code count} ASCII digits at {@code at}, or -1. */
    private static int digits(String s, int at, int count) {
        int v = 0;
        for (int i = at; i < at + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + c - '0';
        }
        return v;
    }
}
