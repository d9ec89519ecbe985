package org.provex.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.provex.core.sync.SyncListener;

/**
 * Progress of a sync or a download on stderr: a line per step and per table, and a count of files and bytes. On a
 * terminal the count is redrawn in place; otherwise a line goes out at most every two seconds (the count waits while
 * a table's line is open: files download while rows are read). A line left open
 * (a table being read, the count) is cleared by {@link #clear} before anything else is printed, so an error or a
 * warning always starts on a line of its own. Called from the syncing thread and the download threads.
 */
final class ProgressLine implements SyncListener {

    private static final long LIVE_NANOS = 100_000_000L;
    private static final long LOG_NANOS = 2_000_000_000L;

    private final PrintWriter err;
    private final String prefix;
    private final boolean live;
    private int openWidth = -1;
    private boolean tableOpen;
    private boolean counted;
    private long planned;
    private long plannedBytes;
    private long files;
    private long bytes;
    private long failed;
    private long last = System.nanoTime();

    /**
     * @param prefix starts every line, e.g. {@code "provex: lab: "}
     * @param live redraw the count in place (stderr is a terminal)
     */
    ProgressLine(PrintWriter err, String prefix, boolean live) {
        this.err = err;
        this.prefix = prefix;
        this.live = live;
    }

    /** Whether stderr is likely a terminal a line can be redrawn on. */
    static boolean terminal() {
        return System.console() != null;
    }

    @Override
    public synchronized void step(String description) {
        clear();
        err.println(prefix + description + "...");
        err.flush();
    }

    @Override
    public synchronized void tableStarted(String table, int index, int total) {
        clear();
        String text = String.format(Locale.ROOT, "%s[%d/%d] %s", prefix, index, total, table);
        err.print(text);
        err.flush();
        openWidth = text.length();
        tableOpen = true;
    }

    @Override
    public synchronized void tableFinished(String table, long rowsRead) {
        if (tableOpen) {
            err.println(String.format(Locale.ROOT, ": %,d rows", rowsRead));
            err.flush();
            openWidth = -1;
            tableOpen = false;
        }
    }

    @Override
    public synchronized void filesPlanned(long count, long size) {
        planned = count;
        plannedBytes = size;
        count(false);
    }

    @Override
    public synchronized void fileFetched(String filename, long size) {
        files++;
        bytes += size;
        count(files + failed == planned);
    }

    @Override
    public synchronized void fileFailed(String filename, String reason) {
        failed++;
        count(files + failed == planned);
    }

    /** Ends or wipes a line left open, so that what is printed next starts at the beginning of a line. */
    synchronized void clear() {
        if (openWidth < 0) {
            return;
        }
        if (live) {
            err.print("\r" + " ".repeat(openWidth) + "\r");
        } else {
            err.println();
        }
        err.flush();
        openWidth = -1;
        tableOpen = false;
    }

    /** Files downloaded so far. */
    synchronized long files() {
        return files;
    }

    private void count(boolean done) {
        long now = System.nanoTime();
        // Quick work shows no count at all; slow work gets a count and, once started, its last one.
        if (tableOpen || now - last < (live ? LIVE_NANOS : LOG_NANOS) && !(done && counted)) {
            return;
        }
        last = now;
        counted = true;
        String text = String.format(Locale.ROOT, "%smetadata files %,d of %,d (%s of %s)%s", prefix, files, planned,
                Format.bytes(bytes), Format.bytes(plannedBytes), failed == 0 ? "" : ", " + failed + " failed");
        if (live) {
            int pad = Math.max(0, openWidth - text.length());
            err.print("\r" + text + " ".repeat(pad));
            openWidth = text.length();
            if (done) {
                err.println();
                openWidth = -1;
            }
        } else {
            if (openWidth >= 0) {
                err.println();
                openWidth = -1;
            }
            err.println(text);
        }
        err.flush();
    }
}
