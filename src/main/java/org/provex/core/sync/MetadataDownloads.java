package org.provex.core.sync;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import org.provex.core.catalog.http.CatalogException;
import org.provex.core.model.AssetFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The file phase of a sync (and of any batch of metadata files): bodies are offered as they are found, from any
 * thread, and downloaded a few at a time on the caller's executor; each MD5 once, files already in the blob store
 * skipped, every body verified before it is stored. Offers marked urgent (the configuration.json files the cache load
 * needs) go first, and {@link #awaitUrgent} waits for those alone, so the rest can keep downloading while the cache
 * is rebuilt.
 *
 * <p>A body that arrives damaged is fetched again (see {@link MetadataFiles#fetch}). A file that still fails is
 * recorded by name with its error and the others go on; only when the server cannot be reached or wants a login
 * does the batch stop, since every remaining file would fail the same way (they are recorded with that error, without
 * a request).
 *
 * <p>Memory stays flat however many files are offered: only queued, running and failed MD5s are remembered (the blob
 * store answers for the finished ones), and an offer made while the queue is full downloads one file on the offering
 * thread instead of queueing more.
 */
public final class MetadataDownloads implements AutoCloseable {

    /** Files downloaded at a time unless the caller says otherwise. */
    public static final int DEFAULT_PARALLELISM = 4;
    /** Metadata files above this size are left to be fetched when opened, like other large assets. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(MetadataDownloads.class);
    private static final int QUEUE_LIMIT = 1024;
    private static final int FAILURES_KEPT = 1000;
    private static final long WAIT_SLICE_MILLIS = 100;

    private record Job(AssetFile file, String md5, boolean urgent, long seq) {
    }

    private final MetadataFiles files;
    private final Executor executor;
    private final int parallelism;
    private final long maxBytes;
    private final SyncListener listener;
    private final BooleanSupplier cancelled;
    private final String catalog;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final PriorityQueue<Job> queue = new PriorityQueue<>(Comparator.comparing((Job j) -> !j.urgent())
            .thenComparingLong(Job::seq));
    private final Set<String> pending = new HashSet<>();
    private final Set<String> failedMd5s = new HashSet<>();
    private final List<MetadataFiles.Failure> failures = new ArrayList<>();
    private long seq;
    private int workers;
    private int outstanding;
    private int outstandingUrgent;
    private long planned;
    private long plannedBytes;
    private long fetched;
    private long bytes;
    private long stored;
    private long onDemand;
    private long failureCount;
    private CatalogException stop;
    private boolean closed;

    /**
     * @param executor runs the downloads (pass {@code Runnable::run} to download on the offering thread)
     * @param parallelism files downloaded at a time, at least 1
     * @param maxBytes files larger than this (by the row's Length) are not downloaded unless urgent
     * @param listener told of planned, fetched and failed files, from the downloading threads
     * @param cancelled checked before each download and while waiting
     * @param catalog names the catalog in a {@link SyncCancelledException}
     */
    public MetadataDownloads(MetadataFiles files, Executor executor, int parallelism, long maxBytes,
                             SyncListener listener, BooleanSupplier cancelled, String catalog) {
        this.files = Objects.requireNonNull(files, "files");
        this.executor = Objects.requireNonNull(executor, "executor");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be positive, not " + parallelism);
        }
        this.parallelism = parallelism;
        this.maxBytes = maxBytes;
        this.listener = Objects.requireNonNull(listener, "listener");
        this.cancelled = Objects.requireNonNull(cancelled, "cancelled");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * Queues a file unless it is not a Hatrac object of this catalog, is stored already, is queued or failed already
     * in this batch, or is too large (and not urgent). Never blocks for long: when the queue is full the file at its
     * head is downloaded on this thread.
     */
    public void offer(AssetFile file, boolean urgent) {
        if (!files.fetchable(file)) {
            return;
        }
        String md5 = file.md5().toLowerCase(Locale.ROOT);
        if (!urgent && file.length() > maxBytes) {
            count(() -> onDemand++);
            return;
        }
        lock.lock();
        try {
            if (closed || pending.contains(md5) || failedMd5s.contains(md5)) {
                return;
            }
        } finally {
            lock.unlock();
        }
        if (files.isStored(file)) {
            count(() -> stored++);
            return;
        }
        boolean startWorker = false;
        boolean full = false;
        long plannedNow = 0;
        long plannedBytesNow = 0;
        CatalogException stopped;
        lock.lock();
        try {
            if (closed || pending.contains(md5) || failedMd5s.contains(md5)) {
                return;
            }
            stopped = stop;
            if (stopped != null) {
                recordFailure(file, md5, stopped);
            } else {
                pending.add(md5);
                queue.add(new Job(file, md5, urgent, seq++));
                outstanding++;
                outstandingUrgent += urgent ? 1 : 0;
                plannedNow = ++planned;
                plannedBytesNow = plannedBytes += Math.max(0, file.length());
                startWorker = workers < parallelism;
                workers += startWorker ? 1 : 0;
                full = queue.size() > QUEUE_LIMIT;
            }
        } finally {
            lock.unlock();
        }
        if (stopped != null) {
            listener.fileFailed(file.filename(), stopped.getMessage());
            return;
        }
        listener.filesPlanned(plannedNow, plannedBytesNow);
        if (startWorker) {
            start();
        }
        if (full) {
            Job head = take(false);
            if (head != null) {
                process(head);
            }
        }
    }

    /** Waits until every urgent file offered so far is stored or has failed. */
    public void awaitUrgent() {
        await(true);
    }

    /**
     * Waits until every file offered so far is stored or has failed, and says what happened.
     *
     * @throws SyncCancelledException when the cancel flag turned true (files stored so far stay stored)
     */
    public MetadataFiles.Outcome awaitAll() {
        await(false);
        return outcome();
    }

    /** What happened so far. */
    public MetadataFiles.Outcome outcome() {
        lock.lock();
        try {
            return new MetadataFiles.Outcome(fetched, bytes, stored, onDemand, failures, failureCount);
        } finally {
            lock.unlock();
        }
    }

    /** Whether offered files are still queued or downloading. */
    public boolean busy() {
        lock.lock();
        try {
            return outstanding > 0;
        } finally {
            lock.unlock();
        }
    }

    /** Files that are fetchable but not stored after this batch: failed ones, plus any still queued. */
    public long missing() {
        lock.lock();
        try {
            return failureCount + outstanding;
        } finally {
            lock.unlock();
        }
    }

    /** Stops: nothing more starts; downloads already running finish in the background. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            outstanding -= queue.size();
            outstandingUrgent -= (int) queue.stream().filter(Job::urgent).count();
            queue.forEach(j -> pending.remove(j.md5()));
            queue.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void await(boolean urgentOnly) {
        lock.lock();
        try {
            while ((urgentOnly ? outstandingUrgent : outstanding) > 0) {
                if (cancelled.getAsBoolean()) {
                    lock.unlock();
                    try {
                        close();
                    } finally {
                        lock.lock();
                    }
                    throw new SyncCancelledException(catalog);
                }
                if (workers == 0 && !queue.isEmpty()) {
                    // The executor runs nothing (shut down, or it is this thread's own pool): work here.
                    workers++;
                    lock.unlock();
                    try {
                        work();
                    } finally {
                        lock.lock();
                    }
                    continue;
                }
                changed.await(WAIT_SLICE_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncCancelledException(catalog);
        } finally {
            lock.unlock();
        }
        if (cancelled.getAsBoolean()) {
            throw new SyncCancelledException(catalog);
        }
    }

    private void start() {
        try {
            executor.execute(this::work);
        } catch (RejectedExecutionException e) {
            lock.lock();
            try {
                workers--;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /** A worker: takes jobs until the queue is empty, then retires. */
    private void work() {
        Job job;
        while ((job = take(true)) != null) {
            process(job);
        }
    }

    /** The next job, or null (a retiring worker is counted out under the same lock). */
    private Job take(boolean worker) {
        lock.lock();
        try {
            Job job = closed || cancelled.getAsBoolean() ? null : queue.poll();
            if (job == null && worker) {
                workers--;
                changed.signalAll();
            }
            return job;
        } finally {
            lock.unlock();
        }
    }

    private void process(Job job) {
        CatalogException error = null;
        long size = 0;
        try {
            error = stopCause();
            if (error == null) {
                size = files.fetch(job.file(), cancelled);
            }
        } catch (CatalogException e) {
            error = e;
        } catch (IOException e) {
            error = new CatalogException.Incomplete("the file " + job.file().url(), e);
        } catch (RuntimeException e) {
            LOG.warn("Downloading {} failed unexpectedly", job.file().url(), e);
            error = new CatalogException.Incomplete("the file " + job.file().url(), e);
        }
        finish(job, size, error);
    }

    /**
     * Tells the listener first, then counts the job done, so that a caller woken by {@link #awaitAll} has seen every
     * callback. A failure that stops everything takes the queued jobs out first (no worker starts them), reports
     * them, then counts them done.
     */
    private void finish(Job job, long size, CatalogException error) {
        if (error == null) {
            listener.fileFetched(job.file().filename(), size);
        } else {
            LOG.info("Could not download {} ({}): {}", job.file().filename(), job.file().url(), error.getMessage());
            listener.fileFailed(job.file().filename(), error.getMessage());
        }
        List<Job> dropped = List.of();
        lock.lock();
        try {
            if (error != null && stop == null && stopsEverything(error)) {
                stop = error;
                dropped = new ArrayList<>(queue);
                queue.clear();
            }
        } finally {
            lock.unlock();
        }
        for (Job d : dropped) {
            listener.fileFailed(d.file().filename(), error.getMessage());
        }
        lock.lock();
        try {
            done(job, size, error);
            for (Job d : dropped) {
                done(d, 0, error);
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Under the lock. */
    private void done(Job job, long size, CatalogException error) {
        pending.remove(job.md5());
        outstanding--;
        outstandingUrgent -= job.urgent() ? 1 : 0;
        if (error == null) {
            fetched++;
            bytes += size;
        } else {
            recordFailure(job.file(), job.md5(), error);
        }
    }

    /** Under the lock. */
    private void recordFailure(AssetFile file, String md5, CatalogException error) {
        failedMd5s.add(md5);
        failureCount++;
        if (failures.size() < FAILURES_KEPT) {
            failures.add(new MetadataFiles.Failure(file, error));
        }
    }

    private CatalogException stopCause() {
        lock.lock();
        try {
            return stop;
        } finally {
            lock.unlock();
        }
    }

    /** Every other file of this host would fail the same way: no point in asking. */
    private static boolean stopsEverything(CatalogException e) {
        return e instanceof CatalogException.Offline || e instanceof CatalogException.NotAuthenticated;
    }

    private void count(Runnable increment) {
        lock.lock();
        try {
            increment.run();
        } finally {
            lock.unlock();
        }
    }
}
