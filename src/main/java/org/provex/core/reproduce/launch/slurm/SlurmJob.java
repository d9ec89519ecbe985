package org.provex.core.reproduce.launch.slurm;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.provex.core.reproduce.launch.BatchJob;
import org.provex.core.reproduce.launch.FollowedLaunch;
import org.provex.core.reproduce.launch.LaunchListener;
import org.provex.core.reproduce.launch.LogTail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A submitted Slurm job, followed on the caller's executor: its state is read every poll interval (squeue, then
 * sacct or scontrol, then the exit code file) and its output is read as it grows (from the shared file system, or
 * copied from the login node at each poll). The job does not depend on Provex: following stops when it ends or
 * when Provex exits, and a later session follows it again from the recorded job id.
 */
final class SlurmJob extends FollowedLaunch {

    private static final Logger LOG = LoggerFactory.getLogger(SlurmJob.class);
    /** How often a log on a shared file system is looked at between polls (reading a file costs no process). */
    private static final Duration LOCAL_TICK = Duration.ofMillis(250);
    /** Answers that know nothing of the job before it counts as gone (one may be a controller restarting). */
    private static final int MISSES_BEFORE_UNKNOWN = 2;

    private final SlurmCluster cluster;
    private final Path log;
    private final Duration poll;
    private final Clock clock;
    private final Object wake = new Object();
    private volatile BatchJob job;
    private volatile boolean pollNow;
    private long fetched;
    private int misses;
    private String lastError = "";

    /**
     * @param readFrom where in the local log the listeners start reading
     * @param fetched  how much of the job's log is already in the local file (over SSH)
     */
    SlurmJob(SlurmCluster cluster, BatchJob job, Path log, long readFrom, long fetched, Duration poll, Clock clock,
             LaunchListener listener) {
        super(new LogTail(log, readFrom, listener));
        this.cluster = cluster;
        this.job = job;
        this.log = log;
        this.poll = poll;
        this.clock = clock;
        this.fetched = fetched;
    }

    @Override
    public long pid() {
        return -1;
    }

    @Override
    public Optional<BatchJob> job() {
        return Optional.of(job);
    }

    @Override
    public OptionalInt exitCode() {
        Integer code = job.exitCode();
        return job.finished() && code != null ? OptionalInt.of(code) : OptionalInt.empty();
    }

    /** Asks Slurm to cancel the job (scancel); the state that follows is read at once. */
    @Override
    public void cancel() {
        if (job.finished()) {
            return;
        }
        try {
            cluster.cancel(job.id());
            cancelled = true;
            LOG.info("Cancelled Slurm job {}", job.id());
        } catch (IOException e) {
            LOG.warn("Cancelling Slurm job {} failed: {}", job.id(), e.getMessage());
            tail.deliver("provex: the job could not be cancelled: " + e.getMessage());
        }
        synchronized (wake) {
            pollNow = true;
            wake.notifyAll();
        }
    }

    /** Follows the job until it ends. */
    void run() {
        Instant nextPoll = Instant.MIN;
        try (LogTail t = tail) {
            while (!job.finished() && !Thread.currentThread().isInterrupted()) {
                if (pollNow || !clock.instant().isBefore(nextPoll)) {
                    pollNow = false;
                    nextPoll = clock.instant().plus(poll);
                    fetch();
                    read(t);
                }
                t.drain();
                if (!job.finished()) {
                    pause(cluster.host() == null ? LOCAL_TICK.compareTo(poll) < 0 ? LOCAL_TICK : poll : poll);
                }
            }
            fetch();
            t.drain();
            t.finish();
        } catch (IOException e) {
            LOG.warn("Reading the output of Slurm job {} from {} failed", job.id(), log, e);
            tail.deliver("provex: the output could not be read from " + log + " (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            LOG.warn("Following Slurm job {} failed", job.id(), e);
            tail.deliver("provex: following the job failed (" + e.getMessage() + "); it may still be running.");
        }
        Integer code = job.exitCode();
        int exit = job.finished() && code != null ? code : -1;
        tail.exited(exit, cancelled);
        completion.complete(exit);
    }

    private void read(LogTail t) {
        try {
            Optional<BatchJob> read = SlurmTarget.read(cluster, job, clock.instant());
            misses = read.isPresent() ? 0 : misses + 1;
            lastError = "";
            if (read.isEmpty() && misses < MISSES_BEFORE_UNKNOWN) {
                return;
            }
            BatchJob next = read.orElseGet(() -> SlurmTarget.gone(job, clock.instant()));
            boolean changed = !next.state().equals(job.state()) || !next.stateDetail().equals(job.stateDetail());
            job = next;
            if (changed) {
                t.job(next);
            }
        } catch (IOException e) {
            if (!e.getMessage().equals(lastError)) {
                lastError = e.getMessage();
                t.deliver("provex: the job's state could not be read (" + e.getMessage() + "); trying again.");
            }
        }
    }

    private void fetch() {
        if (cluster.host() == null) {
            return;
        }
        try {
            fetched = cluster.fetch(job.logFile(), fetched, log);
        } catch (IOException e) {
            LOG.debug("Fetching the output of job {} failed: {}", job.id(), e.getMessage());
        }
    }

    private void pause(Duration d) {
        synchronized (wake) {
            if (pollNow) {
                return;
            }
            try {
                wake.wait(Math.max(1, d.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
