package org.provex.ui.executions;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.provex.core.cache.query.ExecutionColumn;
import org.provex.core.cache.query.ExecutionFilter;
import org.provex.core.cache.query.ExecutionQueries;
import org.provex.core.cache.query.ExecutionRow;
import org.provex.core.cache.query.ExecutionSort;
import org.provex.core.model.ExecutionStatus;
import org.provex.core.model.Rid;
import org.provex.ui.reproduce.ReadinessBadges;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.common.Errors;
import org.provex.ui.common.Messages;
import org.provex.ui.common.TaskSlot;
import org.provex.ui.common.ViewContext;

/**
 * The executions list: filters, a server-side sort, the rows of the current query (read page by page off
 * the FX thread), counts for the status bar and the selection that compare and reproduce act on. Every
 * filter or sort change reads the first page, shows it, then counts the matching rows (the list grows to that
 * size), and cancels the reads it supersedes.
 */
public final class ExecutionsViewModel {

    /** The seven status terms, offered by the status filter. */
    public static final List<String> STATUS_TERMS = Arrays.stream(ExecutionStatus.values())
            .map(ExecutionStatus::term).toList();
    private static final long DEFAULT_TEXT_DELAY_MILLIS = 200;

    private final Messages msg = Messages.of(ExecutionsViewModel.class);
    private final ViewContext ctx;
    private final ObservableSet<String> statuses = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObjectProperty<FilterChoice> workflow = new SimpleObjectProperty<>(this, "workflow");
    private final ObjectProperty<FilterChoice> inputDataset = new SimpleObjectProperty<>(this, "inputDataset");
    private final ObjectProperty<LocalDate> createdFrom = new SimpleObjectProperty<>(this, "createdFrom");
    private final ObjectProperty<LocalDate> createdTo = new SimpleObjectProperty<>(this, "createdTo");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<ExecutionSort> sort = new SimpleObjectProperty<>(this, "sort",
            ExecutionSort.NEWEST_FIRST);
    private final ReadOnlyObjectWrapper<ExecutionFilter> filter = new ReadOnlyObjectWrapper<>(this, "filter",
            ExecutionFilter.ALL);
    private final ReadOnlyBooleanWrapper filtered = new ReadOnlyBooleanWrapper(this, "filtered");
    private final FilterChoice anyWorkflow;
    private final FilterChoice anyDataset;
    private final ObservableList<FilterChoice> workflowChoices = FXCollections.observableArrayList();
    private final ObservableList<FilterChoice> datasetChoices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ObservableList<ExecutionSlot>> rows = new ReadOnlyObjectWrapper<>(this,
            "rows", FXCollections.emptyObservableList());
    private final ReadOnlyLongWrapper matchingCount = new ReadOnlyLongWrapper(this, "matchingCount");
    private final ReadOnlyLongWrapper totalCount = new ReadOnlyLongWrapper(this, "totalCount");
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper(this, "loadError");
    private final ObservableList<ExecutionRow> selected = FXCollections.observableArrayList();
    private final ObservableList<ExecutionRow> selectedView = FXCollections.unmodifiableObservableList(selected);
    private final BooleanBinding canCompare = Bindings.size(selected).greaterThanOrEqualTo(2);
    private List<ExecutionSlot> selectedSlots = List.of();
    private final ReadinessBadges readiness;
    private final TaskSlot load;
    private final TaskSlot counting;
    private final TaskSlot positioning;
    private final TaskSlot choicesLoad;
    private final RowReveal reveal;
    private ExecutionSlot lead;
    private LazyExecutionList current;
    private int batchDepth;
    private boolean reloadPending;
    private long textDelayMillis = DEFAULT_TEXT_DELAY_MILLIS;
    private ZoneId zone = ZoneId.systemDefault();

