package org.provex.core.reproduce.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.reproduce.ReproduceException;
import org.provex.core.reproduce.launch.BatchJob;
import org.provex.core.reproduce.launch.LaunchHandle;
import org.provex.core.reproduce.launch.LaunchListener;
import org.provex.core.reproduce.launch.LaunchTarget;
import org.provex.core.reproduce.launch.LocalTarget;
import org.provex.core.reproduce.plan.PreparedReproduction;
import org.provex.core.reproduce.plan.ReproductionPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Launches prepared reproductions and keeps their record. One instance lives as long as the application (the window's
 * composition root owns it), so a launch keeps running, and stays visible, when the view that started it closes;
 * launches found running from an earlier session are reported as such.
 */
public final class Reproductions {

    private static final Logger LOG = LoggerFactory.getLogger(Reproductions.class);

    private final ReproductionStore store;
    private final Map<String, LaunchTarget> targets;
    private final Executor executor;
    private final Clock clock;
    private final Map<String, LaunchHandle> active = new ConcurrentHashMap<>();

    /**
     * @param executor follows the output of launched processes; owned by the caller (named daemon threads in the
     *                 window, a small pool in the CLI)
     */
    public Reproductions(ReproductionStore store, Map<String, LaunchTarget> targets, Executor executor, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.targets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(targets));
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public ReproductionStore store() {
        return store;
    }

    public Map<String, LaunchTarget> targets() {
        return targets;
    }

