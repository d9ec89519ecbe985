package org.provex.core.catalog.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounded exponential backoff for idempotent GETs that fail with 5xx, a timeout or a broken response: attempt
 * {@code n} waits {@code baseDelay * 2^(n-1)} before attempt {@code n+1}. Tests pass a {@link Sleeper} that records
 * instead of waiting.
 *
 * @param maxAttempts total attempts including the first (at least 1)
 * @param baseDelay the wait before the second attempt
 * @param sleeper how to wait
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Sleeper sleeper) {

    /** Waits for a duration; the default sleeps the calling thread. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public RetryPolicy {
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(sleeper, "sleeper");
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("maxAttempts must be between 1 and 10, not " + maxAttempts);
        }
    }

    /** Three attempts, 200 ms then 400 ms apart. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(3, Duration.ofMillis(200), d -> Thread.sleep(d.toMillis()));
    }

    /** No retries at all. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, d -> { });
    }

    /** The wait after failed attempt {@code attempt} (1-based). */
    public Duration delayAfter(int attempt) {
        return baseDelay.multipliedBy(1L << Math.min(attempt - 1, 10));
    }
}
