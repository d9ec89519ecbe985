package org.provex.ui.reproduce;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.provex.core.model.Rid;
import org.provex.core.model.Workflow;
import org.provex.core.reproduce.code.CodeVerification;
import org.provex.core.reproduce.code.CodeVerifier;
import org.provex.ui.common.Errors;
import org.provex.ui.common.Messages;
import org.provex.ui.common.TaskSlot;
import org.provex.ui.common.ViewContext;

/**
 * The code verdict of each workflow, for the Verification badge column: the stored verdicts at once (no git), and
 * every workflow verified against git on request (which may clone or fetch), off the FX thread.
 */
public final class WorkflowVerdicts {

    private final Messages m = Messages.of(WorkflowVerdicts.class);
    private final ViewContext ctx;
    private final CodeVerifier verifier;
    private final TaskSlot slot;
    private final ObservableMap<Rid, CodeVerification> verdicts = FXCollections.observableHashMap();
    private List<Workflow> workflows = List.of();

    public WorkflowVerdicts(ViewContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.verifier = ctx.reproduce().services().verifier();
        this.slot = ctx.tasks().slot();
    }

    /** Shows the stored verdicts of these workflows (the list of the pane). */
    public void show(List<Workflow> shown) {
        workflows = List.copyOf(shown);
        verdicts.clear();
        List<Workflow> list = workflows;
        slot.task(m.get("verification.task"), c -> collect(list, false)).onSuccess(verdicts::putAll).start();
    }

    /** Verifies every workflow shown against git. */
    public void verifyAll() {
        List<Workflow> list = workflows;
        slot.task(m.get("verification.task"), c -> collect(list, true))
                .onSuccess(found -> {
                    verdicts.putAll(found);
                    ctx.notifications().info(m.get("verification.done", found.size()));
                })
                .onError(e -> ctx.notifications().error(m.get("verification.failed", Errors.message(e))))
                .start();
    }

    private Map<Rid, CodeVerification> collect(List<Workflow> list, boolean verify) {
        Map<Rid, CodeVerification> out = new LinkedHashMap<>();
        for (Workflow w : list) {
            var identity = CodeVerifier.identityOf(w);
            if (verify) {
                out.put(w.rid(), verifier.verify(identity));
            } else {
                verifier.cached(identity).ifPresent(v -> out.put(w.rid(), v));
            }
        }
        return out;
    }

    /** The verdict of each workflow that has one (stored or just verified). */
    public ObservableMap<Rid, CodeVerification> verdicts() {
        return verdicts;
    }

    public ReadOnlyBooleanProperty running() {
        return slot.runningProperty();
    }

    public void cancel() {
        slot.cancel();
    }
}
