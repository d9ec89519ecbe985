package org.provex.ui.workflows;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.provex.core.cache.query.ExecutionFilter;
import org.provex.core.cache.query.ExecutionPage;
import org.provex.core.cache.query.ExecutionQueries;
import org.provex.core.cache.query.ExecutionRow;
import org.provex.core.cache.query.ExecutionSort;
import org.provex.core.cache.query.LookupQueries;
import org.provex.core.catalog.DerivaMlModel;
import org.provex.core.catalog.TableRef;
import org.provex.core.model.Rid;
import org.provex.ui.browse.PaneLoad;
import org.provex.ui.reproduce.WorkflowVerdicts;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.common.Messages;
import org.provex.ui.common.ViewContext;

/**
 * The Workflows pane: workflows grouped by name into versions of the same code, the runs of the selected
 * version (or of every version of a name), and links for the selected workflow. Reloads when the catalog
 * session changes; every query runs through the task runner and a superseded load is cancelled.
 */
public final class WorkflowsViewModel {

    /** More runs than this are counted but not listed: the Executions pane pages through any number. */
    static final int RUN_LIMIT = 5_000;

    private static final Messages TEXT = Messages.of(WorkflowsViewModel.class);
    private static final TableRef WORKFLOW_TABLE = new TableRef(DerivaMlModel.ML_SCHEMA, "Workflow");

    private final ViewContext ctx;
    private final ObservableList<WorkflowGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<ExecutionRow> executions = FXCollections.observableArrayList();
    // One read-only view each: the wrappers hold their listeners weakly, so a fresh one per call would lose them.
    private final ObservableList<WorkflowGroup> groupsView = FXCollections.unmodifiableObservableList(groups);
    private final ObservableList<ExecutionRow> executionsView = FXCollections.unmodifiableObservableList(executions);
    private final ReadOnlyObjectWrapper<WorkflowGroup> selectedGroup = new ReadOnlyObjectWrapper<>(this, "group");
    private final ReadOnlyObjectWrapper<WorkflowVersion> selectedVersion = new ReadOnlyObjectWrapper<>(this, "version");
    private final ReadOnlyObjectWrapper<WorkflowVersion> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ReadOnlyStringWrapper runsSummary = new ReadOnlyStringWrapper(this, "runsSummary", "");
    private final ReadOnlyStringWrapper linksReason = new ReadOnlyStringWrapper(this, "linksReason", "");
    private final PaneLoad list;
    private final PaneLoad runs;
    private final WorkflowVerdicts verdicts;
    private Rid pending;

    public WorkflowsViewModel(ViewContext ctx) {
        this.ctx = ctx;
        this.list = new PaneLoad(ctx.tasks(), ctx.notifications());
        this.runs = new PaneLoad(ctx.tasks(), ctx.notifications());
        this.verdicts = new WorkflowVerdicts(ctx);
        ctx.session().addListener((o, before, now) -> {
            // A selection asked for while no catalog was open is meant for the one opening now.
            if (before != null) {
                pending = null;
            }
            reload(false);
        });
        reload(false);
    }

    /** The code verdict of each workflow (the Verification column); {@link WorkflowVerdicts#verifyAll()} checks git. */
    public WorkflowVerdicts verdicts() {
        return verdicts;
    }

    /** Reads the workflows again from the cache, keeping the selection when it still exists. */
    public void refresh() {
        reload(true);
    }

    /** Selects one workflow row (a version of its code) and lists its runs; waits for a load in progress. */
    public void select(Rid workflow) {
        if (list.isLoading() || ctx.session().get() == null) {
            pending = workflow;
            return;
        }
        pending = null;
        Optional<WorkflowGroup> group = groups.stream().filter(g -> g.contains(workflow)).findFirst();
        if (group.isEmpty()) {
            ctx.notifications().error(TEXT.get("workflows.unknown", workflow));
            return;
        }
        WorkflowVersion version = group.get().versions().stream().filter(v -> v.rid().equals(workflow))
                .findFirst().orElseThrow();
        setSelection(group.get(), version, false);
    }

    /** Selects a name: the runs of all its versions (one version is just that version). */
    public void selectGroup(WorkflowGroup group) {
        setSelection(group, group.single() ? group.versions().get(0) : null, false);
    }

    public void clearSelection() {
        selectedGroup.set(null);
        selectedVersion.set(null);
        detail.set(null);
        executions.clear();
        runsSummary.set("");
        runs.stop(groups.isEmpty() ? "" : TEXT.get("workflows.runs.select"));
    }

    public void openExecution(Rid execution) {
        if (execution != null) {
            ctx.navigator().showExecution(execution);
        }
    }

    /** "v2" for a run's workflow row within the selected name, for the runs table. */
    public String versionLabel(Rid workflow) {
        WorkflowGroup g = selectedGroup.get();
        if (g == null || workflow == null) {
            return "";
        }
        return g.versions().stream().filter(v -> v.rid().equals(workflow)).map(WorkflowVersion::label)
                .findFirst().orElse("");
    }

    public void copyCitation() {
        withLinks(v -> ctx.session().get().links().citation(v.rid()), url -> {
            ctx.dialogs().copyToClipboard(url);
            ctx.notifications().info(TEXT.get("workflows.citation.copied", url));
        });
    }

    public void openInChaise() {
        withLinks(v -> ctx.session().get().links().chaise(WORKFLOW_TABLE, v.rid()), ctx.dialogs()::openInBrowser);
    }