    public ExecutionsViewModel(ViewContext ctx) {
        this.ctx = ctx;
        this.readiness = new ReadinessBadges(ctx);
        this.load = ctx.tasks().slot();
        this.counting = ctx.tasks().slot();
        this.positioning = ctx.tasks().slot();
        this.choicesLoad = ctx.tasks().slot();
        this.reveal = new RowReveal(ctx, filter::get, sort::get, this::clearFilters);
        anyWorkflow = FilterChoice.any(msg.get("filter.workflow.any"));
        anyDataset = FilterChoice.any(msg.get("filter.dataset.any"));
        workflowChoices.add(anyWorkflow);
        datasetChoices.add(anyDataset);
        workflow.set(anyWorkflow);
        inputDataset.set(anyDataset);
        statuses.addListener((SetChangeListener<String>) c -> reload(0));
        workflow.addListener((o, a, b) -> reload(0));
        inputDataset.addListener((o, a, b) -> reload(0));
        createdFrom.addListener((o, a, b) -> reload(0));
        createdTo.addListener((o, a, b) -> reload(0));
        sort.addListener((o, a, b) -> reload(0));
        text.addListener((o, a, b) -> reload(textDelayMillis));
        ctx.session().addListener((o, old, session) -> sessionChanged(session));
        sessionChanged(ctx.session().get());
    }

    // ---- filters and sort -------------------------------------------------------------------------

    /** Status terms to show; empty means every status. */
    public ObservableSet<String> statuses() {
        return statuses;
    }

    public ObjectProperty<FilterChoice> workflowProperty() {
        return workflow;
    }

    public ObjectProperty<FilterChoice> inputDatasetProperty() {
        return inputDataset;
    }

    public ObjectProperty<LocalDate> createdFromProperty() {
        return createdFrom;
    }

