package org.provex.ui.detail;

import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.catalog.http.CatalogException;
import org.provex.core.formats.MetadataReaders;
import org.provex.core.formats.ParsedMetadata;
import org.provex.core.formats.SecretMasker;
import org.provex.core.formats.StructuredText;
import org.provex.ui.common.Errors;
import org.provex.ui.common.Messages;
import org.provex.core.live.RemoteFiles;
import org.provex.ui.common.TaskRunner;
import org.provex.ui.common.TaskSlot;
import org.provex.ui.detail.DetailContent.FileRow;

/**
 * The metadata file viewer: the selected file's text, pretty-printed off the FX thread, with secrets masked unless
 * revealed: all of an environment snapshot's secret variables (its raw text holds them unmasked), and anything
 * shaped like a credential in other files.
 */
public final class FileViewerModel {

    /**
     * The pretty text, the same text with secrets masked (null for a file with nothing to mask), and what a body
     * fetched just now parsed to (null when it was read from the cache, where the audit parsed it).
     */
    private record FileText(String pretty, String masked, ParsedMetadata parsed) {
    }

    private final Supplier<CacheDatabase> db;
    private final Supplier<RemoteFiles> remote;
    private final Messages m;
    private final BooleanProperty reveal;
    private final EnvironmentModel environment;
    private final ReadOnlyObjectWrapper<FileRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper masked = new ReadOnlyBooleanWrapper(this, "masked");
    private final ReadOnlyBooleanWrapper hasSecrets = new ReadOnlyBooleanWrapper(this, "hasSecrets");
    private final ObservableSet<String> fetched = FXCollections.observableSet();
    private FileText current;
    private final TaskSlot reading;

    /**
     * @param db the open cache, or null while no catalog is open; asked on the FX thread when a file is picked
     * @param remote where a live catalog's files not cached yet come from ({@link RemoteFiles#NONE} for the demo)
     */
    FileViewerModel(TaskRunner tasks, Supplier<CacheDatabase> db, Supplier<RemoteFiles> remote, Messages messages,
                    BooleanProperty reveal) {
        this.reading = tasks.slot();
        this.db = db;
        this.remote = remote;
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
        RemoteFiles files = remote.get();
        boolean fetch = !row.cached() && !fetched.contains(row.md5());
        if (fetch && (files == null || !files.available())) {
            message.set(m.get("files.notCached", row.name()));
            return;
        }
        CacheDatabase database = db.get();
        if (database == null) {
            message.set(m.get("detail.noCatalog"));
            return;
        }
        message.set(fetch ? m.get("files.fetching", row.name()) : row.parseError());
        loading.set(true);
        reading.task(m.get(fetch ? "files.fetchTask" : "files.task", row.name()),
                        ctx -> fetch ? fetch(files, row) : read(database, row))
                .onSuccess(t -> shown(row, t, fetch))
                .onError(e -> message.set(fetch ? fetchFailed(row, e)
                        : m.get("files.readFailed", row.name(), Errors.message(e))))
                .andFinally(() -> loading.set(false))
                .start();
    }

    private void shown(FileRow row, FileText t, boolean fetch) {
        current = t;
        if (t == null) {
            message.set(m.get(fetch ? "files.notFetchable" : "files.notCached", row.name()));
        } else if (t.parsed() != null) {
            fetched.add(row.md5());
            if (t.parsed() instanceof ParsedMetadata.Environment e) {
                environment.show(e.snapshot());
            }
            message.set(t.parsed() instanceof ParsedMetadata.Failed f ? f.error().getMessage() : null);
        } else {
            message.set(row.parseError());
        }
        showText();
    }

    private String fetchFailed(FileRow row, Throwable e) {
        Throwable t = Errors.unwrap(e);
        return t instanceof CatalogException.Offline ? m.get("files.offline", row.name())
                : m.get("files.fetchFailed", row.name(), Errors.message(t));
    }

    /** Downloads a body the cache does not hold (verified, then stored), and parses it as the audit would. */
    private static FileText fetch(RemoteFiles files, FileRow row) throws java.io.IOException {
        return files.fetch(row.asset()).map(bytes -> parsed(row, bytes)).orElse(null);
    }

    /** A cached body; one that was fetched after the page loaded is parsed here (the audit could not). */
    private static FileText read(CacheDatabase database, FileRow row) throws java.io.IOException {
        byte[] bytes = database.blobs().read(row.asset().md5(), row.asset().length()).orElse(null);
        return bytes == null ? null : row.cached() ? text(row, bytes) : parsed(row, bytes);
    }

    private static FileText parsed(FileRow row, byte[] bytes) {
        FileText t = text(row, bytes);
        return new FileText(t.pretty(), t.masked(), MetadataReaders.read(row.kind(), row.name(), bytes));
    }

    private static FileText text(FileRow row, byte[] bytes) {
        String pretty = StructuredText.pretty(row.name(), bytes);
        // a snapshot holds os.environ; other files can still carry a token (an argv entry, a Hydra key)
        String masked = row.isEnvironment() ? StructuredText.prettyMasked(row.name(), bytes)
                : SecretMasker.maskText(pretty);
        return new FileText(pretty, row.isEnvironment() || !masked.equals(pretty) ? masked : null, null);
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
        fetched.clear();
    }

    private void cancel() {
        reading.cancel();
        loading.set(false);
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

    /** MD5s of the files fetched from the catalog since the page was loaded (the table marks them cached). */
    public ObservableSet<String> fetched() {
        return fetched;
    }

    /** The sections of the selected environment snapshot (empty for other files). */
    public EnvironmentModel environment() {
        return environment;
    }
}
