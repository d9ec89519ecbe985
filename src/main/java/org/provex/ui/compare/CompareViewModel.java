package org.provex.ui.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.diff.Comparison;
import org.provex.core.diff.PreparedComparison;
import org.provex.core.diff.RunComparer;
import org.provex.core.diff.RunRef;
import org.provex.core.diff.SectionId;
import org.provex.core.diff.Verdict;
import org.provex.core.diff.export.Citations;
import org.provex.core.model.AssetFile;
import org.provex.core.model.Rid;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.common.Errors;
import org.provex.ui.common.FileFetchProgress;
import org.provex.ui.common.Messages;
import org.provex.ui.common.TaskSlot;
import org.provex.ui.common.ViewContext;

/**
 * A comparison of two or more executions: reads them once off the FX thread, then switches the baseline, reveals
 * or hides secrets, lays out the grid ({@link #grid()}), shows one file side by side ({@link #files()}) and
 * exports reports. Commands: {@link #open}, {@link #revealSecrets}, {@link #hideSecrets}, {@link #exportMarkdown},
 * {@link #exportHtml}, {@link #copyMarkdown}, {@link #openRun}, {@link #close}; the baseline chooser writes
 * {@link #baselineProperty}.
 */
public final class CompareViewModel {

    /** Runs read and prepared, with their cached metadata files for the side-by-side text. */
    private record Loaded(PreparedComparison prepared, Comparison comparison, GridRows.Layout layout,
                          Map<Rid, List<AssetFile>> files) {
    }

    /** A comparison and its grid lines, made together off the FX thread so they arrive in one frame. */
    private record Shown(Comparison comparison, GridRows.Layout layout) {
    }

