package org.provex.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.provex.core.sync.SyncProgress;

/**
 * Progress of a sync or a download on stderr: a line per step and per table; while a table is read, its line also
 * counts the rows read of the rows expected, the files and bytes fetched and the time left; while only files are
 * left, a count of files and bytes. On a terminal the open line is redrawn in place (at most every 100 ms);
 * otherwise a status line goes out at most every two seconds and the table's line is repeated with its total when
 * it ends. A line left open is cleared by {@link #clear} before anything else is printed, so an error or a warning
 * always starts on a line of its own. Called from the syncing thread and the download threads.
 */
final class ProgressLine extends SyncProgress {

    private static final long LIVE_NANOS = 100_000_000L;
    private static final long LOG_NANOS = 2_000_000_000L;

    private final PrintWriter err;
    private final String prefix;
    private final boolean live;
    private int openWidth = -1;
    private String table;         // "[i/n] schema:table" while a table is read
    private boolean tableBroken;  // a status line went out since the table's line was opened (not live)
    private boolean counted;
    private long plannedBytes;
    private final LongSupplier clock;
    private long last;
    private long firstFile = -1;

    /**
     * @param prefix starts every line, e.g. {@code "provex: lab: "}
     * @param live redraw the count in place (stderr is a terminal)
     */
    ProgressLine(PrintWriter err, String prefix, boolean live) {
        this(err, prefix, live, System::nanoTime);
    }

    /** With a clock of its own (nanoseconds) for when lines go out and the files' time left. */
    ProgressLine(PrintWriter err, String prefix, boolean live, LongSupplier clock) {
        this.err = err;
        this.prefix = prefix;
        this.live = live;
        this.clock = clock;
        this.last = clock.getAsLong();
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
    public synchronized void tableStarted(String name, int index, int total) {
        clear();
        table = String.format(Locale.ROOT, "[%d/%d] %s", index, total, name);
        tableBroken = false;
        err.print(prefix + table);
        err.flush();
        openWidth = prefix.length() + table.length();
    }

    @Override
    public synchronized void tableFinished(String name, long rowsRead) {
        if (table == null) {
            return;
        }
        String rows = String.format(Locale.ROOT, ": %,d rows", rowsRead);
        if (live) {
            err.print("\r" + prefix + table + rows + " ".repeat(Math.max(0, openWidth - prefix.length()
                    - table.length() - rows.length())));
            err.println();
        } else {
            err.println(tableBroken ? prefix + table + rows : rows);
        }
        err.flush();
        openWidth = -1;
        table = null;
    }

    @Override
    public synchronized void rowsRead(long n) {
        super.rowsRead(n);
        if (table != null) {
            status(false);
        }
    }

    @Override
    public synchronized void filesPlanned(long count, long size) {
        super.filesPlanned(count, size);
        plannedBytes = Math.max(plannedBytes, size);
        status(false);
    }

    @Override
    public synchronized void fileFetched(String filename, long size) {
        super.fileFetched(filename, size);
        if (firstFile < 0) {
            firstFile = clock.getAsLong();
        }
        status(allFilesIn());
    }

    @Override
    public synchronized void fileFailed(String filename, String reason) {
        super.fileFailed(filename, reason);
        status(allFilesIn());
    }

    private boolean allFilesIn() {
        Snapshot s = now();
        return s.files() + s.failedFiles() == s.plannedFiles();
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
        table = null;
    }

    /** Files downloaded so far. */
    synchronized long files() {
        return now().files();
    }

    /** What the status says now: the table being read with the rows, or the files; the time left when known. */
    synchronized String text() {
        Snapshot s = now();
        String filesText = String.format(Locale.ROOT, "%,d of %,d metadata files (%s of %s)%s", s.files(),
                s.plannedFiles(), Format.bytes(s.bytes()), Format.bytes(plannedBytes),
                s.failedFiles() == 0 ? "" : ", " + s.failedFiles() + " failed");
        if (table == null) {
            return filesText + filesLeft(s);
        }
        String rows = s.expectedRows() > 0 && s.rows() <= s.expectedRows()
                ? String.format(Locale.ROOT, "%,d of %,d rows", s.rows(), s.expectedRows())
                : String.format(Locale.ROOT, "%,d rows", s.rows());
        String left = s.left().map(d -> " \u00b7 about " + describe(d) + " left").orElse("");
        return table + " \u00b7 " + rows + (s.plannedFiles() == 0 && s.files() == 0 ? "" : " \u00b7 " + filesText)
                + left;
    }

    /** The files' time left from their rate since the first arrived (the total grows while rows are read). */
    private String filesLeft(Snapshot s) {
        long done = s.files() + s.failedFiles();
        if (firstFile < 0 || done <= 1 || done >= s.plannedFiles()) {
            return "";
        }
        long elapsed = clock.getAsLong() - firstFile;
        return " \u00b7 about " + describe(java.time.Duration.ofNanos((long) (elapsed
                * (double) (s.plannedFiles() - done) / (done - 1)))) + " left";
    }

    private void status(boolean done) {
        long now = clock.getAsLong();
        // Quick work shows no count at all; slow work gets a count and, once started, its last one.
        if (now - last < (live ? LIVE_NANOS : LOG_NANOS) && !(done && counted && table == null)) {
            return;
        }
        last = now;
        counted = true;
        String text = prefix + text();
        if (live) {
            err.print("\r" + text + " ".repeat(Math.max(0, openWidth - text.length())));
            openWidth = text.length();
            if (done && table == null) {
                err.println();
                openWidth = -1;
            }
        } else {
            if (openWidth >= 0) {
                err.println();
                openWidth = -1;
            }
            tableBroken = table != null;
            err.println(text);
        }
        err.flush();
    }
}
