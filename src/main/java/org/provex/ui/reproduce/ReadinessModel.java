package org.provex.ui.reproduce;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.model.Rid;
import org.provex.core.reproduce.plan.Readiness;
import org.provex.core.reproduce.run.ReproduceServices;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.common.Errors;
import org.provex.ui.common.Messages;
import org.provex.ui.common.TaskSlot;
import org.provex.ui.common.ViewContext;

/**
 * The readiness checklist of one run for the execution detail: first from the cache alone (stored code verdict), then
 * complete (code verified against git, input snapshots asked of a live catalog), both off the FX thread; a newer run
 * supersedes both.
 */
public final class ReadinessModel {

    private final Messages m = Messages.of(ReadinessModel.class);
    private final ViewContext ctx;
    private final ReproduceServices services;
    private final TaskSlot slot;
    private final ReadOnlyObjectWrapper<Readiness> readiness = new ReadOnlyObjectWrapper<>(this, "readiness");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ReadOnlyBooleanWrapper verifying = new ReadOnlyBooleanWrapper(this, "verifying");

    public ReadinessModel(ViewContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.services = ctx.reproduce().services();
        this.slot = ctx.tasks().slot();
    }

    /** Checks a run of the current catalog. */
    public void load(Rid execution) {
        clear();
        CatalogSession session = ctx.session().get();
        if (session == null || execution == null) {
            return;
        }
        CacheDatabase db = session.db();
        String catalog = session.name();
        message.set(m.get("readiness.loading"));
        slot.task(m.get("readiness.task", execution), c -> services.quickReadiness(db, execution))
                .onSuccess(quick -> {
                    quick.ifPresent(readiness::set);
                    message.set(m.get("readiness.verifying"));
                    verifying.set(true);
                    full(db, catalog, execution);
                })
                .onError(e -> message.set(m.get("readiness.failed", Errors.message(e))))
                .start();
    }

    private void full(CacheDatabase db, String catalog, Rid execution) {
        slot.task(m.get("readiness.task", execution), c -> services.readiness(db, catalog, execution))
                .onSuccess(r -> {
                    readiness.set(r);
                    message.set(null);
                })
                .onError(e -> message.set(m.get("readiness.failed", Errors.message(e))))
                .andFinally(() -> verifying.set(false))
                .start();
    }

    public void clear() {
        slot.cancel();
        readiness.set(null);
        message.set(null);
        verifying.set(false);
    }

    /** The checklist so far (the quick one while the full one is computed), or null. */
    public ReadOnlyObjectProperty<Readiness> readiness() {
        return readiness.getReadOnlyProperty();
    }

    /** Loading, verifying or failure text; null when the checklist is complete. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty verifying() {
        return verifying.getReadOnlyProperty();
    }
}
