package org.provex.core.model;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deriva-ml duration string. deriva-ml writes {@code f"{hours}H {minutes}min {seconds}sec"} with
 * float parts ({@code 0.0H 2.0min 13.4521sec}; empty is {@code 0H 0min 0.0sec}). Older catalogs
 * have a single {@code Duration} column; ISO-8601, {@code H:MM:SS} and plain seconds are accepted
 * too so that nothing a catalog holds is thrown away. The text is always kept.
 *
 * @param text     the value as stored
 * @param duration the parsed length, empty when the text is not understood
 */
public record RunDuration(String text, Optional<Duration> duration) {

    private static final Pattern DERIVA = Pattern.compile(
            "^\\s*(?:([0-9.]+)\\s*H)?\\s*(?:([0-9.]+)\\s*min)?\\s*(?:([0-9.]+)\\s*sec)?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOCK = Pattern.compile("^\\s*(\\d+):(\\d{1,2}):(\\d{1,2}(?:\\.\\d+)?)\\s*$");
    private static final Pattern SECONDS = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)\\s*s?\\s*$");

    /** Null or blank gives null: there is no duration to show. */
    public static RunDuration parseOrNull(String text) {
        return text == null || text.isBlank() ? null : parse(text);
    }

    public static RunDuration parse(String text) {
        return new RunDuration(text, toDuration(text));
    }

    private static Optional<Duration> toDuration(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher m = DERIVA.matcher(text);
        if (m.matches() && (m.group(1) != null || m.group(2) != null || m.group(3) != null)) {
            double seconds = num(m.group(1)) * 3600 + num(m.group(2)) * 60 + num(m.group(3));
            return Optional.of(ofSeconds(seconds));
        }
        m = CLOCK.matcher(text);
        if (m.matches()) {
            double seconds = Long.parseLong(m.group(1)) * 3600.0 + Long.parseLong(m.group(2)) * 60.0
                    + Double.parseDouble(m.group(3));
            return Optional.of(ofSeconds(seconds));
        }
        m = SECONDS.matcher(text);
        if (m.matches()) {
            return Optional.of(ofSeconds(Double.parseDouble(m.group(1))));
        }
        try {
            return Optional.of(Duration.parse(text.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static double num(String s) {
        if (s == null) {
            return 0;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Duration ofSeconds(double seconds) {
        return Duration.ofNanos(Math.round(seconds * 1_000_000_000L));
    }

    /** Seconds, or -1 when unknown; handy for sorting. */
    public double seconds() {
        return duration.map(d -> d.toNanos() / 1e9).orElse(-1.0);
    }

    /** Compact human form: {@code 2m 13.5s}, {@code 1h 05m}, or the raw text when not understood. */
    public String display() {
        if (duration.isEmpty()) {
            return text;
        }
        Duration d = duration.get();
        long h = d.toHours();
        long m = d.toMinutesPart();
        double s = d.toSecondsPart() + d.toNanosPart() / 1e9;
        if (h > 0) {
            return String.format(java.util.Locale.ROOT, "%dh %02dm %02.0fs", h, m, Math.floor(s));
        }
        if (m > 0) {
            return String.format(java.util.Locale.ROOT, "%dm %04.1fs", m, s);
        }
        return String.format(java.util.Locale.ROOT, "%.1fs", s);
    }
}