    private final Messages msg = Messages.of(CompareViewModel.class);
    private final ViewContext ctx;
    private final Function<CatalogSession, RunSource> sources;
    private final GridModel grid;
    private final FileDiffViewModel files;
    private final CompareExport export;
    private final ObservableList<RunRef> runs = FXCollections.observableArrayList();
    private final ObservableList<RunHeader> headers = FXCollections.observableArrayList();
    private final ObservableList<Verdict.RunVerdict> verdicts = FXCollections.observableArrayList();
    private final ObjectProperty<RunRef> baseline = new SimpleObjectProperty<>(this, "baseline");
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper citationNote = new ReadOnlyStringWrapper(this, "citationNote", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper detached = new ReadOnlyStringWrapper(this, "detached", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper(this, "secretsRevealed");
    private final ColumnOrder columnOrder = new ColumnOrder();
    private List<Rid> requested = List.of();
    private CatalogSession origin;
    private RunSource source;
    private Citations citations = Citations.withoutLinks(null, "");
    private PreparedComparison masked;
    private PreparedComparison unmasked;
    private Map<Rid, List<AssetFile>> fileLists = Map.of();
    private final TaskSlot work;
    private boolean installing;

    public CompareViewModel(ViewContext ctx) {
        this(ctx, s -> RunSource.of(s.db(), s.files()));
    }

    /** @param sources where a session's runs are read (the benchmark substitutes generated runs) */
    public CompareViewModel(ViewContext ctx, Function<CatalogSession, RunSource> sources) {
        this.ctx = ctx;
        this.sources = sources;
        this.work = ctx.tasks().slot();
        this.grid = new GridModel(ctx.tasks(), msg, this::failed);
        this.files = new FileDiffViewModel(ctx.tasks(), msg, this::failed);
        this.export = new CompareExport(ctx, msg);
        baseline.addListener((o, was, now) -> {
            if (!installing && now != null && comparison.get() != null && !now.equals(comparison.get().baseline())) {
                switchBaseline(now);
            }
        });
        ctx.session().addListener((o, was, now) -> sessionChanged(now));
    }

    // ---- commands -----------------------------------------------------------------------------------

    /** Reads and compares the runs (two or more) in the open catalog; the first is the baseline. */
    public void open(List<Rid> executions) {
        requested = List.copyOf(executions);
        title.set(msg.get("title", requested.size()));
        CatalogSession s = ctx.session().get();
        if (s == null) {
            error.set(msg.get("error.noCatalog"));
            return;
        }
        attach(s);
        load(requested.get(0), false);
    }

    /** Shows secret-looking values unmasked, after the user confirms; the runs are read again to do so. */
    public void revealSecrets() {
        if (revealed.get() || masked == null || !detached.get().isEmpty()
                || !ctx.dialogs().confirm(msg.get("reveal.title"), msg.get("reveal.message"))) {
            return;
        }
        load(comparison.get().baseline().rid(), true);
    }

    /** Masks secrets again (the unmasked values are dropped). */
    public void hideSecrets() {
        if (!revealed.get() || masked == null) {
            return;
        }
        unmasked = null;
        switchBaseline(comparison.get().baseline());
    }

    public void exportMarkdown() {
        exportRequest().ifPresent(r -> export.save(r, runs, CompareExport.Format.MARKDOWN));
    }

    public void exportHtml() {
        exportRequest().ifPresent(r -> export.save(r, runs, CompareExport.Format.HTML));
    }

    public void copyMarkdown() {
        exportRequest().ifPresent(export::copyMarkdown);
    }

    /** Shows a run in the main window's execution detail. */
    public void openRun(Rid run) {
        ctx.navigator().showExecution(run);
    }

    /** Opens a run's citation link in the browser, when the catalog has one. */
    public void openCitation(RunHeader header) {
        header.url().ifPresent(ctx.dialogs()::openInBrowser);
    }

    public void copyCitation(RunHeader header) {
        ctx.dialogs().copyToClipboard(header.citation());
    }

    /** The window is closing: stop background work. */
    public void close() {
        cancel();
    }

    // ---- state --------------------------------------------------------------------------------------

    public GridModel grid() {
        return grid;
    }

    public FileDiffViewModel files() {
        return files;
    }

    /** The runs in comparison order (the order asked for). */
    public ObservableList<RunRef> runs() {
        return runs;
    }

    /** The column headers: the baseline first; a new baseline swaps places with the old one. */
    public ObservableList<RunHeader> headers() {
        return headers;
    }

    /** The run the others are compared with; setting it switches the baseline without reading runs again. */
    public ObjectProperty<RunRef> baselineProperty() {
        return baseline;
    }

    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** One verdict per run other than the baseline. */
    public ObservableList<Verdict.RunVerdict> verdicts() {
        return verdicts;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The one line a person reads first. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** "16 of 120 fields differ". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why runs have no citation links (the demo), or "". */
    public ReadOnlyStringProperty citationNoteProperty() {
        return citationNote.getReadOnlyProperty();
    }

    /** Why the comparison could not be made, or "". */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Set when another catalog was opened: the comparison stays readable but cannot read files any more. */
    public ReadOnlyStringProperty detachedProperty() {
        return detached.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** While runs are read: what is being fetched ("Fetching metadata files: 3 of 10"), else empty. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty secretsRevealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    // ---- work ---------------------------------------------------------------------------------------

    private void attach(CatalogSession s) {
        origin = s;
        source = sources.apply(s);
        citations = Citations.of(s.links(), s.meta().snaptime());
        citationNote.set(citations.note());
        detached.set("");
    }

    private void load(Rid baselineRid, boolean reveal) {
        cancel();
        List<Rid> rids = requested;
        RunSource src = source;
        loading.set(true);
        error.set("");
        Function<Comparison, GridRows.Layout> layout = grid.layouter();
        progress.set("");
        work.task(msg.get("task.prepare", rids.size()), c -> {
            List<ExecutionAudit> audits = src.audits(rids, new FileFetchProgress(t -> c.progress(-1, t)),
                    c::isCancelled);
            PreparedComparison p = RunComparer.prepare(audits, reveal);
            Comparison comp = p.against(baselineRid);
            return new Loaded(p, comp, layout.apply(comp), cachedFiles(audits));
        }).onSuccess(l -> {
            if (reveal) {
                unmasked = l.prepared();
            } else {
                masked = l.prepared();
                unmasked = null;
            }
            fileLists = l.files();
            install(l.comparison(), l.layout());
        }).onError(e -> {
            if (reveal && comparison.get() != null) {
                failed(e);      // the masked comparison is still shown
            } else {
                error.set(msg.get("error.prepare", Errors.message(e)));
            }
        }).onProgress((f, text) -> progress.set(text)).andFinally(() -> {
            loading.set(false);
            progress.set("");
        }).start();
    }

    private void switchBaseline(RunRef to) {
        cancel();
        PreparedComparison p = unmasked != null ? unmasked : masked;
        loading.set(true);
        Function<Comparison, GridRows.Layout> layout = grid.layouter();
        work.task(msg.get("task.baseline", to.rid()), c -> {
            Comparison comp = p.against(to.rid());
            return new Shown(comp, layout.apply(comp));
        }).onSuccess(s -> install(s.comparison(), s.layout())).onError(this::failed)
                .andFinally(() -> loading.set(false)).start();
    }

    private void install(Comparison c, GridRows.Layout layout) {
        grid.show(c, layout);
        installing = true;
        try {
            comparison.set(c);
            revealed.set(c.secretsRevealed());
            if (!runs.equals(c.runs())) {
                runs.setAll(c.runs());
            }
            baseline.set(c.baseline());
            headers.setAll(columnOrder.headers(c, citations));
            verdicts.setAll(c.verdict().runs());
            headline.set(c.verdict().headline());
            long fields = c.sections().stream().filter(s -> s.id() != SectionId.VERDICT)
                    .mapToLong(s -> s.rows().size()).sum();
            summary.set(msg.get("summary", c.differingRows(), fields));
        } finally {
            installing = false;
        }
        files.update(detached.get().isEmpty() ? source : null, c.baseline(), c.runs(), fileLists,
                c.secretsRevealed());
    }

    private Optional<CompareExport.Request> exportRequest() {
        Comparison c = comparison.get();
        return masked == null || c == null ? Optional.empty()
                : Optional.of(new CompareExport.Request(masked, c.baselineIndex(), grid.filter(),
                citations));
    }

    private static Map<Rid, List<AssetFile>> cachedFiles(List<ExecutionAudit> audits) {
        Map<Rid, List<AssetFile>> out = new LinkedHashMap<>();
        for (ExecutionAudit a : audits) {
            out.put(a.detail().execution().rid(), a.files().stream().filter(ExecutionAudit.MetadataFile::cached)
                    .map(f -> f.use().asset()).toList());
        }
        return out;
    }

    /**
     * The same catalog opened again (a sync, a reload) reads the runs again, masked; another catalog leaves this
     * comparison readable and exportable, but its files can no longer be read.
     */
    private void sessionChanged(CatalogSession now) {
        if (requested.isEmpty() || origin == null) {
            return;
        }
        cancel();
        if (now != null && now.name().equals(origin.name())) {
            attach(now);
            load(comparison.get() == null ? requested.get(0) : comparison.get().baseline().rid(), false);
        } else {
            detached.set(msg.get("detached", origin.name()));
            Comparison c = comparison.get();
            if (c != null) {
                files.update(null, c.baseline(), c.runs(), fileLists, c.secretsRevealed());
            }
        }
    }

    private void cancel() {
        work.cancel();
        loading.set(false);
        grid.cancel();
        files.cancel();
    }

    private void failed(Throwable e) {
        ctx.notifications().error(msg.get("error.work", Errors.message(e)));
    }
}
