package org.provex.ui.datasets;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.provex.core.cache.query.DatasetQueries;
import org.provex.core.cache.query.DatasetSummary;
import org.provex.core.cache.query.DatasetVersionUsage;
import org.provex.core.cache.query.ExecutionFilter;
import org.provex.core.cache.query.ExecutionQueries;
import org.provex.core.cache.query.ExecutionRow;
import org.provex.core.catalog.DerivaMlModel;
import org.provex.core.catalog.TableRef;
import org.provex.core.model.Rid;
import org.provex.ui.browse.PaneLoad;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.common.Messages;
import org.provex.ui.common.ViewContext;

/**
 * The Datasets pane: datasets as a nesting tree, the version history of the selected one, and for the
 * selected version the execution that produced it and those that consumed it. Reloads when the catalog
 * session changes; every query runs through the task runner and a superseded load is cancelled.
 */
public final class DatasetsViewModel {

    /** More consumers than this are counted but not listed: the Executions pane filters by input version. */
    static final int CONSUMER_LIMIT = 5_000;

    private static final Messages TEXT = Messages.of(DatasetsViewModel.class);
    private static final TableRef DATASET_TABLE = new TableRef(DerivaMlModel.ML_SCHEMA, "Dataset");

    private final ViewContext ctx;
    private final ObservableList<DatasetNode> roots = FXCollections.observableArrayList();
    private final ObservableList<VersionRow> versions = FXCollections.observableArrayList();
    private final ObservableList<ExecutionRow> consumers = FXCollections.observableArrayList();
    // One read-only view each: the wrappers hold their listeners weakly, so a fresh one per call would lose them.
    private final ObservableList<DatasetNode> rootsView = FXCollections.unmodifiableObservableList(roots);
    private final ObservableList<VersionRow> versionsView = FXCollections.unmodifiableObservableList(versions);
    private final ObservableList<ExecutionRow> consumersView = FXCollections.unmodifiableObservableList(consumers);
    private final ReadOnlyObjectWrapper<DatasetSummary> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ReadOnlyObjectWrapper<VersionRow> version = new ReadOnlyObjectWrapper<>(this, "version");
    private final ReadOnlyObjectWrapper<Rid> producerRid = new ReadOnlyObjectWrapper<>(this, "producerRid");
    private final ReadOnlyObjectWrapper<ExecutionRow> producer = new ReadOnlyObjectWrapper<>(this, "producer");
    private final ReadOnlyStringWrapper consumersSummary = new ReadOnlyStringWrapper(this, "consumersSummary", "");
    private final ReadOnlyStringWrapper linksReason = new ReadOnlyStringWrapper(this, "linksReason", "");
    private final Map<Rid, DatasetSummary> byRid = new HashMap<>();
    private final PaneLoad list;
    private final PaneLoad usage;
    private Rid[] pending;

    public DatasetsViewModel(ViewContext ctx) {
        this.ctx = ctx;
        this.list = new PaneLoad(ctx.tasks(), ctx.notifications());
        this.usage = new PaneLoad(ctx.tasks(), ctx.notifications());
        ctx.session().addListener((o, before, now) -> {
            // A selection asked for while no catalog was open is meant for the one opening now.
            if (before != null) {
                pending = null;
            }
            reload(false);
        });
        reload(false);
    }

    /** Reads the datasets again, keeping the selection when it still exists. */
    public void refresh() {
        reload(true);
    }

    /**
     * Selects a dataset and one of its versions ({@code version} null: its current version, else its newest);
     * waits for a load in progress.
     */
    public void select(Rid datasetRid, Rid versionRid) {
        if (list.isLoading() || ctx.session().get() == null) {
            pending = new Rid[] {datasetRid, versionRid};
            return;
        }
        pending = null;
        DatasetSummary d = byRid.get(datasetRid);
        if (d == null) {
            ctx.notifications().error(TEXT.get("datasets.unknown", datasetRid));
            return;
        }
        if (!d.equals(dataset.get())) {
            dataset.set(d);
            versions.setAll(d.history().stream().map(v -> new VersionRow(v, v.rid().equals(
                    d.dataset().currentVersion()))).toList());
        }
        Optional<VersionRow> chosen = versionRid == null ? Optional.empty()
                : versions.stream().filter(v -> v.rid().equals(versionRid)).findFirst();
        if (versionRid != null && chosen.isEmpty()) {
            ctx.notifications().error(TEXT.get("datasets.unknownVersion", versionRid, d.label()));
        }
        setVersion(chosen.or(this::defaultVersion).orElse(null), false);
    }

