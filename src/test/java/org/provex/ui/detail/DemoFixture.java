package org.provex.ui.detail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Predicate;
import javafx.beans.property.SimpleObjectProperty;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.CacheMeta;
import org.provex.core.cache.query.ExecutionFilter;
import org.provex.core.cache.query.ExecutionQueries;
import org.provex.core.cache.query.ExecutionRow;
import org.provex.core.cache.query.ExecutionSort;
import org.provex.core.cache.query.LookupQueries;
import org.provex.core.links.RecordLinks;
import org.provex.core.model.Rid;
import org.provex.core.settings.DataDirectory;
import org.provex.core.workspace.Workspace;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.common.TaskRunner;
import org.provex.ui.common.ViewContext;

/** The generated demo catalog in a temp directory, a session on it, and a context with recording fakes. */
final class DemoFixture implements AutoCloseable {

    final Workspace workspace;
    final CacheDatabase db;
    final CatalogSession session;
    final SimpleObjectProperty<CatalogSession> sessionProperty;
    final FakeNavigator navigator = new FakeNavigator();
    final FakeDialogs dialogs = new FakeDialogs();
    final FakeNotifications notifications = new FakeNotifications();

    DemoFixture(Path dir) throws IOException {
        workspace = new Workspace(new DataDirectory(dir));
        db = workspace.openCache(Workspace.DEMO);
        CacheMeta meta = new LookupQueries(db).meta();
        session = new CatalogSession(Workspace.DEMO, db, meta, RecordLinks.demo(meta.snaptime()));
        sessionProperty = new SimpleObjectProperty<>(session);
    }

    ViewContext context(TaskRunner tasks) {
        return new ViewContext(tasks, dialogs, navigator, notifications, workspace, sessionProperty);
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
        db.close();
    }
}
