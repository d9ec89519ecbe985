package org.provex.ui.browse;

import java.io.IOException;
import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.LookupQueries;
import org.provex.core.catalog.http.CatalogLocation;
import org.provex.core.links.RecordLinks;
import org.provex.core.settings.DataDirectory;
import org.provex.core.workspace.Workspace;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.common.TaskRunner;
import org.provex.ui.common.ViewContext;

/**
 * A real demo cache in a temp directory with recording fakes around it, for view-model and TestFX tests of
 * the Workflows and Datasets panes.
 */
public final class BrowseFixture implements AutoCloseable {

    public final Workspace workspace;
    public final CatalogSession demo;
    /** The current session; {@link #reset()} replaces it, so view models of earlier tests stop listening. */
    public SimpleObjectProperty<CatalogSession> session = new SimpleObjectProperty<>();
    public final BrowseFakes.RecordingNavigator navigator = new BrowseFakes.RecordingNavigator();
    public final BrowseFakes.RecordingDialogs dialogs = new BrowseFakes.RecordingDialogs();
    public final BrowseFakes.RecordingNotifications notifications = new BrowseFakes.RecordingNotifications();
    private final Path dir;

    public BrowseFixture(Path dir) throws IOException {
        this.dir = dir;
        this.workspace = new Workspace(new DataDirectory(dir));
        this.demo = open(workspace.openCache(Workspace.DEMO), Workspace.DEMO);
        session.set(demo);
    }

    /** A second catalog that was never synced (an empty cache): for catalog-change tests. */
    public CatalogSession emptyCatalog(String name) {
        return open(CacheDatabase.open(dir.resolve(name + ".sqlite")), name);
    }

    private static CatalogSession open(CacheDatabase db, String name) {
        var meta = new LookupQueries(db).meta();
        RecordLinks links = Workspace.DEMO.equals(name) ? RecordLinks.demo(meta.snaptime())
                : RecordLinks.of(CatalogLocation.of("catalog.example.org", "1"), meta.snaptime());
        return new CatalogSession(name, db, meta, links);
    }

    /** Back to the demo session with empty recordings, between tests sharing one fixture. */
    public void reset() {
        session = new SimpleObjectProperty<>(demo);
        navigator.calls.clear();
        navigator.executions.clear();
        dialogs.clipboard.clear();
        dialogs.browsed.clear();
        dialogs.errors.clear();
        synchronized (notifications) {
            notifications.infos.clear();
            notifications.errors.clear();
        }
    }

    public ViewContext context(TaskRunner tasks) {
        return new ViewContext(tasks, dialogs, navigator, notifications, workspace, session);
    }

    @Override
    public void close() {
        demo.db().close();
    }
}