    /** Selects another version of the selected dataset. */
    public void selectVersion(Rid versionRid) {
        versions.stream().filter(v -> v.rid().equals(versionRid)).findFirst().ifPresent(v -> setVersion(v, false));
    }

    public void clearSelection() {
        dataset.set(null);
        versions.clear();
        setVersion(null, false);
    }

    public void openExecution(Rid execution) {
        if (execution != null) {
            ctx.navigator().showExecution(execution);
        }
    }

    /** Opens the run that produced the selected version (it may be missing from the cache: the detail says so). */
    public void openProducer() {
        openExecution(producerRid.get());
    }

    /** Opens the lineage graph of the selected version. */
    public void showLineage() {
        VersionRow v = version.get();
        if (v != null) {
            ctx.navigator().showLineage(v.rid());
        }
    }

    /** Opens the impact report of the selected version: the runs, outputs and versions it fed. */
    public void showImpact() {
        VersionRow v = version.get();
        if (v != null) {
            ctx.navigator().showImpact(v.rid());
        }
    }

    /** Compares the members of the selected version with the version before it (both can be changed there). */
    public void compareVersions() {
        VersionRow v = version.get();
        DatasetSummary d = dataset.get();
        if (v != null && d != null) {
            int at = versions.indexOf(v);
            Rid before = at > 0 ? versions.get(at - 1).rid() : null;
            ctx.navigator().compareVersions(d.dataset().rid(), before, v.rid());
        }
    }

    /** Copies the citation of the dataset at the selected version's own snapshot. */
    public void copyCitation() {
        withLink((links, d, v) -> links.citation(d, v.version().snapshot()), url -> {
            ctx.dialogs().copyToClipboard(url);
            ctx.notifications().info(TEXT.get("datasets.citation.copied", url));
        });
    }

    /** Opens the dataset in Chaise as it was at the selected version's snapshot. */
    public void openInChaise() {
        withLink((links, d, v) -> links.chaise(DATASET_TABLE, d, v.version().snapshot()),
                ctx.dialogs()::openInBrowser);
    }

    private interface Link {
        Optional<String> of(org.provex.core.links.RecordLinks links, Rid dataset, VersionRow version);
    }

    private void withLink(Link link, java.util.function.Consumer<String> use) {
        CatalogSession session = ctx.session().get();
        VersionRow v = version.get();
        if (session == null || v == null) {
            return;
        }
        if (!linksReason.get().isEmpty()) {
            ctx.notifications().info(linksReason.get());
            return;
        }
        link.of(session.links(), dataset.get().dataset().rid(), v).ifPresent(use);
    }

