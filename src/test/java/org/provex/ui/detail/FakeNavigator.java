package org.provex.ui.detail;

import java.util.ArrayList;
import java.util.List;
import org.provex.core.model.Rid;
import org.provex.ui.common.Navigator;

/** Records every navigation as text, e.g. {@code workflow 1-AR4G} or {@code dataset 1-AQA6@1-AQB2}. */
final class FakeNavigator implements Navigator {

    final List<String> calls = new ArrayList<>();

    @Override
    public void showExecution(Rid execution) {
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
}
