package org.provex.core.reproduce.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        this.targets = Map.copyOf(targets);
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
            handle = target.launch(prepared.request(), listener, executor);
        } catch (IOException e) {
            save(record.ended(ReproductionRecord.State.LAUNCH_FAILED, null, clock.instant(), e.getMessage()));
            throw new ReproduceException("The reproduction could not be started: " + e.getMessage(), e);
        }
        ReproductionRecord running = record.running(handle.pid(), clock.instant());
        save(running);
        active.put(record.id(), handle);
        java.util.concurrent.CompletableFuture<ReproductionRecord> done = handle.completion()
                .handle((code, error) -> finished(running, handle));
        return new ActiveReproduction(running, handle, done);
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
            if (r.state() == ReproductionRecord.State.RUNNING && !active.containsKey(r.id()) && r.pid() != null
                    && LocalTarget.ID.equals(r.target()) && !LocalTarget.isAlive(r.pid(), r.started())) {
                r = r.ended(ReproductionRecord.State.ENDED_UNOBSERVED, null, null, "The process ended while Provex "
                        + "was not running; its exit code is unknown (see the log).");
                save(r);
            }
            out.add(r);
        }
        return out;
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
        ReproductionRecord.State state = handle.cancelled() ? ReproductionRecord.State.CANCELLED
                : code == null ? ReproductionRecord.State.ENDED_UNOBSERVED
                : code == 0 ? ReproductionRecord.State.SUCCEEDED : ReproductionRecord.State.FAILED;
        String detail = handle.cancelled() ? "Cancelled; every process it started was ended."
                : code == null ? "The exit code could not be observed." : "Exit code " + code + ".";
        ReproductionRecord ended = current.ended(state, code, clock.instant(), detail);
        try {
            save(ended);
        } catch (ReproduceException e) {
            LOG.warn("The end of reproduction {} was not recorded", running.id(), e);
        }
        return ended;
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