    /** Copies a value shown in the detail (commit, checksum, URL, RID). */
    public void copy(String label, String value) {
        if (value != null && !value.isBlank()) {
            ctx.dialogs().copyToClipboard(value);
            ctx.notifications().info(TEXT.get("workflows.copied", label));
        }
    }

    private void withLinks(java.util.function.Function<WorkflowVersion, Optional<String>> link,
                           java.util.function.Consumer<String> use) {
        WorkflowVersion v = detail.get();
        CatalogSession session = ctx.session().get();
        if (v == null || session == null) {
            return;
        }
        Optional<String> url = link.apply(v);
        if (url.isPresent()) {
            use.accept(url.get());
        } else {
            ctx.notifications().info(session.links().unavailableReason().orElse(""));
        }
    }

    private void reload(boolean keepSelection) {
        Rid keep = pending != null ? pending
                : keepSelection && detail.get() != null ? detail.get().rid() : null;
        boolean keepGroup = keepSelection && pending == null && selectedVersion.get() == null
                && selectedGroup.get() != null;
        CatalogSession session = ctx.session().get();
        if (!keepSelection) {
            groups.clear();
            clearSelection();
        }
        linksReason.set(session == null ? "" : session.links().unavailableReason().orElse(""));
        if (session == null) {
            list.stop(TEXT.get("workflows.noCatalog"));
            return;
        }
        list.load(TEXT.get("task.workflows", session.name()), TEXT.get("workflows.loading"),
                tc -> WorkflowGrouping.group(new LookupQueries(session.db()).workflows()),
                found -> loaded(found, keep, keepGroup), m -> TEXT.get("workflows.failed", m));
    }

    private void loaded(List<WorkflowGroup> found, Rid keep, boolean keepGroup) {
        groups.setAll(found);
        verdicts.show(found.stream().flatMap(g -> g.versions().stream()).map(WorkflowVersion::workflow).toList());
        list.show(found.isEmpty() ? TEXT.get("workflows.empty") : "");
        Optional<WorkflowGroup> group = keep == null ? Optional.empty()
                : found.stream().filter(g -> g.contains(keep)).findFirst();
        if (group.isPresent()) {
            WorkflowVersion version = keepGroup && !group.get().single() ? null : group.get().versions().stream()
                    .filter(v -> v.rid().equals(keep)).findFirst().orElseThrow();
            setSelection(group.get(), version, true);
        } else {
            if (keep != null && keep.equals(pending)) {
                ctx.notifications().error(TEXT.get("workflows.unknown", keep));
            }
            clearSelection();
        }
        pending = null;
    }

    private void setSelection(WorkflowGroup group, WorkflowVersion version, boolean reloadRuns) {
        if (!reloadRuns && group.equals(selectedGroup.get()) && java.util.Objects.equals(version,
                selectedVersion.get())) {
            return;
        }
        selectedGroup.set(group);
        selectedVersion.set(version);
        detail.set(version != null ? version : group.latest());
        loadRuns(version != null ? List.of(version.rid()) : group.versions().stream().map(WorkflowVersion::rid)
                .toList());
    }

    private void loadRuns(List<Rid> workflows) {
        CatalogSession session = ctx.session().get();
        executions.clear();
        runsSummary.set("");
        ExecutionFilter filter = ExecutionFilter.ALL.withWorkflows(workflows.toArray(Rid[]::new));
        runs.load(TEXT.get("task.runs"), TEXT.get("workflows.runs.loading"),
                tc -> new ExecutionQueries(session.db()).page(filter, ExecutionSort.NEWEST_FIRST, RUN_LIMIT, 0),
                this::runsLoaded, m -> TEXT.get("workflows.runs.failed", m));
    }

    private void runsLoaded(ExecutionPage page) {
        executions.setAll(page.rows());
        runs.show(page.rows().isEmpty() ? TEXT.get("workflows.runs.none") : "");
        runsSummary.set(page.total() > page.rows().size()
                ? TEXT.get("workflows.runs.capped", page.rows().size(), page.total())
                : TEXT.get("workflows.runs.count", page.total()));
    }

    /** Names with their versions, sentinel last. */
    public ObservableList<WorkflowGroup> groups() {
        return groupsView;
    }

    /** Runs of the selection, newest first. */
    public ObservableList<ExecutionRow> executions() {
        return executionsView;
    }

    public ReadOnlyObjectProperty<WorkflowGroup> selectedGroupProperty() {
        return selectedGroup.getReadOnlyProperty();
    }

    /** The selected version, or null when a whole name (several versions) or nothing is selected. */
    public ReadOnlyObjectProperty<WorkflowVersion> selectedVersionProperty() {
        return selectedVersion.getReadOnlyProperty();
    }

    /** The workflow the detail shows: the selected version, or the latest version of a selected name. */
    public ReadOnlyObjectProperty<WorkflowVersion> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return list.loadingProperty();
    }

    public ReadOnlyBooleanProperty loadingRunsProperty() {
        return runs.loadingProperty();
    }

    /** Why the workflow list is empty (no catalog, loading, none, failure), or empty text. */
    public ReadOnlyStringProperty listMessageProperty() {
        return list.messageProperty();
    }

    /** Why the runs table is empty, or empty text. */
    public ReadOnlyStringProperty runsMessageProperty() {
        return runs.messageProperty();
    }

    /** "12 runs", or "Newest 5,000 of 100,012 runs". */
    public ReadOnlyStringProperty runsSummaryProperty() {
        return runsSummary.getReadOnlyProperty();
    }

    /** Why "Open in Chaise" and "Copy citation" are unavailable, or empty text when they work. */
    public ReadOnlyStringProperty linksReasonProperty() {
        return linksReason.getReadOnlyProperty();
    }
}