    /** Last day included (inclusive). */
    public ObjectProperty<LocalDate> createdToProperty() {
        return createdTo;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<ExecutionSort> sortProperty() {
        return sort;
    }

    /** Sorts by a column; the cache sorts, so this is one query whatever the number of rows. */
    public void sortBy(ExecutionColumn column, boolean ascending) {
        sort.set(new ExecutionSort(column, ascending));
    }

    /** The filter the current rows were (or are being) read with. */
    public ReadOnlyObjectProperty<ExecutionFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    /** True when any filter is set, so "clear filters" has something to do. */
    public ReadOnlyBooleanProperty filteredProperty() {
        return filtered.getReadOnlyProperty();
    }

    public ObservableList<FilterChoice> workflowChoices() {
        return workflowChoices;
    }

    public ObservableList<FilterChoice> datasetChoices() {
        return datasetChoices;
    }

    /** Resets every filter at once (one query). */
    public void clearFilters() {
        batch(() -> {
            statuses.clear();
            workflow.set(anyWorkflow);
            inputDataset.set(anyDataset);
            createdFrom.set(null);
            createdTo.set(null);
            text.set("");
        });
    }

    /** Runs several filter changes as one query. */
    public void batch(Runnable changes) {
        batchDepth++;
        try {
            changes.run();
        } finally {
            batchDepth--;
        }
        if (batchDepth == 0 && reloadPending) {
            reload(0);
        }
    }

    /** Reads the current query again (e.g. after a sync). */
    public void refresh() {
        reload(0);
    }

    // ---- rows, counts, selection ------------------------------------------------------------------

    /** The current query's rows; replaced (not changed) when the query changes. */
    public ReadOnlyObjectProperty<ObservableList<ExecutionSlot>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** How many executions the filters let through; -1 while they are being counted (the first page is shown). */
    public ReadOnlyLongProperty matchingCountProperty() {
        return matchingCount.getReadOnlyProperty();
    }

    /** Executions in the cache, whatever the filters. */
    public ReadOnlyLongProperty totalCountProperty() {
        return totalCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return load.runningProperty();
    }

    /** Why the last load failed, or null. */
    public ReadOnlyStringProperty loadErrorProperty() {
        return loadError.getReadOnlyProperty();
    }

    /** The selected executions whose rows are read (compare and reproduce act on these). */
    public ObservableList<ExecutionRow> selectedExecutions() {
        return selectedView;
    }

    /** The view reports the table's selection here. */
    public void select(List<ExecutionSlot> slots) {
        selectedSlots = List.copyOf(slots.stream().filter(s -> s != null).toList());
        refreshSelection();
    }

    /** True when two or more executions are selected, so {@link #compare()} has something to do. */
    public BooleanBinding canCompareProperty() {
        return canCompare;
    }

    /**
     * Compares the selected executions (two or more), oldest first: the oldest is the baseline, so versions
     * read forwards in time ("upgraded").
     */
    public void compare() {
        if (canCompare.get()) {
            ctx.navigator().compare(selected.stream()
                    .sorted(Comparator.comparing(ExecutionRow::created, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(r -> r.rid().value()))
                    .map(ExecutionRow::rid).toList());
        }
    }

    /** The readiness of the runs the table shows (its Readiness column). */
    public ReadinessBadges readiness() {
        return readiness;
    }

    /** Opens the reproduce wizard for the selected execution (exactly one, not the unknown-provenance sentinel). */
    public void reproduce() {
        if (selected.size() == 1 && !selected.get(0).unknownProvenance()) {
            ctx.navigator().reproduce(selected.get(0).rid());
        }
    }

    /** Opens an execution in the detail area. */
    public void open(ExecutionSlot slot) {
        if (slot != null && slot.row() != null) {
            ctx.navigator().showExecution(slot.row().rid());
        }
    }

    /**
     * The table's lead selection (the row last clicked or moved to) changed: the detail shows it, so one click opens
     * a run. A row whose page is still being read opens when it arrives, unless the lead has moved on by then.
     */
    public void lead(ExecutionSlot slot) {
        lead = slot;
        if (slot == null) {
            return;
        }
        if (slot.row() != null) {
            open(slot);
            return;
        }
        slot.rowProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends ExecutionRow> o, ExecutionRow a,
                                ExecutionRow row) {
                slot.rowProperty().removeListener(this);
                if (lead == slot && row != null) {
                    open(slot);
                }
            }
        });
    }

    /**
     * Selects a run's row alone and scrolls to it (a run opened from search, Workflows, Datasets or a link); see
     * {@link #revealProperty()}. Nothing is read when the run is the table's lead selection already (the person
     * selected it there, perhaps among others).
     */
    public void reveal(Rid rid) {
        if (lead != null && lead.row() != null && lead.row().rid().equals(rid)) {
            return;
        }
        reveal.reveal(rid, load.isRunning());
    }

    /** The row the table should select alone and scroll to (index -1: clear the selection). */
    ReadOnlyObjectProperty<RowReveal.Target> revealProperty() {
        return reveal.targetProperty();
    }

    /** The zone used for the date filters and for displaying times. */
    public ZoneId zone() {
        return zone;
    }

    void setZone(ZoneId zone) {
        this.zone = zone;
    }

    /** Typing waits this long for the next key before querying (default 200 ms; 0 in tests and benchmarks). */
    public void setTextDelayMillis(long millis) {
        this.textDelayMillis = millis;
    }

    LazyExecutionList currentList() {
        return current;
    }

    // ---- loading ----------------------------------------------------------------------------------

    private void sessionChanged(CatalogSession session) {
        cancelLoads();
        reveal.cancel();
        choicesLoad.cancel();
        batch(() -> {
            workflow.set(anyWorkflow);
            inputDataset.set(anyDataset);
            keepOnlyAny(workflowChoices);
            keepOnlyAny(datasetChoices);
            Long total = session == null ? null : session.meta().counts().get("executions");
            totalCount.set(total == null ? 0 : total);
            reloadPending = true;
        });
        if (session != null) {
            loadChoices(session);
        }
    }

    private void loadChoices(CatalogSession session) {
        choicesLoad.task(msg.get("task.choices"), c -> FilterChoices.read(session.db()))
                .onSuccess(choices -> {
                    // "any" stays in place: a combo box whose chosen item is removed would drop its value
                    keepOnlyAny(workflowChoices);
                    workflowChoices.addAll(choices.workflows());
                    keepOnlyAny(datasetChoices);
                    datasetChoices.addAll(choices.datasets());
                })
                .onError(e -> ctx.notifications().error(msg.get("error.choices", Errors.message(e))))
                .start();
    }

    private static void keepOnlyAny(List<FilterChoice> choices) {
        if (choices.size() > 1) {
            choices.subList(1, choices.size()).clear();
        }
    }

    private void reload(long delayMillis) {
        if (batchDepth > 0) {
            reloadPending = true;
            return;
        }
        reloadPending = false;
        ExecutionFilter f = buildFilter();
        filter.set(f);
        filtered.set(!f.equals(ExecutionFilter.ALL));
        cancelLoads();
        CatalogSession session = ctx.session().get();
        if (session == null) {
            install(null, List.of(), 0);
            return;
        }
        ExecutionQueries queries = new ExecutionQueries(session.db());
        ExecutionSort s = sort.get();
        // typing waits for the next key: a newer key cancels this task before its query starts. The first page is
        // shown as soon as it is read; the count follows (it can take longer than the page when the filter matches
        // most runs), and until then the status line says the rows are being counted
        load.task(msg.get("task.load"), c -> {
            if (c.isCancelled()) {
                return null;
            }
            PageReader reader = new PageReader(queries, f, s);
            return new FirstPage(reader, reader.first(LazyExecutionList.PAGE_SIZE));
        }).delay(Duration.ofMillis(delayMillis)).onSuccess(first -> {
            if (first == null) {
                return;
            }
            loadError.set(null);
            boolean whole = first.rows().size() < LazyExecutionList.PAGE_SIZE;
            install(first.reader(), first.rows(), whole ? first.rows().size() : -1);
            if (!whole) {
                count(queries, f, first.reader());
            }
        }).onError(this::loadFailed).start();
    }

    /** Counts the rows of the query whose first page is shown, then lets the list grow to that many. */
    private void count(ExecutionQueries queries, ExecutionFilter f, PageReader reader) {
        LazyExecutionList list = current;
        counting.task(msg.get("task.count"), c -> c.isCancelled() ? null : queries.count(f)).onSuccess(n -> {
            if (n != null && list == current) {
                reader.total(n);
                list.grow((int) Math.min(Integer.MAX_VALUE, n));
                matchingCount.set(n);
                position(reader);
            }
        }).onError(this::loadFailed).start();
    }

    /**
     * Finds the positions along the counted list that jumps start from, a short read at a time (page reads of the
     * table get their turn between them); a newer query cancels it.
     */
    private void position(PageReader reader) {
        positioning.task(msg.get("task.positions"), c -> {
            boolean more = true;
            while (more && !c.isCancelled()) {
                more = reader.positions().extend();
            }
            return null;
        }).onError(this::loadFailed).start();
    }

    private void loadFailed(Throwable e) {
        loadError.set(Errors.message(e));
        ctx.notifications().error(msg.get("error.load", Errors.message(e)));
    }

    /** A query's first page and the reader of its other pages. */
    private record FirstPage(PageReader reader, List<ExecutionRow> rows) {
    }

    /** Shows a query's rows: its first page now, the others as they are scrolled to; {@code total} -1 while counted. */
    private void install(PageReader reader, List<ExecutionRow> firstPage, long total) {
        if (current != null) {
            current.dispose();
        }
        current = new LazyExecutionList(ctx.tasks(), msg.get("task.page"),
                (offset, limit) -> reader == null ? List.of() : reader.read(offset, limit),
                total < 0 ? firstPage.size() : (int) Math.min(Integer.MAX_VALUE, total), firstPage,
                this::refreshSelection);
        selectedSlots = List.of();
        selected.clear();
        matchingCount.set(total);
        rows.set(current);
        reveal.rowsInstalled();
    }

    private void cancelLoads() {
        load.cancel();
        counting.cancel();
        positioning.cancel();
        if (current != null) {
            current.dispose();
        }
    }

    private void refreshSelection() {
        List<ExecutionRow> now = selectedSlots.stream().map(ExecutionSlot::row).filter(r -> r != null).toList();
        if (!now.equals(selected)) {
            selected.setAll(now);
        }
    }

    ExecutionFilter buildFilter() {
        Set<String> terms = Set.copyOf(statuses);
        Set<Rid> workflows = workflow.get() == null || workflow.get().isAny() ? Set.of() : Set.of(workflow.get().rid());
        Rid dataset = inputDataset.get() == null ? null : inputDataset.get().rid();
        String words = text.get() == null || text.get().isBlank() ? null : text.get().strip();
        Instant from = createdFrom.get() == null ? null : createdFrom.get().atStartOfDay(zone).toInstant();
        Instant before = createdTo.get() == null ? null : createdTo.get().plusDays(1).atStartOfDay(zone).toInstant();
        return new ExecutionFilter(terms, workflows, dataset, null, words, from, before);
    }
}