    /**
     * Starts a prepared reproduction on its plan's target and records it; the record is updated when the process
     * ends, whoever is still listening.
     *
     * @param confirmed the confirmations that were answered yes (kept in the record)
     */
    public ActiveReproduction launch(PreparedReproduction prepared, Set<String> confirmed, LaunchListener listener) {
        ReproductionPlan plan = prepared.plan();
        LaunchTarget target = targets.get(plan.target());
        if (target == null) {
            throw new ReproduceException("There is no launch target '" + plan.target() + "'; available: "
                    + String.join(", ", targets.keySet()) + ".");
        }
        ReproductionRecord record = initial(plan, confirmed);
        save(record);
        LaunchHandle handle;
        try {
            Files.writeString(prepared.request().logFile(), "$ " + plan.command().display() + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            handle = target.launch(prepared.request(), both(listener, recorder(record.id())), executor);
        } catch (IOException e) {
            save(record.ended(ReproductionRecord.State.LAUNCH_FAILED, null, clock.instant(), e.getMessage()));
            throw new ReproduceException("The reproduction could not be started: " + e.getMessage(), e);
        }
        BatchJob job = handle.job().orElse(null);
        ReproductionRecord running = record.running(job == null ? Long.valueOf(handle.pid()) : null, job,
                clock.instant());
        save(running);
        return track(running, handle);
    }

    private ActiveReproduction track(ReproductionRecord running, LaunchHandle handle) {
        active.put(running.id(), handle);
        java.util.concurrent.CompletableFuture<ReproductionRecord> done = handle.completion()
                .handle((code, error) -> finished(running, handle));
        return new ActiveReproduction(running, handle, done);
    }

    /**
     * Follows an attempt again: the launch this session started, or a batch job of an earlier session found again
     * from its recorded id (its output is read from the start of the log). Empty when it is not running or its
     * target cannot follow it (a process of an earlier session: its output is in the log).
     */
    public Optional<ActiveReproduction> follow(String id, LaunchListener listener) {
        LaunchHandle handle = active.get(id);
        ReproductionRecord record = store.get(id).orElse(null);
        if (handle != null && record != null) {
            if (listener != null) {
                handle.addListener(listener);
            }
            return Optional.of(new ActiveReproduction(record, handle, handle.completion().thenApply(c ->
                    store.get(id).orElse(record))));
        }
        if (record == null || record.state() != ReproductionRecord.State.RUNNING || record.job() == null
                || !targets.containsKey(record.target())) {
            return Optional.empty();
        }
        Optional<LaunchHandle> resumed = targets.get(record.target()).resume(record.job(), Path.of(record.logFile()),
                0, both(listener, recorder(id)), executor);
        return resumed.map(h -> track(record, h));
    }

    /**
     * Cancels a running attempt: the launch this session follows, or a batch job of an earlier session through its
     * scheduler. Returns the record as it stands afterwards.
     */
    public ReproductionRecord cancel(String id) {
        ReproductionRecord record = store.get(id).orElseThrow(() -> new ReproduceException("There is no "
                + "reproduction " + id + "; 'provex reproductions' lists them."));
        LaunchHandle handle = active.get(id);
        if (handle != null) {
            handle.cancel();
            return store.get(id).orElse(record);
        }
        if (record.state() != ReproductionRecord.State.RUNNING) {
            throw new ReproduceException("The reproduction " + id + " is not running (" + record.state().word()
                    + ").");
        }
        if (record.job() == null || !targets.containsKey(record.target())) {
            throw new ReproduceException("The reproduction " + id + " runs as process " + record.pid() + " of an "
                    + "earlier session; end that process to stop it.");
        }
        try {
            targets.get(record.target()).cancel(record.job());
        } catch (IOException e) {
            throw new ReproduceException("The job " + record.job().id() + " could not be cancelled: "
                    + e.getMessage(), e);
        }
        ReproductionRecord cancelled = record.ended(ReproductionRecord.State.CANCELLED, null, clock.instant(),
                "Cancelled: " + (record.job().scheduler() == null ? "job" : record.job().scheduler() + " job") + " "
                        + record.job().id() + " was asked to stop.");
        save(cancelled);
        return cancelled;
    }

    /** The handle of a launch this session started and that has not finished. */
    public Optional<LaunchHandle> active(String id) {
        return Optional.ofNullable(active.get(id));
    }

    /**
     * Every attempt, newest first. Attempts recorded as running that no Provex is watching are checked: still alive,
     * they stay running; otherwise they ended while Provex was closed, with an unknown exit code.
     */
    public List<ReproductionRecord> list() {
        List<ReproductionRecord> out = new ArrayList<>();
        for (ReproductionRecord r : store.list()) {
            if (r.state() == ReproductionRecord.State.RUNNING && !active.containsKey(r.id())) {
                r = observed(r);
            }
            out.add(r);
        }
        return out;
    }

    /** A running attempt no handle of this session follows, as it stands now. */
    private ReproductionRecord observed(ReproductionRecord r) {
        if (r.job() != null) {
            LaunchTarget target = targets.get(r.target());
            Optional<BatchJob> now = target == null ? Optional.empty() : target.refresh(r.job());
            if (now.isEmpty() || now.get().equals(r.job())) {
                return r;
            }
            BatchJob j = now.get();
            ReproductionRecord updated = j.finished() ? r.withJob(j).ended(outcome(j, false), j.exitCode(),
                    j.updated(), detail(j)) : r.withJob(j);
            save(updated);
            return updated;
        }
        if (r.pid() != null && !LocalTarget.isAlive(r.pid(), r.started())) {
            ReproductionRecord ended = r.ended(ReproductionRecord.State.ENDED_UNOBSERVED, null, null, "The process "
                    + "ended while Provex was not running; its exit code is unknown (see the log).");
            save(ended);
            return ended;
        }
        return r;
    }

    /**
     * Looks for the new execution of an attempt in a catalog's cache (see {@link ReproductionLinker}) and records the
     * link with its comparison. Returns the record, changed or not.
     */
    public ReproductionRecord link(ReproductionRecord record, CacheDatabase db) {
        if (record.link() != null) {
            return record;
        }
        Set<String> taken = new HashSet<>();
        for (ReproductionRecord other : store.list()) {
            if (other.link() != null && !other.id().equals(record.id())) {
                taken.add(other.link().execution());
            }
        }
        Optional<ReproductionRecord.Link> link = ReproductionLinker.link(record, db, taken, clock.instant());
        if (link.isEmpty()) {
            return record;
        }
        ReproductionRecord linked = record.linked(link.get());
        save(linked);
        return linked;
    }

    private ReproductionRecord finished(ReproductionRecord running, LaunchHandle handle) {
        active.remove(running.id());
        ReproductionRecord current = store.get(running.id()).orElse(running);
        Integer code = handle.exitCode().isPresent() ? handle.exitCode().getAsInt() : null;
        ReproductionRecord ended;
        BatchJob job = handle.job().orElse(null);
        if (job != null && !job.finished()) {
            // following stopped (Provex is closing, or the scheduler could not be read): the job runs on
            ended = current.withJob(job);
        } else if (job != null) {
            ended = current.withJob(job).ended(outcome(job, handle.cancelled()), code, clock.instant(), detail(job));
        } else {
            ReproductionRecord.State state = handle.cancelled() ? ReproductionRecord.State.CANCELLED
                    : code == null ? ReproductionRecord.State.ENDED_UNOBSERVED
                    : code == 0 ? ReproductionRecord.State.SUCCEEDED : ReproductionRecord.State.FAILED;
            String detail = handle.cancelled() ? "Cancelled; every process it started was ended."
                    : code == null ? "The exit code could not be observed." : "Exit code " + code + ".";
            ended = current.ended(state, code, clock.instant(), detail);
        }
        try {
            save(ended);
        } catch (ReproduceException e) {
            LOG.warn("The end of reproduction {} was not recorded", running.id(), e);
        }
        return ended;
    }

    private static ReproductionRecord.State outcome(BatchJob job, boolean cancelledHere) {
        if (cancelledHere || BatchJob.CANCELLED.equals(job.state())) {
            return ReproductionRecord.State.CANCELLED;
        }
        if (BatchJob.UNKNOWN.equals(job.state())) {
            return ReproductionRecord.State.ENDED_UNOBSERVED;
        }
        return BatchJob.COMPLETED.equals(job.state()) && Integer.valueOf(0).equals(job.exitCode())
                ? ReproductionRecord.State.SUCCEEDED : ReproductionRecord.State.FAILED;
    }

    private static String detail(BatchJob job) {
        return job.scheduler() + " job " + job.id() + ": " + job.state() + ". " + job.stateDetail();
    }

    /** Keeps the record's job state current while a job runs (best effort: the end is recorded regardless). */
    private LaunchListener recorder(String id) {
        return new LaunchListener() {
            @Override
            public void job(BatchJob job) {
                try {
                    store.get(id).filter(r -> r.state() == ReproductionRecord.State.RUNNING)
                            .ifPresent(r -> save(r.withJob(job)));
                } catch (ReproduceException e) {
                    LOG.warn("The state of job {} was not recorded", job.id(), e);
                }
            }
        };
    }

    private static LaunchListener both(LaunchListener first, LaunchListener second) {
        if (first == null) {
            return second;
        }
        return new LaunchListener() {
            @Override
            public void output(String line) {
                first.output(line);
            }

            @Override
            public void exited(int exitCode, boolean cancelled) {
                first.exited(exitCode, cancelled);
                second.exited(exitCode, cancelled);
            }

            @Override
            public void job(BatchJob job) {
                second.job(job);
                first.job(job);
            }
        };
    }

    private ReproductionRecord initial(ReproductionPlan plan, Set<String> confirmed) {
        return new ReproductionRecord(plan.id(), plan.catalog().name(), plan.original().rid().value(),
                plan.original().workflow() == null ? null : plan.original().workflow().value(), plan.mode().word(),
                plan.label(), plan.target(), plan.dryRun(), plan.workspace().root().toString(),
                plan.checkout() == null ? null : plan.workspace().checkout().toString(),
                plan.checkout() == null ? null : plan.checkout().commit(), plan.command().argv(),
                plan.command().workingDirectory().toString(), plan.workspace().log().toString(), plan.plannedAt(),
                null, null, null, null, ReproductionRecord.State.PREPARED, "",
                plan.verification() == null ? null : plan.verification().verdict().word(),
                plan.confirmations().stream().map(ReproductionPlan.Confirmation::id).filter(confirmed::contains)
                        .toList(), null);
    }

    private void save(ReproductionRecord record) {
        try {
            store.save(record);
        } catch (IOException e) {
            LOG.warn("Could not save reproduction record {}", record.id(), e);
            throw new ReproduceException("The reproduction record " + record.id() + " could not be saved in "
                    + store.directory() + " (" + e.getMessage() + ").", e);
        }
    }
}
