package org.provex.ui.reproduce;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.provex.core.reproduce.launch.BatchJob;
import org.provex.core.reproduce.launch.LaunchListener;
import org.provex.core.reproduce.plan.PreparedReproduction;
import org.provex.core.reproduce.plan.ReproductionPlan;
import org.provex.core.reproduce.plan.ReproductionPlanner;
import org.provex.core.reproduce.run.ActiveReproduction;
import org.provex.core.reproduce.run.ReproductionRecord;
import org.provex.core.reproduce.run.Reproductions;
import org.provex.ui.common.Errors;
import org.provex.ui.common.Messages;
import org.provex.ui.common.TaskRunner;
import org.provex.ui.common.TaskSlot;

/**
 * The launch of one wizard: prepares the workspace (checkout, pinned configuration) and starts the command off the FX
 * thread, follows its output into a bounded list and a batch job's state (pending, running, ... as the target reads
 * it from the scheduler), stops it (the whole process tree, or the job) on request, and holds the final record. The
 * process belongs to the application's one {@link Reproductions}: closing the wizard stops following it, not the
 * process.
 */
final class LaunchModel {

    /** Where a launch stands. */
    enum Phase { NOT_STARTED, PREPARING, RUNNING, FINISHED, FAILED }

    /** Lines kept for the view; the whole output is in the workspace's log file. */
    static final int MAX_LINES = 5000;
    private static final long POLL_MILLIS = 100;

    private final Messages m = Messages.of(LaunchModel.class);
    private final Reproductions reproductions;
    private final TaskSlot starting;
    private final TaskSlot following;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.NOT_STARTED);
    private final ReadOnlyObjectWrapper<ReproductionRecord> record = new ReadOnlyObjectWrapper<>(this, "record");
    private final ReadOnlyObjectWrapper<String> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final ReadOnlyObjectWrapper<BatchJob> job = new ReadOnlyObjectWrapper<>(this, "job");
    private final ObservableList<String> output = FXCollections.observableArrayList();
    private ActiveReproduction active;
    private Queue<String> pending;
    /** Job states in the order the target reported them; handed to the FX thread with the output. */
    private final Queue<BatchJob> jobs = new ConcurrentLinkedQueue<>();
    private LaunchListener listener;

    LaunchModel(TaskRunner tasks, Reproductions reproductions) {
        this.reproductions = Objects.requireNonNull(reproductions, "reproductions");
        this.starting = tasks.slot();
        this.following = tasks.slot();
    }

    /** Writes the workspace and starts the plan's command; a second call while one runs is ignored. */
    void launch(ReproductionPlanner planner, ReproductionPlan plan, Set<String> confirmed) {
        if (phase.get() != Phase.NOT_STARTED) {
            return;
        }
        phase.set(Phase.PREPARING);
        problem.set(null);
        output.clear();
        job.set(null);
        jobs.clear();
        Queue<String> lines = new ConcurrentLinkedQueue<>();
        Queue<BatchJob> states = jobs;
        LaunchListener l = new LaunchListener() {
            @Override
            public void output(String line) {
                lines.add(line);
            }

            @Override
            public void job(BatchJob state) {
                states.add(state);
            }
        };
        pending = lines;
        listener = l;
        Set<String> answers = Set.copyOf(confirmed);
        starting.task(m.get("launch.task.prepare", plan.original().rid()), c -> {
            PreparedReproduction prepared = planner.prepare(plan, answers);
            return reproductions.launch(prepared, answers, l);
        }).onSuccess(this::started).onError(e -> {
            phase.set(Phase.FAILED);
            problem.set(Errors.message(e));
        }).start();
    }

    private void started(ActiveReproduction a) {
        active = a;
        record.set(a.record());
        a.handle().job().ifPresent(job::set);
        phase.set(Phase.RUNNING);
        Queue<String> lines = pending;
        Queue<BatchJob> states = jobs;
        following.task(m.get("launch.task.follow", a.record().original()), c -> follow(a, lines, states, c))
                .onProgress((f, text) -> {
                    append(text);
                    takeJobStates();
                })
                .onSuccess(this::finished)
                .onError(e -> {
                    phase.set(Phase.FAILED);
                    problem.set(Errors.message(e));
                })
                .start();
    }

    /**
     * Hands the output on in batches, and says when the job's state changed (the FX side takes the states from
     * their queue), until the process ended and its record was saved.
     */
    private static ReproductionRecord follow(ActiveReproduction a, Queue<String> lines, Queue<BatchJob> states,
                                             TaskRunner.TaskContext c) throws InterruptedException {
        while (true) {
            boolean done = a.finished().isDone();
            List<String> batch = new ArrayList<>();
            for (String line = lines.poll(); line != null; line = lines.poll()) {
                batch.add(line);
            }
            if (!batch.isEmpty() || !states.isEmpty()) {
                c.progress(-1, batch.isEmpty() ? null : String.join("\n", batch));
            }
            if (done && lines.isEmpty()) {
                return a.finished().join();
            }
            if (c.isCancelled()) {
                return null;
            }
            try {
                a.finished().get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
                // poll again: more output, or the end
            }
        }
    }

    private void append(String text) {
        if (text == null) {
            return;
        }
        output.addAll(List.of(text.split("\n", -1)));
        if (output.size() > MAX_LINES) {
            output.remove(0, output.size() - MAX_LINES);
        }
    }

    /** Shows every state the job went through since the last look, in order (on the FX thread). */
    private void takeJobStates() {
        for (BatchJob j = jobs.poll(); j != null; j = jobs.poll()) {
            job.set(j);
        }
    }

    private void finished(ReproductionRecord done) {
        if (done == null) {
            return;
        }
        takeJobStates();
        if (done.job() != null) {
            job.set(done.job());
        }
        record.set(done);
        phase.set(Phase.FINISHED);
    }

    /** Ends the running process and every process it started. */
    void stop() {
        if (active != null && active.handle().isRunning()) {
            active.handle().cancel();
        }
    }

    /** Stops following (the wizard closes); the process keeps running and stays in the reproductions list. */
    void detach() {
        starting.cancel();
        following.cancel();
        if (active != null && listener != null) {
            active.handle().removeListener(listener);
        }
    }

    boolean isRunning() {
        return phase.get() == Phase.PREPARING || phase.get() == Phase.RUNNING;
    }

    /** A record changed elsewhere (linked to the new run). */
    void updateRecord(ReproductionRecord r) {
        record.set(r);
    }

    ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<ReproductionRecord> recordProperty() {
        return record.getReadOnlyProperty();
    }

    /** The batch job in its last known state (pending, running, timeout...), or null for a local process. */
    ReadOnlyObjectProperty<BatchJob> jobProperty() {
        return job.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<String> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    ObservableList<String> output() {
        return output;
    }
}
