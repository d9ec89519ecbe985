package org.provex.ui.reproduce;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.provex.core.io.SafeFiles;
import org.provex.core.model.Rid;
import org.provex.core.reproduce.launch.LaunchHandle;
import org.provex.core.reproduce.run.ReproductionRecord;
import org.provex.core.reproduce.run.Reproductions;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.common.Errors;
import org.provex.ui.common.Messages;
import org.provex.ui.common.TaskSlot;
import org.provex.ui.common.ViewContext;

/**
 * Past and running reproduction attempts, newest first. A refresh reads the records (finding attempts that ended
 * while Provex was closed) and looks for the new runs of finished attempts in the current catalog's cache, which
 * links them and records their comparison. The selected attempt's log tail is read on request; a running attempt of
 * this session can be stopped.
 */
public final class ReproductionsViewModel {

    /** Lines of a log shown at most. */
    static final int LOG_LINES = 400;
    /** Read from the log's end for those lines: 400 lines of up to 1 KiB. */
    private static final int LOG_BYTES = 400 * 1024;
    private static final long STOP_WAIT_SECONDS = 15;

    private final Messages m = Messages.of(ReproductionsViewModel.class);
    private final ViewContext ctx;
    private final Reproductions reproductions;
    private final TaskSlot loading;
    private final TaskSlot log;
    private final TaskSlot stopping;
    private final ObservableList<ReproductionRecord> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ReproductionRecord> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ReadOnlyStringWrapper logText = new ReadOnlyStringWrapper(this, "logText");

    public ReproductionsViewModel(ViewContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.reproductions = ctx.reproduce().reproductions();
        this.loading = ctx.tasks().slot();
        this.log = ctx.tasks().slot();
        this.stopping = ctx.tasks().slot();
        logText.set(m.get("list.log.none"));
        selected.addListener((o, a, r) -> readLog(r));
    }

    /** Reads the records again and links finished attempts of the current catalog to their new runs. */
    public void refresh() {
        CatalogSession session = ctx.session().get();
        message.set(m.get("list.loading"));
        loading.task(m.get("list.task"), c -> read(session))
                .onSuccess(found -> {
                    String keep = selected.get() == null ? null : selected.get().id();
                    rows.setAll(found);
                    message.set(found.isEmpty() ? m.get("list.empty") : null);
                    found.stream().filter(r -> r.id().equals(keep)).findFirst().ifPresent(selected::set);
                })
                .onError(e -> message.set(m.get("list.failed", Errors.message(e))))
                .start();
    }

    private List<ReproductionRecord> read(CatalogSession session) {
        List<ReproductionRecord> out = new ArrayList<>();
        for (ReproductionRecord r : reproductions.list()) {
            boolean linkable = session != null && session.name().equals(r.catalog()) && r.link() == null
                    && !r.dryRun() && r.state().finished();
            out.add(linkable ? reproductions.link(r, session.db()) : r);
        }
        return out;
    }

    private void readLog(ReproductionRecord r) {
        if (r == null) {
            log.cancel();
            logText.set(m.get("list.log.none"));
            return;
        }
        log.task(m.get("list.log.task", r.id()), c -> tail(Path.of(r.logFile())))
                .onSuccess(logText::set)
                .onError(e -> logText.set(m.get("list.log.failed", Errors.message(e))))
                .start();
    }

    private static String tail(Path file) throws IOException {
        return SafeFiles.lastLines(file, LOG_LINES, LOG_BYTES);
    }

    /** True when the attempt runs in this session, or is a running batch job (so it can be stopped). */
    public boolean canStop(ReproductionRecord r) {
        return r != null && (reproductions.active(r.id()).isPresent()
                || r.job() != null && r.state() == ReproductionRecord.State.RUNNING);
    }

    /**
     * Ends a running attempt of this session and every process it started, or cancels a batch job of an earlier
     * session through its scheduler; then refreshes.
     */
    public void stop(ReproductionRecord r) {
        if (r == null) {
            return;
        }
        java.util.Optional<LaunchHandle> active = reproductions.active(r.id());
        if (active.isEmpty() && canStop(r)) {
            stopping.task(m.get("list.task"), c -> reproductions.cancel(r.id())).andFinally(this::refresh).start();
            return;
        }
        active.ifPresent(handle -> stopping.task(m.get("list.task"), c -> {
            handle.cancel();
            waitFor(handle);
            return null;
        }).andFinally(this::refresh).start());
    }

    private static void waitFor(LaunchHandle handle) throws InterruptedException {
        try {
            handle.completion().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // the refresh shows whatever state it reached
        }
    }

    /** Compares the original with its reproduction's new run (when one was linked). */
    public void compare(ReproductionRecord r) {
        if (r != null && r.link() != null) {
            ctx.navigator().compare(List.of(new Rid(r.original()), new Rid(r.link().execution())));
        }
    }

    public void showOriginal(ReproductionRecord r) {
        if (r != null) {
            ctx.navigator().showExecution(new Rid(r.original()));
        }
    }

    /** The window closes. */
    public void close() {
        loading.cancel();
        log.cancel();
    }

    public ObservableList<ReproductionRecord> rows() {
        return rows;
    }

    public ObjectProperty<ReproductionRecord> selected() {
        return selected;
    }

    /** Loading, empty or failure text; null when the list shows rows. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty logText() {
        return logText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loading() {
        return loading.runningProperty();
    }
}
