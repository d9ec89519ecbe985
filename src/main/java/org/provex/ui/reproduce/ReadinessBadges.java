package org.provex.ui.reproduce;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.model.Rid;
import org.provex.core.reproduce.plan.Readiness;
import org.provex.core.reproduce.run.ReproduceServices;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.common.Messages;
import org.provex.ui.common.TaskSlot;
import org.provex.ui.common.ViewContext;

/**
 * The readiness of the runs a table shows, for its Readiness column: cells ask for the runs they show, and the
 * answers are computed from the cache alone (stored code verdicts, no git, no network), a batch at a time, off the FX
 * thread. Forgotten when the catalog session changes.
 */
public final class ReadinessBadges {

    private static final int BATCH = 64;
    private final Messages m = Messages.of(ReadinessBadges.class);
    private final ViewContext ctx;
    private final ReproduceServices services;
    private final TaskSlot slot;
    private final ObservableMap<Rid, Readiness> known = FXCollections.observableHashMap();
    private final Set<Rid> pending = new LinkedHashSet<>();
    private final Set<Rid> asked = new java.util.HashSet<>();

    public ReadinessBadges(ViewContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.services = ctx.reproduce().services();
        this.slot = ctx.tasks().slot();
        ctx.session().addListener((o, a, b) -> clear());
    }

    /** Asks for a run's readiness; it appears in {@link #known()} when computed. */
    public void request(Rid execution) {
        if (execution == null || asked.contains(execution)) {
            return;
        }
        asked.add(execution);
        pending.add(execution);
        if (!slot.isRunning()) {
            next();
        }
    }

    private void next() {
        CatalogSession session = ctx.session().get();
        if (pending.isEmpty() || session == null) {
            return;
        }
        List<Rid> batch = new ArrayList<>();
        for (var it = pending.iterator(); it.hasNext() && batch.size() < BATCH;) {
            batch.add(it.next());
            it.remove();
        }
        CacheDatabase db = session.db();
        slot.task(batch.size() == 1 ? m.get("readiness.task", batch.get(0)) : m.get("readiness.task.batch",
                batch.size()), c -> compute(db, batch))
                .onSuccess(known::putAll)
                .andFinally(this::next)
                .start();
    }

    private Map<Rid, Readiness> compute(CacheDatabase db, List<Rid> batch) {
        Map<Rid, Readiness> out = new HashMap<>();
        for (Rid rid : batch) {
            services.quickReadiness(db, rid).ifPresent(r -> out.put(rid, r));
        }
        return out;
    }

    private void clear() {
        slot.cancel();
        pending.clear();
        asked.clear();
        known.clear();
    }

    /** The readiness computed so far, by execution. */
    public ObservableMap<Rid, Readiness> known() {
        return known;
    }

    /** A few words for a cell, e.g. "Ready", "2 warnings", "Not exact: 1 problem". */
    public static String cellText(Readiness r) {
        Messages t = Messages.of(ReadinessBadges.class);
        if (r == null) {
            return t.get("readiness.column.loading");
        }
        return switch (r.level()) {
            case READY -> t.get("readiness.cell.ready");
            case WARNINGS -> t.get("readiness.cell.warnings", r.count(org.provex.core.reproduce.Check.Status.WARN));
            case NOT_READY -> t.get("readiness.cell.notReady", r.count(org.provex.core.reproduce.Check.Status.FAIL));
        };
    }

    /** The style class of a readiness cell. */
    public static String styleClass(Readiness r) {
        return r == null ? "readiness-unknown" : "readiness-" + r.level().word();
    }
}
