package org.provex.ui.detail;

import java.nio.file.Path;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.ExecutionFilter;
import org.provex.core.cache.query.ExecutionQueries;
import org.provex.core.cache.query.ExecutionRow;
import org.provex.core.cache.query.ExecutionSort;
import org.provex.core.model.Rid;
import org.provex.core.workspace.Workspace;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.common.TaskRunner;
import org.provex.ui.common.ViewContext;
import org.provex.ui.testing.RecordingDialogs;
import org.provex.ui.testing.RecordingNavigator;
import org.provex.ui.testing.RecordingNotifications;
import org.provex.ui.testing.TestContext;

/** A copy of the demo workspace with its session open and recording fakes, plus the demo runs the tests use. */
final class DetailFixture implements AutoCloseable {

    final TestContext test;
    final Workspace workspace;
    final CacheDatabase db;
    final CatalogSession session;
    final ObjectProperty<CatalogSession> sessionProperty;
    final RecordingNavigator navigator;
    final RecordingDialogs dialogs;
    final RecordingNotifications notifications;

    DetailFixture(Path dir) {
        test = TestContext.demo(dir);
        workspace = test.workspace;
        session = test.demoSession();
        db = session.db();
        sessionProperty = test.session;
        navigator = test.navigator;
        dialogs = test.dialogs;
        notifications = test.notifications;
    }

    ViewContext context(TaskRunner tasks) {
        return test.context(tasks);
    }

    /** The newest execution matching the filter and the test. */
    Rid find(ExecutionFilter filter, Predicate<ExecutionRow> test) {
        return new ExecutionQueries(db).list(filter, ExecutionSort.NEWEST_FIRST, 10_000, 0).stream().filter(test)
                .findFirst().map(ExecutionRow::rid).orElseThrow(() -> new AssertionError("no such demo run"));
    }

    Rid uploadedWithInputs() {
        return find(ExecutionFilter.ALL.withStatuses("Uploaded"), r -> r.inputCount() > 0 && r.parent() == null);
    }

    Rid dirtyRun() {
        return find(ExecutionFilter.ALL.withText("uncommitted experiment"), r -> true);
    }

    Rid sweepParent() {
        return find(ExecutionFilter.ALL.withText("Learning-rate sweep"), r -> true);
    }

    Rid sentinel() {
        return find(ExecutionFilter.ALL, ExecutionRow::unknownProvenance);
    }

    @Override
    public void close() {
        test.close();
    }
}
