package org.provex.ui.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.provex.core.model.Rid;
import org.provex.ui.common.Navigator;

/**
 * A {@link Navigator} that records every navigation as text: {@code "execution 1-AS10"}, {@code "workflow 1-AR4G"},
 * {@code "dataset 1-AQA6"} or {@code "dataset 1-AQA6@1-AQB2"} (with a version), {@code "open 1-X"},
 * {@code "compare [1-A, 1-B]"}, {@code "reproduce 1-A"}, {@code "reproductions"}. Thread-safe.
 */
public final class RecordingNavigator implements Navigator {

    public final List<String> calls = new CopyOnWriteArrayList<>();
    /** The executions shown, in order. */
    public final List<Rid> executions = new CopyOnWriteArrayList<>();

    public void clear() {
        calls.clear();
        executions.clear();
    }

    @Override
    public void showExecution(Rid execution) {
        executions.add(execution);
        calls.add("execution " + execution);
    }

    @Override
    public void showWorkflow(Rid workflow) {
        calls.add("workflow " + workflow);
    }

    @Override
    public void showDataset(Rid dataset, Rid version) {
        calls.add("dataset " + dataset + (version == null ? "" : "@" + version));
    }

    @Override
    public void open(Rid rid) {
        calls.add("open " + rid);
    }

    @Override
    public void compare(List<Rid> runs) {
        calls.add("compare " + runs);
    }

    @Override
    public void reproduce(Rid execution) {
        calls.add("reproduce " + execution);
    }

    @Override
    public void showReproductions() {
        calls.add("reproductions");
    }
}
