package org.provex.core.sync;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts a sync's progress for a progress line (the CLI's and the window's status bar): rows read of how many
 * expected, files and bytes fetched, and the time left estimated from the rate so far. Thread-safe; pass it along
 * as the sync's listener (or call it from one) and read {@link #now()} whenever a line is drawn.
 */
public class SyncProgress implements SyncListener {

    /**
     * The counts at one moment; {@code expectedRows} 0 when not known yet; {@code plannedFiles} the files to
     * download found so far, of which {@code files} arrived and {@code failedFiles} could not be fetched.
     */
    public record Snapshot(long rows, long expectedRows, long files, long bytes, long plannedFiles, long failedFiles,
                           Duration elapsed, Optional<Duration> left) {
    }

    private final long started = System.nanoTime();
    private final AtomicLong rows = new AtomicLong();
    private final AtomicLong expected = new AtomicLong();
    private final AtomicLong files = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong planned = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    @Override
    public void rowsExpected(long total) {
        expected.set(total);
    }

    @Override
    public void rowsRead(long n) {
        rows.addAndGet(n);
    }

    @Override
    public void filesPlanned(long count, long size) {
        planned.accumulateAndGet(count, Math::max);
    }

    @Override
    public void fileFetched(String filename, long size) {
        files.incrementAndGet();
        bytes.addAndGet(size);
    }

    @Override
    public void fileFailed(String filename, String reason) {
        failed.incrementAndGet();
    }

    public Snapshot now() {
        long read = rows.get();
        long total = expected.get();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        Optional<Duration> left = Optional.empty();
        if (total > 0 && read > 0 && read <= total) {
            left = Optional.of(Duration.ofNanos((long) (elapsed.toNanos() * (double) (total - read) / read)));
        }
        return new Snapshot(read, total, files.get(), bytes.get(), planned.get(), failed.get(), elapsed, left);
    }

    /** A time left as people say it: {@code 45 s}, {@code 3 min 5 s}, {@code 1 h 2 min}. */
    public static String describe(Duration d) {
        long s = Math.max(1, d.toSeconds());
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return (s / 60) + " min " + (s % 60) + " s";
        }
        return (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }
}
