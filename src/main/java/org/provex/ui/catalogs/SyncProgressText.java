package org.provex.ui.catalogs;

import java.util.Locale;
import java.util.function.Consumer;
import org.provex.core.sync.SyncProgress;
import org.provex.ui.common.Messages;

/**
 * Turns a sync's progress into one status-bar line ("Reading deriva-ml:Execution (3/21) · 12,345 of 89,984 rows ·
 * 4 of 1,532 files, 1.2 MB · about 5 s left"; files that failed count as done). Called on the syncing thread and the
 * download threads; lines go out at most every 150 ms, except when a step or table starts.
 */
public final class SyncProgressText extends SyncProgress {

    private static final long INTERVAL_NANOS = 150_000_000L;
    private final Messages msg = Messages.of(SyncProgressText.class);
    private final Consumer<String> out;
    private volatile String what = "";
    private volatile long last;

    public SyncProgressText(Consumer<String> out) {
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
    public void rowsExpected(long total) {
        super.rowsExpected(total);
        emit(false);
    }

    @Override
    public void rowsRead(long n) {
        super.rowsRead(n);
        emit(false);
    }

    @Override
    public void filesPlanned(long count, long size) {
        super.filesPlanned(count, size);
        emit(false);
    }

    @Override
    public void fileFailed(String filename, String reason) {
        super.fileFailed(filename, reason);
        emit(false);
    }

    @Override
    public void fileFetched(String filename, long size) {
        super.fileFetched(filename, size);
        emit(false);
    }

    /** The line as it stands. */
    String text() {
        Snapshot s = now();
        if (s.rows() == 0 && s.files() == 0) {
            return what;
        }
        String rows = s.expectedRows() > 0 && s.rows() <= s.expectedRows()
                ? msg.get("sync.rowsOf", count(s.rows()), count(s.expectedRows()))
                : msg.get("sync.rows", count(s.rows()));
        long done = s.files() + s.failedFiles();
        String counts = done == 0 ? rows : msg.get("sync.counts", rows, count(done), bytes(s.bytes()),
                count(Math.max(s.plannedFiles(), done)));
        String left = s.left().map(d -> " \u00b7 " + msg.get("sync.left", describe(d))).orElse("");
        return (what.isEmpty() ? counts : what + " \u00b7 " + counts) + left;
    }

    private void emit(boolean always) {
        long now = System.nanoTime();
        if (always || now - last >= INTERVAL_NANOS) {
            last = now;
            out.accept(text());
        }
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
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
