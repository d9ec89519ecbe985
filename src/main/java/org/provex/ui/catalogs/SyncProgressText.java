package org.provex.ui.catalogs;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.provex.core.sync.SyncListener;
import org.provex.ui.common.Messages;

/**
 * Turns a sync's progress into one status-bar line ("Reading deriva-ml:Execution (3/21) · 12,345 rows · 4 of 1,532
 * files, 1.2 MB"; files that failed count as done). Called on the syncing thread and the download threads; lines go
 * out at most every 150 ms, except when a step or table starts.
 */
final class SyncProgressText implements SyncListener {

    private static final long INTERVAL_NANOS = 150_000_000L;
    private final Messages msg = Messages.of(SyncProgressText.class);
    private final Consumer<String> out;
    private final AtomicLong rows = new AtomicLong();
    private final AtomicLong files = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong planned = new AtomicLong();
    private volatile String what = "";
    private volatile long last;

    SyncProgressText(Consumer<String> out) {
        this.out = out;
    }

    @Override
    public void step(String description) {
        what = description;
        emit(true);
    }

    @Override
    public void tableStarted(String table, int index, int total) {
        what = msg.get("sync.table", table, index, total);
        emit(true);
    }

    @Override
    public void rowsRead(long n) {
        rows.addAndGet(n);
        emit(false);
    }

    @Override
    public void filesPlanned(long count, long size) {
        planned.accumulateAndGet(count, Math::max);
        emit(false);
    }

    @Override
    public void fileFailed(String filename, String reason) {
        files.incrementAndGet();
        emit(false);
    }

    @Override
    public void fileFetched(String filename, long size) {
        files.incrementAndGet();
        bytes.addAndGet(size);
        emit(false);
    }

    /** The line as it stands. */
    String text() {
        if (rows.get() == 0 && files.get() == 0) {
            return what;
        }
        String counts = files.get() == 0 ? msg.get("sync.rows", String.format(Locale.ROOT, "%,d", rows.get()))
                : msg.get("sync.counts", String.format(Locale.ROOT, "%,d", rows.get()), files.get(),
                bytes(bytes.get()), Math.max(planned.get(), files.get()));
        return what.isEmpty() ? counts : what + " \u00b7 " + counts;
    }

    private void emit(boolean always) {
        long now = System.nanoTime();
        if (always || now - last >= INTERVAL_NANOS) {
            last = now;
            out.accept(text());
        }
    }

    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        if (n < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", n / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024.0));
    }
}
