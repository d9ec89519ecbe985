package org.provex.ui.execution;

import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.formats.ParsedMetadata;
import org.provex.core.formats.SecretMasker;
import org.provex.core.formats.StructuredText;
import org.provex.ui.common.Errors;
import org.provex.ui.common.Messages;
import org.provex.ui.common.TaskRunner;
import org.provex.ui.execution.DetailContent.FileRow;

/**
 * The metadata file viewer: the selected file's text, pretty-printed off the FX thread, with secrets masked unless
 * revealed: all of an environment snapshot's secret variables (its raw text holds them unmasked), and anything
 * shaped like a credential in other files.
 */
public final class FileViewerModel {

    /** The pretty text, and the same text with secrets masked (null for a file with nothing to mask). */
    private record FileText(String pretty, String masked) {
    }

    private final TaskRunner tasks;
    private final Supplier<CacheDatabase> db;
    private final Messages m;
    private final BooleanProperty reveal;
    private final EnvironmentModel environment;
    private final ReadOnlyObjectWrapper<FileRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper masked = new ReadOnlyBooleanWrapper(this, "masked");
    private final ReadOnlyBooleanWrapper hasSecrets = new ReadOnlyBooleanWrapper(this, "hasSecrets");
    private FileText current;
    private TaskRunner.TaskHandle handle;
    private int generation;

    /** @param db the open cache, or null while no catalog is open; asked on the FX thread when a file is picked */
    FileViewerModel(TaskRunner tasks, Supplier<CacheDatabase> db, Messages messages, BooleanProperty reveal) {
        this.tasks = tasks;
        this.db = db;
        this.m = messages;
        this.reveal = reveal;
        this.environment = new EnvironmentModel(messages, reveal);
        reveal.addListener((o, a, b) -> showText());
        message.set(m.get("files.pick"));
    }

    /** Shows a file (null shows nothing); a file whose body is not cached shows why instead. */
    public void select(FileRow row) {
        cancel();
        current = null;
        showText();
        environment.show(row != null && row.parsed() instanceof ParsedMetadata.Environment e ? e.snapshot() : null);
        selected.set(row);
        if (row == null) {
            message.set(m.get("files.pick"));
            return;
        }
        if (!row.cached()) {
            message.set(m.get("files.notCached", row.name()));
            return;
        }
        CacheDatabase database = db.get();
        if (database == null) {
            message.set(m.get("detail.noCatalog"));
            return;
        }
        message.set(row.parseError());
        loading.set(true);
        int gen = ++generation;
        handle = tasks.task(m.get("files.task", row.name()), ctx -> read(database, row))
                .onSuccess(t -> {
                    if (gen == generation) {
                        current = t;
                        message.set(t == null ? m.get("files.notCached", row.name()) : row.parseError());
                        showText();
                    }
                })
                .onError(e -> {
                    if (gen == generation) {
                        message.set(m.get("files.readFailed", row.name(), Errors.message(e)));
                    }
                })
                .andFinally(() -> {
                    if (gen == generation) {
                        loading.set(false);
                    }
                })
                .start();
    }

    private static FileText read(CacheDatabase database, FileRow row) throws java.io.IOException {
        byte[] bytes = database.blobs().read(row.asset().md5(), row.asset().length()).orElse(null);
        if (bytes == null) {
            return null;
        }
        String pretty = StructuredText.pretty(row.name(), bytes);
        // a snapshot holds os.environ; other files can still carry a token (an argv entry, a Hydra key)
        String masked = row.isEnvironment() ? StructuredText.prettyMasked(row.name(), bytes)
                : SecretMasker.maskText(pretty);
        return new FileText(pretty, row.isEnvironment() || !masked.equals(pretty) ? masked : null);
    }

    private void showText() {
        boolean mask = current != null && current.masked() != null && !reveal.get();
        hasSecrets.set(current != null && current.masked() != null);
        masked.set(mask);
        text.set(current == null ? "" : mask ? current.masked() : current.pretty());
    }

    /** Forgets the selection and stops a read in flight. */
    void reset() {
        select(null);
    }

    private void cancel() {
        generation++;
        loading.set(false);
        if (handle != null) {
            handle.cancel();
            handle = null;
        }
    }

    public ReadOnlyObjectProperty<FileRow> selected() {
        return selected.getReadOnlyProperty();
    }

    /** The file's text as shown: pretty-printed JSON, YAML and TOML as written, a snapshot masked unless revealed. */
    public ReadOnlyStringProperty text() {
        return text.getReadOnlyProperty();
    }

    /** Why there is no (or only raw) text: not cached, unreadable, or nothing selected; null when all is well. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loading() {
        return loading.getReadOnlyProperty();
    }

    /** True while the text shown has secrets masked. */
    public ReadOnlyBooleanProperty masked() {
        return masked.getReadOnlyProperty();
    }

    /** True when the file's text has values that are masked unless revealed (always for a snapshot). */
    public ReadOnlyBooleanProperty hasSecrets() {
        return hasSecrets.getReadOnlyProperty();
    }

    /** The sections of the selected environment snapshot (empty for other files). */
    public EnvironmentModel environment() {
        return environment;
    }
}
