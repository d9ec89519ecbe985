package org.provex.ui.detail;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.catalog.TableRef;
import org.provex.core.links.RecordLinks;
import org.provex.core.live.RemoteFiles;
import org.provex.core.model.Rid;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.common.Errors;
import org.provex.ui.common.Messages;
import org.provex.ui.common.TaskSlot;
import org.provex.ui.common.ViewContext;
import org.provex.ui.detail.DetailContent.Choice;
import org.provex.ui.reproduce.ReadinessModel;

/**
 * One execution, answering "what code and data produced this result?". {@link #load} audits the run off the FX
 * thread (cancelling a load it supersedes); the page clears when the catalog session changes. Secrets of the
 * environment snapshot stay masked until {@link #revealSecrets()} is set, and are masked again on the next load.
 */
public final class ExecutionDetailViewModel {

    /** What the page shows. */
    public enum State { EMPTY, LOADING, LOADED, NOT_FOUND, FAILED }

    /** deriva-ml keeps executions in its own schema in every catalog generation. */
    static final TableRef EXECUTION_TABLE = new TableRef("deriva-ml", "Execution");

    private final ViewContext ctx;
    private final Messages m = Messages.of(ExecutionDetailViewModel.class);
    private final DetailLoader loader = new DetailLoader(m, ZoneId.systemDefault());
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.EMPTY);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ReadOnlyObjectWrapper<Rid> execution = new ReadOnlyObjectWrapper<>(this, "execution");
    private final ReadOnlyObjectWrapper<DetailContent> content = new ReadOnlyObjectWrapper<>(this, "content");
    private final BooleanProperty revealSecrets = new SimpleBooleanProperty(this, "revealSecrets");
    private final BooleanProperty showHydraInternals = new SimpleBooleanProperty(this, "showHydraInternals");
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final FilteredList<Choice> visibleChoices = new FilteredList<>(choices, c -> !c.internal());
    private final ReadOnlyBooleanWrapper linksAvailable = new ReadOnlyBooleanWrapper(this, "linksAvailable");
    private final ReadOnlyStringWrapper linksUnavailableReason = new ReadOnlyStringWrapper(this, "linksReason");
    private final FileViewerModel files;
    private final ReadinessModel readiness;
    private final TaskSlot load;

    public ExecutionDetailViewModel(ViewContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.load = ctx.tasks().slot();
        this.readiness = new ReadinessModel(ctx);
        this.files = new FileViewerModel(ctx.tasks(), this::database, this::remoteFiles, m, revealSecrets);
        message.set(m.get("detail.empty"));
        showHydraInternals.addListener((o, a, show) -> visibleChoices.setPredicate(show ? null : c -> !c.internal()));
        ctx.session().addListener((o, before, now) -> {
            clear();
            updateLinks(now);
        });
        updateLinks(ctx.session().get());
    }

    /** Shows an execution of the current catalog; a load still running for another one is cancelled. */
    public void load(Rid rid) {
        Objects.requireNonNull(rid, "rid");
        reset();
        execution.set(rid);
        CatalogSession session = ctx.session().get();
        if (session == null) {
            show(State.FAILED, m.get("detail.noCatalog"));
            return;
        }
        show(State.LOADING, m.get("detail.loading", rid));
        readiness.load(rid);
        CacheDatabase db = session.db();
        RemoteFiles remote = session.files();
        load.task(m.get("detail.task", rid), task -> loader.load(db, remote, rid, task))
                .onProgress((f, text) -> {
                    if (state.get() == State.LOADING) {
                        message.set(text);
                    }
                })
                .onSuccess(found -> loaded(rid, found))
                .onError(e -> {
                    String text = m.get("detail.failed", rid, Errors.message(e));
                    show(State.FAILED, text);
                    ctx.notifications().error(text);
                })
                .start();
    }

    /**
     * Shows an execution unless it is already shown or being loaded (a row selected after the run was opened
     * elsewhere asks again); {@link #load} reads it again in any case.
     */
    public void show(Rid rid) {
        State s = state.get();
        if (Objects.requireNonNull(rid, "rid").equals(execution.get()) && (s == State.LOADING || s == State.LOADED)) {
            return;
        }
        load(rid);
    }

    /** Back to the empty page; a load in flight is cancelled. */
    public void clear() {
        reset();
        show(State.EMPTY, m.get("detail.empty"));
    }

    private void reset() {
        load.cancel();
        readiness.clear();
        revealSecrets.set(false);
        showHydraInternals.set(false);
        files.reset();
        execution.set(null);
        content.set(null);
        choices.clear();
    }

    private void loaded(Rid rid, Optional<DetailContent> found) {
        if (found.isEmpty()) {
            show(State.NOT_FOUND, m.get("detail.notFound", rid));
            return;
        }
        DetailContent c = found.get();
        choices.setAll(c.configuration() == null ? java.util.List.of() : c.configuration().choices());
        content.set(c);
        show(State.LOADED, null);
    }

    private void show(State s, String text) {
        message.set(text);
        state.set(s);
    }

    private void updateLinks(CatalogSession session) {
        Optional<String> reason = session == null ? Optional.of(m.get("detail.noCatalog"))
                : session.links().unavailableReason();
        linksAvailable.set(reason.isEmpty());
        linksUnavailableReason.set(reason.map(r -> m.get("actions.unavailable", r)).orElse(null));
    }

    private CacheDatabase database() {
        CatalogSession session = ctx.session().get();
        return session == null ? null : session.db();
    }

    private RemoteFiles remoteFiles() {
        CatalogSession session = ctx.session().get();
        return session == null ? null : session.files();
    }

    private Optional<RecordLinks> links() {
        return Optional.ofNullable(ctx.session().get()).map(CatalogSession::links);
    }

    /** Opens the execution's Chaise record page (at the cached snapshot) in the browser. */
    public void openInChaise() {
        Rid rid = shown();
        if (rid != null) {
            links().flatMap(l -> l.chaise(EXECUTION_TABLE, rid)).ifPresent(ctx.dialogs()::openInBrowser);
        }
    }

    /** Copies the {@code /id/<catalog>/<RID>@<snapshot>} citation. */
    public void copyCitation() {
        Rid rid = shown();
        if (rid != null) {
            links().flatMap(l -> l.citation(rid)).ifPresent(this::copyText);
        }
    }

    /** Opens the reproduce wizard for the execution shown (not for the unknown-provenance sentinel). */
    public void reproduce() {
        DetailContent c = content.get();
        if (c != null && !c.header().sentinel()) {
            ctx.navigator().reproduce(c.rid());
        }
    }

    public void copyRid() {
        Rid rid = shown();
        if (rid != null) {
            copyText(rid.value());
        }
    }

    /** Copies any value shown on the page (a checksum, a command line) and says so in the status bar. */
    public void copyText(String text) {
        if (text != null && !text.isEmpty()) {
            ctx.dialogs().copyToClipboard(text);
            ctx.notifications().info(m.get("actions.copied", text.length() > 60 ? text.substring(0, 59) + "\u2026"
                    : text));
        }
    }

    public void showWorkflow() {
        DetailContent c = content.get();
        if (c != null && c.code().workflow() != null) {
            ctx.navigator().showWorkflow(c.code().workflow());
        }
    }

    /** Shows a dataset, with {@code version} selected when not null. */
    public void showDataset(Rid dataset, Rid version) {
        ctx.navigator().showDataset(Objects.requireNonNull(dataset, "dataset"), version);
    }

    /** Opens any record by RID (an asset, a configured asset), whatever it turns out to be. */
    public void openRecord(Rid rid) {
        ctx.navigator().open(Objects.requireNonNull(rid, "rid"));
    }

    public void showExecution(Rid rid) {
        ctx.navigator().showExecution(Objects.requireNonNull(rid, "rid"));
    }

    private Rid shown() {
        DetailContent c = content.get();
        return c == null ? null : c.rid();
    }

    public ReadOnlyObjectProperty<State> state() {
        return state.getReadOnlyProperty();
    }

    /** The text for the current state: empty page, loading, not found, failure; null when loaded. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** The execution shown or being loaded. */
    public ReadOnlyObjectProperty<Rid> execution() {
        return execution.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DetailContent> content() {
        return content.getReadOnlyProperty();
    }

    public BooleanProperty revealSecrets() {
        return revealSecrets;
    }

    public BooleanProperty showHydraInternals() {
        return showHydraInternals;
    }

    /** Config choices, without Hydra's own {@code hydra/*} groups unless {@link #showHydraInternals()}. */
    public ObservableList<Choice> configChoices() {
        return visibleChoices;
    }

    /** How many Hydra-internal choices are hidden or shown by the toggle. */
    public long hydraInternalCount() {
        return choices.stream().filter(Choice::internal).count();
    }

    public ReadOnlyBooleanProperty linksAvailable() {
        return linksAvailable.getReadOnlyProperty();
    }

    /** Why "Open in Chaise" and "Copy citation" are disabled, or null when they work. */
    public ReadOnlyStringProperty linksUnavailableReason() {
        return linksUnavailableReason.getReadOnlyProperty();
    }

    /** The readiness checklist of the execution shown. */
    public ReadinessModel readiness() {
        return readiness;
    }

    public FileViewerModel files() {
        return files;
    }
}
