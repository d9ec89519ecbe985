package org.provex.ui.catalogs;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.provex.core.catalog.http.CatalogException;
import org.provex.core.live.CatalogService;
import org.provex.core.sync.MetadataFiles;
import org.provex.core.sync.SyncCancelledException;
import org.provex.core.sync.SyncReport;
import org.provex.ui.common.Errors;
import org.provex.ui.common.Messages;
import org.provex.ui.common.TaskRunner;
import org.provex.ui.common.ViewContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sync now and Download all files for the chosen live catalog: one at a time, in the background, with a progress
 * line (rows, files, bytes) and Cancel. The window keeps browsing the old cache meanwhile; when a sync changed the
 * cache the session is reopened so every pane reloads. Failures go to the status bar with the catalog's own
 * message, and the old session stays.
 */
public final class SyncViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(SyncViewModel.class);
    private final Messages msg = Messages.of(SyncViewModel.class);
    private final ViewContext ctx;
    private final CatalogService service;
    private final CatalogShell shell;
    private final CatalogsViewModel catalogs;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper catalog = new ReadOnlyStringWrapper(this, "catalog", "");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final AtomicBoolean cancel = new AtomicBoolean();

    SyncViewModel(ViewContext ctx, CatalogShell shell, CatalogsViewModel catalogs) {
        this.ctx = ctx;
        this.service = ctx.catalogs();
        this.shell = shell;
        this.catalogs = catalogs;
    }

    /** True while a sync or a download of files runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The catalog being synced (or whose files are downloaded), or empty. */
    public ReadOnlyStringProperty catalogProperty() {
        return catalog.getReadOnlyProperty();
    }

    /** "Reading deriva-ml:Execution (3/21) · 12,345 rows · 2 files, 4.1 KB" (the task title names the catalog). */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Syncs the chosen catalog (a full sync the first time, then only what changed). */
    public void syncNow() {
        String name = catalogs.currentProperty().get();
        if (!service.isLive(name) || busy.get()) {
            return;
        }
        begin(name);
        ctx.tasks().task(msg.get("task.sync", name), c -> service.sync(name, listener(c),
                        () -> cancel.get() || c.isCancelled()))
                .onProgress((f, text) -> progress.set(text))
                .onSuccess(report -> synced(name, report))
                .onError(e -> failed(name, "sync.failed", e))
                .andFinally(this::end)
                .start();
    }

    /** Downloads every metadata file of the chosen catalog that is not cached yet. */
    public void fetchAllFiles() {
        String name = catalogs.currentProperty().get();
        if (!service.isLive(name) || busy.get() || catalogs.notSyncedProperty().get()) {
            return;
        }
        begin(name);
        ctx.tasks().task(msg.get("task.files", name), c -> service.fetchAllFiles(name, listener(c),
                        () -> cancel.get() || c.isCancelled()))
                .onProgress((f, text) -> progress.set(text))
                .onSuccess(outcome -> fetched(name, outcome))
                .onError(e -> failed(name, "files.failed", e))
                .andFinally(this::end)
                .start();
    }

    /** Stops the running sync or download at its next step; the cache stays as it was before the sync. */
    public void cancel() {
        if (busy.get()) {
            cancel.set(true);
            progress.set(msg.get("sync.cancelling", catalog.get()));
        }
    }

    private void begin(String name) {
        cancel.set(false);
        busy.set(true);
        catalog.set(name);
        progress.set(msg.get("sync.starting"));
    }

    private void end() {
        busy.set(false);
        catalog.set("");
        progress.set("");
    }

    private static SyncProgressText listener(TaskRunner.TaskContext task) {
        return new SyncProgressText(line -> task.progress(-1, line));
    }

    private void synced(String name, SyncReport report) {
        report.warnings().forEach(w -> LOG.warn("sync of {}: {}", name, w));
        String warnings = report.warnings().isEmpty() ? "" : msg.get("sync.warnings", report.warnings().size());
        MetadataFiles.Outcome files = report.files();
        files.failures().forEach(f -> LOG.warn("file of {} not downloaded: {} ({}): {}", name, f.file().filename(),
                f.file().rid(), f.error().getMessage()));
        String fileNote = files.failures().isEmpty() ? "" : msg.get("sync.filesFailed", files.failed(),
                files.failures().get(0).file().filename(), Errors.message(files.failures().get(0).error()));
        String text = switch (report.kind()) {
            case UNCHANGED -> msg.get("sync.unchanged", name, report.snaptime().value());
            case INCREMENTAL -> msg.get("sync.incremental", name, count(report.inserted() + report.updated()
                    + report.deleted()), report.snaptime().value());
            case FULL -> msg.get("sync.full", name, count(report.executions()), report.snaptime().value());
        };
        if (fileNote.isEmpty()) {
            ctx.notifications().info(text + warnings);
        } else {
            ctx.notifications().error(text + warnings + fileNote);
        }
        boolean current = name.equals(catalogs.currentProperty().get());
        if (current) {
            catalogs.caughtUp(report.snaptime(), report.snaptime());
        }
        if (current && (report.kind() != SyncReport.Kind.UNCHANGED || report.filesFetched() > 0
                || catalogs.notSyncedProperty().get())) {
            shell.reopen();
        }
    }

    private void fetched(String name, MetadataFiles.Outcome outcome) {
        outcome.failures().forEach(f -> LOG.warn("file of {}: {}", name, f.error().getMessage()));
        String text = msg.get("files.done", name, outcome.fetched(), SyncProgressText.bytes(outcome.bytes()));
        if (outcome.failures().isEmpty()) {
            ctx.notifications().info(text);
        } else {
            ctx.notifications().error(text + msg.get("files.someFailed", outcome.failures().size(),
                    Errors.message(outcome.failures().get(0).error())));
        }
        if (outcome.fetched() > 0 && name.equals(catalogs.currentProperty().get())) {
            shell.reopen();
        }
    }

    private void failed(String name, String key, Throwable e) {
        Throwable t = Errors.unwrap(e);
        if (t instanceof SyncCancelledException) {
            ctx.notifications().info(msg.get("sync.cancelled", name));
            return;
        }
        LOG.info("{} of {} failed: {}", key, name, t.toString());
        ctx.notifications().error(msg.get(key, name, Errors.message(t)));
        if (t instanceof CatalogException && name.equals(catalogs.currentProperty().get())) {
            catalogs.unreachable(t);
        }
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
