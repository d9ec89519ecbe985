package org.provex.ui.shell;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.provex.core.model.Rid;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.common.Errors;
import org.provex.ui.common.Messages;
import org.provex.ui.common.Navigator;
import org.provex.ui.common.Notifications;
import org.provex.ui.common.TaskRunner;
import org.provex.ui.common.TaskSlot;

/**
 * Moves the main window to a record: switches the section and asks the feature pane to show it. Created
 * before the views (every view model needs a navigator), then {@link #attach attached} to them.
 */
public final class ShellNavigator implements Navigator {

    private final Messages msg = Messages.of(ShellNavigator.class);
    private final TaskSlot opening;
    private final ReadOnlyObjectProperty<CatalogSession> session;
    private final Notifications notifications;
    private ObjectProperty<MainSection> section;
    private FeatureViews views;
    private Consumer<Rid> table = rid -> { };

    public ShellNavigator(TaskRunner tasks, ReadOnlyObjectProperty<CatalogSession> session,
                          Notifications notifications) {
        this.opening = tasks.slot();
        this.session = session;
        this.notifications = notifications;
    }

    public void attach(ObjectProperty<MainSection> sectionProperty, FeatureViews featureViews) {
        attach(sectionProperty, featureViews, rid -> { });
    }

    /** As above, with the executions table, which selects and scrolls to every run shown in the detail. */
    public void attach(ObjectProperty<MainSection> sectionProperty, FeatureViews featureViews,
                       Consumer<Rid> executionsTable) {
        this.section = Objects.requireNonNull(sectionProperty);
        this.views = Objects.requireNonNull(featureViews);
        this.table = Objects.requireNonNull(executionsTable);
    }

    @Override
    public void showExecution(Rid execution) {
        section.set(MainSection.EXECUTIONS);
        views.showExecution(execution);
        table.accept(execution);
    }

    @Override
    public void showWorkflow(Rid workflow) {
        section.set(MainSection.WORKFLOWS);
        views.showWorkflow(workflow);
    }

    @Override
    public void showDataset(Rid dataset, Rid version) {
        section.set(MainSection.DATASETS);
        views.showDataset(dataset, version);
    }

    @Override
    public void compare(List<Rid> executions) {
        if (executions.size() >= 2) {
            views.compare(List.copyOf(executions));
        }
    }

    @Override
    public void reproduce(Rid execution) {
        views.reproduce(Objects.requireNonNull(execution, "execution"));
    }

    @Override
    public void showReproductions() {
        views.showReproductions();
    }

    @Override
    public void open(Rid rid) {
        CatalogSession s = session.get();
        if (s == null) {
            return;
        }
        opening.task(msg.get("task.open.rid", rid), c -> new RecordLookup(s.db()).rid(rid))
                .onSuccess(found -> show(rid, found))
                .onError(e -> notifications.error(msg.get("error.open.rid", rid, Errors.message(e))))
                .start();
    }

    private void show(Rid rid, List<SearchResult> found) {
        if (found.isEmpty()) {
            notifications.error(msg.get("open.unknown", rid));
            return;
        }
        SearchResult r = found.get(0);
        if (found.size() > 1) {
            notifications.info(msg.get("open.several", rid, found.size()));
        }
        switch (r.kind()) {
            case EXECUTION -> showExecution(r.rid());
            case WORKFLOW -> showWorkflow(r.rid());
            case DATASET -> showDataset(r.rid(), r.version());
            case FILTER_TEXT, MESSAGE -> notifications.error(msg.get("open.unknown", rid));
        }
    }
}
