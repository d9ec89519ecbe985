package org.provex.core.sync;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import org.provex.core.catalog.TableRef;
import org.provex.core.catalog.http.CatalogException;
import org.provex.core.catalog.http.ErmrestClient;
import org.provex.core.model.Snaptime;

/**
 * Reads the tables of one pinned snapshot ahead of the load that consumes them: up to {@code parallel} tables at a
 * time, in the order the load will ask for them, each one page per task on the caller's executor. A task never
 * waits for the load (a table whose {@value #MAX_READY} parsed pages are not taken yet simply stops asking), so any
 * executor works, a single thread or the caller's own ({@code Runnable::run}) included, and memory stays bounded by
 * {@code parallel × MAX_READY} pages whatever the size of a table.
 */
final class TablePrefetch implements AutoCloseable {

    static final int MAX_READY = 2;

    private final ErmrestClient client;
    private final Snaptime at;
    private final Executor executor;
    private final int parallel;
    private final List<TableRef> order;
    private final Map<TableRef, Stream> streams = new LinkedHashMap<>();
    private int nextToStart;
    private int active;
    private boolean closed;

    /** One table's reading state; guarded by the prefetch's lock. */
    private static final class Stream {
        final TableRef table;
        final ArrayDeque<ErmrestClient.Page> ready = new ArrayDeque<>();
        List<String> after = List.of();
        int pageSize;
        boolean started;
        boolean fetching;
        boolean done;
        boolean drained;
        CatalogException failure;
        RuntimeException crash;

        Stream(TableRef table, int pageSize) {
            this.table = table;
            this.pageSize = pageSize;
        }
    }

    TablePrefetch(ErmrestClient client, Snaptime at, int pageSize, List<TableRef> order, Executor executor,
                  int parallel) {
        this.client = client;
        this.at = at;
        this.executor = executor;
        this.parallel = Math.max(1, parallel);
        this.order = List.copyOf(order);
        for (TableRef table : order) {
            streams.put(table, new Stream(table, pageSize));
        }
        List<Stream> start;
        synchronized (this) {
            start = startMore();
        }
        submit(start);
    }

    /**
     * The next page of a table (blocking until it has arrived; never empty), or null when the table has been read to
     * its end.
     *
     * @throws CatalogException the failure of a request for this table (after the client's own retries)
     * @throws SyncCancelledException when {@code cancelled} turns true while waiting
     */
    ErmrestClient.Page next(TableRef table, BooleanSupplier cancelled, String catalog) throws CatalogException {
        List<Stream> submit = new ArrayList<>();
        ErmrestClient.Page page;
        synchronized (this) {
            Stream s = streams.get(table);
            if (s == null) {
                throw new IllegalArgumentException(table + " is not read by this sync");
            }
            if (!s.started) {
                s.started = true;   // asked for out of the expected order: read it now, beside the window
                active++;
                s.fetching = true;
                submit.add(s);
            }
            while (s.ready.isEmpty() && !s.done && submit.isEmpty()) {
                if (cancelled.getAsBoolean()) {
                    throw new SyncCancelledException(catalog);
                }
                waitBriefly();
            }
            page = s.ready.poll();
            if (page == null && s.done) {
                if (s.crash != null) {
                    throw s.crash;
                }
                if (s.failure != null) {
                    throw s.failure;
                }
                if (!s.drained) {
                    s.drained = true;
                    active--;
                    submit.addAll(startMore());
                }
            } else if (page != null && !s.fetching && !s.done) {
                s.fetching = true;
                submit.add(s);
            }
        }
        submit(submit);
        if (page == null && !isDrained(table)) {
            return next(table, cancelled, catalog);   // the first request of an out-of-order table was just sent
        }
        return page;
    }

    /** Stops asking for more pages; requests under way finish and their pages are dropped. */
    @Override
    public synchronized void close() {
        closed = true;
        streams.values().forEach(s -> s.ready.clear());
        notifyAll();
    }

    private synchronized boolean isDrained(TableRef table) {
        return streams.get(table).drained;
    }

    private List<Stream> startMore() {
        List<Stream> start = new ArrayList<>();
        while (active < parallel && nextToStart < order.size()) {
            Stream s = streams.get(order.get(nextToStart++));
            if (!s.started) {
                s.started = true;
                s.fetching = true;
                active++;
                start.add(s);
            }
        }
        return start;
    }

    /** Hands page requests to the executor outside the lock (a direct executor runs them right here). */
    private void submit(List<Stream> requests) {
        for (Stream s : requests) {
            executor.execute(() -> fetch(s));
        }
    }

    private void fetch(Stream s) {
        ErmrestClient.Page page = null;
        CatalogException failure = null;
        RuntimeException crash = null;
        List<String> after;
        int size;
        synchronized (this) {
            if (closed) {
                s.fetching = false;
                return;
            }
            after = s.after;
            size = s.pageSize;
        }
        try {
            page = client.rowPage(s.table, at, after, size);
        } catch (CatalogException e) {
            failure = e;
        } catch (RuntimeException e) {
            crash = e;
        }
        boolean again;
        synchronized (this) {
            s.fetching = false;
            if (closed) {
                return;
            }
            if (page == null) {
                s.failure = failure;
                s.crash = crash;
                s.done = true;
            } else {
                if (!page.rows().isEmpty()) {
                    s.ready.add(page);
                }
                s.pageSize = page.pageSize();
                s.after = page.next();
                s.done = page.next() == null;
            }
            again = !s.done && s.ready.size() < MAX_READY;
            s.fetching = again;
            notifyAll();
        }
        if (again) {
            submit(List.of(s));
        }
    }

    private void waitBriefly() {
        try {
            wait(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncCancelledException("interrupted");
        }
    }
}
