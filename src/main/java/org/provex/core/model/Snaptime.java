package org.provex.core.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An ERMrest snapshot id ("snaptime"): the microseconds since the Unix epoch, encoded like a RID
 * ({@link Crockford32}). {@code 2PX-WS30-E58W} is 2018-06-18T23:43:47.096206Z.
 */
public record Snaptime(String value) implements Comparable<Snaptime> {

    public Snaptime {
        Objects.requireNonNull(value, "value");
        if (!Crockford32.isWellFormed(value)) {
            throw new IllegalArgumentException("not a snapshot id: " + value);
        }
        value = Crockford32.encode(Crockford32.decode(value));
    }

    public static Snaptime parse(String text) {
        return new Snaptime(Objects.requireNonNull(text, "text").trim());
    }

    /** Null or blank text (a dev dataset version has no snapshot) gives null. */
    public static Snaptime parseOrNull(String text) {
        return text == null || text.isBlank() ? null : parse(text);
    }

    public static Snaptime of(Instant instant) {
        return new Snaptime(Crockford32.encode(ChronoUnit.MICROS.between(Instant.EPOCH, instant)));
    }

    public long epochMicros() {
        return Crockford32.decode(value);
    }

    public Instant toInstant() {
        return Instant.EPOCH.plus(epochMicros(), ChronoUnit.MICROS);
    }

    @Override
    public int compareTo(Snaptime other) {
        return Long.compare(epochMicros(), other.epochMicros());
    }

    @Override
    public String toString() {
        return value;
    }
}
