package org.provex.ui.compare;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.provex.core.diff.Comparison;
import org.provex.core.diff.RowFilter;
import org.provex.ui.common.Messages;
import org.provex.ui.common.TaskRunner;
import org.provex.ui.common.TaskSlot;

/**
 * The comparison grid's state: which rows are shown ("only differences" by default, noise folded, a search),
 * the selected row, and previous/next difference. Every re-layout runs off the FX thread and supersedes the
 * one before it.
 */
public final class GridModel {

    private final TaskSlot layouts;
    private final Messages msg;
    private final Consumer<Throwable> onError;
    private final BooleanProperty showAll = new SimpleBooleanProperty(this, "showAll");
    private final BooleanProperty showNoise = new SimpleBooleanProperty(this, "showNoise");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<GridRow> rows = FXCollections.observableArrayList();
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(this, "selectedIndex", -1);
    private final ReadOnlyIntegerWrapper differences = new ReadOnlyIntegerWrapper(this, "differences");
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper(this, "position", "");
    private final ReadOnlyStringWrapper searchHint = new ReadOnlyStringWrapper(this, "searchHint", "");
    private Comparison comparison;

    GridModel(TaskRunner tasks, Messages msg, Consumer<Throwable> onError) {
        this.layouts = tasks.slot();
        this.msg = msg;
        this.onError = onError;
        showAll.addListener((o, a, b) -> relayout());
        showNoise.addListener((o, a, b) -> relayout());
        search.addListener((o, a, b) -> relayout());
        selectedIndex.addListener((o, a, b) -> updatePosition());
    }

    /** "Show all fields": every field, not only those where a run differs from the baseline. */
    public BooleanProperty showAllProperty() {
        return showAll;
    }

    /** Also show the folded noise variables (PWD, SHLVL, terminal and job-id variables). */
    public BooleanProperty showNoiseProperty() {
        return showNoise;
    }

    /** Text that a shown field's label, key or any run's value must contain (case ignored); blank for all. */
    public StringProperty searchProperty() {
        return search;
    }

    public RowFilter filter() {
        return new RowFilter(showAll.get(), showNoise.get());
    }

    /** The grid's lines: section headers and fields; replaced as a whole on every re-layout. */
    public ObservableList<GridRow> rows() {
        return rows;
    }

    /** The selected line, or -1; the view follows it (and scrolls to it) and reports clicks here. */
    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    /** How many shown lines are differences. */
    public ReadOnlyIntegerProperty differencesProperty() {
        return differences.getReadOnlyProperty();
    }

    /** "Difference 3 of 42", or how many there are while none is selected. */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** Says when the search also matches fields the filter hides ("7 more match among unchanged fields"). */
    public ReadOnlyStringProperty searchHintProperty() {
        return searchHint.getReadOnlyProperty();
    }

    /** Selects the next difference after the selected line, wrapping around at the end. */
    public void nextDifference() {
        step(1);
    }

    /** Selects the previous difference before the selected line, wrapping around at the start. */
    public void previousDifference() {
        step(-1);
    }

    private void step(int direction) {
        int n = rows.size();
        int from = selectedIndex.get();
        for (int k = 1; k <= n; k++) {
            int i = Math.floorMod((from < 0 && direction < 0 ? n : from) + direction * k, n);
            if (rows.get(i).isDifference()) {
                selectedIndex.set(i);
                return;
            }
        }
    }

    /**
     * The layout work for the current filter and search, to run off the FX thread together with the comparison
     * it lays out (captured now, on the FX thread).
     */
    Function<Comparison, GridRows.Layout> layouter() {
        RowFilter f = filter();
        String q = search.get();
        return c -> GridRows.build(c, f, q);
    }

    /**
     * Shows a comparison laid out by {@link #layouter()} in the same background task, so the new columns and
     * lines arrive in one frame; a layout made for an older filter or search is made again.
     */
    void show(Comparison c, GridRows.Layout layout) {
        cancel();
        GridRow keep = comparison != null && comparison.runs().equals(c.runs()) ? selected() : null;
        comparison = c;
        if (layout.filter().equals(filter()) && layout.query().equals(search.get() == null ? "" : search.get())) {
            install(layout, keep, layout.query());
        } else {
            selectedIndex.set(-1);
            rows.clear();
            relayout();
        }
    }

    private GridRow selected() {
        int i = selectedIndex.get();
        return i >= 0 && i < rows.size() ? rows.get(i) : null;
    }

    void cancel() {
        layouts.cancel();
    }

    private void relayout() {
        cancel();
        if (comparison == null) {
            rows.clear();
            selectedIndex.set(-1);
            differences.set(0);
            updatePosition();
            return;
        }
        Comparison c = comparison;
        RowFilter f = filter();
        String q = search.get();
        GridRow keep = selected();
        layouts.task(msg.get("task.layout"), ctx -> GridRows.build(c, f, q))
                .onSuccess(layout -> install(layout, keep, q))
                .onError(onError)
                .start();
    }

    private void install(GridRows.Layout layout, GridRow keep, String query) {
        selectedIndex.set(-1);
        rows.setAll(layout.rows());
        differences.set(layout.differences());
        searchHint.set(layout.hiddenMatches() == 0 || query == null || query.isBlank() ? ""
                : msg.get("search.hidden", layout.hiddenMatches()));
        selectedIndex.set(indexOf(keep));
        updatePosition();
    }

    /** The same field (or section header) in the new layout, compared by section and key, not by identity. */
    private int indexOf(GridRow keep) {
        if (keep == null) {
            return -1;
        }
        for (int i = 0; i < rows.size(); i++) {
            GridRow r = rows.get(i);
            if (r.section() == keep.section() && Objects.equals(key(r), key(keep))) {
                return i;
            }
        }
        return -1;
    }

    private static String key(GridRow r) {
        return r instanceof GridRow.Field f ? f.row().key() : null;
    }

    private void updatePosition() {
        int total = differences.get();
        int at = selectedIndex.get();
        if (at >= 0 && at < rows.size() && rows.get(at).isDifference()) {
            List<GridRow> upTo = rows.subList(0, at + 1);
            position.set(msg.get("position.at", upTo.stream().filter(GridRow::isDifference).count(), total));
        } else {
            position.set(total == 0 ? msg.get("position.none") : msg.get("position.count", total));
        }
    }
}