    private Optional<VersionRow> defaultVersion() {
        return versions.stream().filter(VersionRow::current).findFirst()
                .or(() -> versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1)));
    }

    private void reload(boolean keepSelection) {
        Rid[] keep = pending != null ? pending : keepSelection && dataset.get() != null
                ? new Rid[] {dataset.get().dataset().rid(), version.get() == null ? null : version.get().rid()} : null;
        boolean explicit = pending != null;
        CatalogSession session = ctx.session().get();
        if (!keepSelection) {
            roots.clear();
            byRid.clear();
            clearSelection();
        }
        if (session == null) {
            list.stop(TEXT.get("datasets.noCatalog"));
            return;
        }
        list.load(TEXT.get("task.datasets", session.name()), TEXT.get("datasets.loading"),
                tc -> new DatasetQueries(session.db()).datasets(), found -> loaded(found, keep, explicit),
                m -> TEXT.get("datasets.failed", m));
    }

    private void loaded(List<DatasetSummary> found, Rid[] kept, boolean askedBefore) {
        // a dataset asked for while this load ran (a navigation that built the pane) wins over the old selection
        Rid[] keep = pending != null ? pending : kept;
        boolean explicit = pending != null || askedBefore;
        byRid.clear();
        found.forEach(d -> byRid.put(d.dataset().rid(), d));
        roots.setAll(DatasetNode.forest(found));
        list.show(found.isEmpty() ? TEXT.get("datasets.empty") : "");
        pending = null;
        if (keep != null && (explicit || byRid.containsKey(keep[0]))) {
            dataset.set(null);
            select(keep[0], keep[1]);
            if (!explicit) {
                reloadUsage();
            }
        } else {
            clearSelection();
        }
    }

    private void setVersion(VersionRow v, boolean force) {
        if (!force && java.util.Objects.equals(v, version.get()) && v != null) {
            return;
        }
        version.set(v);
        CatalogSession session = ctx.session().get();
        String reason = session == null ? "" : session.links().unavailableReason().orElse("");
        linksReason.set(!reason.isEmpty() || v == null || !v.dev() ? reason : TEXT.get("datasets.links.dev"));
        reloadUsage();
    }

    private void reloadUsage() {
        VersionRow v = version.get();
        CatalogSession session = ctx.session().get();
        producerRid.set(v == null ? null : v.version().execution());
        producer.set(null);
        consumers.clear();
        consumersSummary.set("");
        if (v == null || session == null) {
            usage.stop(dataset.get() == null && !roots.isEmpty() ? TEXT.get("datasets.select") : "");
            return;
        }
        usage.load(TEXT.get("task.usage", v.label()), TEXT.get("datasets.usage.loading"), tc -> {
            Optional<DatasetVersionUsage> found = new DatasetQueries(session.db()).usage(v.rid(), CONSUMER_LIMIT);
            long total = found.isEmpty() || found.get().consumers().size() < CONSUMER_LIMIT
                    ? found.map(u -> (long) u.consumers().size()).orElse(0L)
                    : new ExecutionQueries(session.db()).count(ExecutionFilter.ALL.withInput(
                            v.version().dataset(), v.rid()));
            return new Usage(found.orElse(null), total);
        }, u -> usageLoaded(v, u.usage(), u.total()), m -> TEXT.get("datasets.usage.failed", m));
    }

    private record Usage(DatasetVersionUsage usage, long total) {
    }

    private void usageLoaded(VersionRow v, DatasetVersionUsage found, long total) {
        producer.set(found == null ? null : found.producer());
        consumers.setAll(found == null ? List.of() : found.consumers());
        consumersSummary.set(total > consumers.size()
                ? TEXT.get("datasets.consumers.capped", consumers.size(), total, v.label())
                : TEXT.get("datasets.consumers.count", consumers.size(), v.label()));
        usage.show(!consumers.isEmpty() ? "" : v.dev() ? TEXT.get("datasets.consumers.dev")
                : TEXT.get("datasets.consumers.none"));
    }

    /** Datasets no other dataset nests, each with its nested datasets. */
    public ObservableList<DatasetNode> roots() {
        return rootsView;
    }

    /** The selected dataset's history in PEP 440 order, oldest first. */
    public ObservableList<VersionRow> versions() {
        return versionsView;
    }

    /** The runs that consumed the selected version, newest first. */
    public ObservableList<ExecutionRow> consumers() {
        return consumersView;
    }

    public ReadOnlyObjectProperty<DatasetSummary> selectedDatasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<VersionRow> selectedVersionProperty() {
        return version.getReadOnlyProperty();
    }

    /** The RID of the run that produced the selected version, as recorded (null when none is). */
    public ReadOnlyObjectProperty<Rid> producerRidProperty() {
        return producerRid.getReadOnlyProperty();
    }

    /** The producing run's row, or null while loading or when it is not in the cache. */
    public ReadOnlyObjectProperty<ExecutionRow> producerProperty() {
        return producer.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return list.loadingProperty();
    }

    public ReadOnlyBooleanProperty loadingUsageProperty() {
        return usage.loadingProperty();
    }

    /** Why the dataset tree is empty (no catalog, loading, none, failure), or empty text. */
    public ReadOnlyStringProperty listMessageProperty() {
        return list.messageProperty();
    }

    /** Why the consumers table is empty, or empty text. */
    public ReadOnlyStringProperty consumersMessageProperty() {
        return usage.messageProperty();
    }

    /** "3 executions consumed 0.2.0". */
    public ReadOnlyStringProperty consumersSummaryProperty() {
        return consumersSummary.getReadOnlyProperty();
    }

    /** Why the selected version cannot be cited or opened in Chaise, or empty text when it can. */
    public ReadOnlyStringProperty linksReasonProperty() {
        return linksReason.getReadOnlyProperty();
    }
}
