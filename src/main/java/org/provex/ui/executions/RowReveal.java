package org.provex.ui.executions;

import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.provex.core.cache.query.ExecutionFilter;
import org.provex.core.cache.query.ExecutionQueries;
import org.provex.core.cache.query.ExecutionSort;
import org.provex.core.model.Rid;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.common.Errors;
import org.provex.ui.common.Messages;
import org.provex.ui.common.TaskSlot;
import org.provex.ui.common.ViewContext;

/**
 * The table follows navigation: a run opened from search, a workflow, a dataset or a link is selected (alone) in the
 * executions table and scrolled into view. Its position in the current query is read off the FX thread; a run the
 * filters hide clears them first, since the person asked for that run.
 */
final class RowReveal {

    /**
     * The row the table should select alone and scroll to; {@code index} -1 when the run is not in the cache (the
     * table then clears its selection, so no stale multi-selection stays beside the detail). A new object each time.
     */
    record Target(int index, Rid rid) {
    }

    private final Messages msg = Messages.of(RowReveal.class);
    private final ViewContext ctx;
    private final TaskSlot finding;
    private final ReadOnlyObjectWrapper<Target> target = new ReadOnlyObjectWrapper<>(this, "target");
    private final Supplier<ExecutionFilter> filter;
    private final Supplier<ExecutionSort> sort;
    private final Runnable clearFilters;
    private Rid pending;
    private boolean clearedFilters;

    RowReveal(ViewContext ctx, Supplier<ExecutionFilter> filter, Supplier<ExecutionSort> sort, Runnable clearFilters) {
        this.ctx = ctx;
        this.finding = ctx.tasks().slot();
        this.filter = filter;
        this.sort = sort;
        this.clearFilters = clearFilters;
    }

    ReadOnlyObjectProperty<Target> targetProperty() {
        return target.getReadOnlyProperty();
    }

    /** Finds the run's row now, or after the query being loaded when {@code loading}. */
    void reveal(Rid rid, boolean loading) {
        pending = rid;
        clearedFilters = false;
        if (!loading) {
            findPending();
        }
    }

    /** A query's rows were installed: a run waiting to be revealed is looked for in them. */
    void rowsInstalled() {
        if (pending != null) {
            findPending();
        }
    }

    void cancel() {
        pending = null;
        finding.cancel();
    }

    private void findPending() {
        Rid rid = pending;
        CatalogSession session = ctx.session().get();
        if (rid == null || session == null) {
            return;
        }
        ExecutionFilter f = filter.get();
        ExecutionSort s = sort.get();
        ExecutionQueries queries = new ExecutionQueries(session.db());
        finding.task(msg.get("task.reveal", rid), c -> queries.indexOf(f, s, rid))
                .onSuccess(index -> found(rid, f, index))
                .onError(e -> {
                    pending = null;
                    ctx.notifications().error(msg.get("error.load", Errors.message(e)));
                })
                .start();
    }

    private void found(Rid rid, ExecutionFilter f, long index) {
        if (index < 0 && !f.equals(ExecutionFilter.ALL) && !clearedFilters) {
            clearedFilters = true;      // the filters hide the run: show every run, then look again
            clearFilters.run();
            return;
        }
        pending = null;
        target.set(new Target(index < 0 || index > Integer.MAX_VALUE ? -1 : (int) index, rid));
    }
}
