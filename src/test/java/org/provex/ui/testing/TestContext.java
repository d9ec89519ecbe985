package org.provex.ui.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.CacheMeta;
import org.provex.core.cache.query.LookupQueries;
import org.provex.core.catalog.http.CatalogLocation;
import org.provex.core.links.RecordLinks;
import org.provex.core.live.CatalogService;
import org.provex.core.reproduce.run.ReproduceRuntime;
import org.provex.core.workspace.Workspace;
import org.provex.testing.DemoWorkspace;
import org.provex.testing.TestCatalogs;
import org.provex.testing.TestReproduce;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.common.TaskRunner;
import org.provex.ui.common.ViewContext;

/**
 * What a view-model or TestFX test gives the code under test instead of the composition root: recording dialogs,
 * navigator and notifications, a workspace, a session property the test controls, and a live-catalog service
 * with a credential file in the test's folder. {@link #demo(Path)} makes one over a copy of the shared demo cache.
 */
public final class TestContext implements AutoCloseable {

    public final RecordingDialogs dialogs = new RecordingDialogs();
    public final RecordingNavigator navigator = new RecordingNavigator();
    public final RecordingNotifications notifications = new RecordingNotifications();
    public final Workspace workspace;
    public final CatalogService catalogs;
    public final ReproduceRuntime reproduce;
    /** The session the view models see; {@link #reset()} replaces the property itself. */
    public ObjectProperty<CatalogSession> session = new SimpleObjectProperty<>(this, "session");
    private CatalogSession demo;

    public TestContext(Workspace workspace) {
        this(workspace, TestCatalogs.service(workspace));
    }

    public TestContext(Workspace workspace, CatalogService catalogs) {
        this(workspace, catalogs, TestReproduce.runtime(workspace));
    }

    public TestContext(Workspace workspace, CatalogService catalogs, ReproduceRuntime reproduce) {
        this.workspace = workspace;
        this.catalogs = catalogs;
        this.reproduce = reproduce;
    }

    /** A context over a copy of the demo workspace in {@code dir}, its demo session open and current. */
    public static TestContext demo(Path dir) {
        return demo(dir, null);
    }

    /** As {@link #demo(Path)}, with launched Slurm jobs followed every {@code slurmPoll} (see TestReproduce). */
    public static TestContext demo(Path dir, Duration slurmPoll) {
        Workspace workspace = DemoWorkspace.create(dir);
        TestContext c = new TestContext(workspace, TestCatalogs.service(workspace),
                TestReproduce.runtime(workspace, slurmPoll));
        c.session.set(c.demoSession());
        return c;
    }

    /** A view context over the current session property, with {@code tasks}. */
    public ViewContext context(TaskRunner tasks) {
        return new ViewContext(tasks, dialogs, navigator, notifications, workspace, session, catalogs, reproduce);
    }

    /** The demo catalog's session (opened once, closed by {@link #close()}). */
    public CatalogSession demoSession() {
        if (demo == null) {
            try {
                demo = session(workspace.openCache(Workspace.DEMO), Workspace.DEMO);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return demo;
    }

    /** A second catalog that was never synced (an empty cache file in the workspace): for catalog-change tests. */
    public CatalogSession emptyCatalog(String name) {
        return session(CacheDatabase.open(workspace.data().root().resolve(name + ".sqlite")), name);
    }

    /** A session on another cache: the demo's links for the demo, an example live catalog's for other names. */
    public static CatalogSession session(CacheDatabase db, String name) {
        CacheMeta meta = new LookupQueries(db).meta();
        RecordLinks links = Workspace.DEMO.equals(name) ? RecordLinks.demo(meta.snaptime())
                : RecordLinks.of(CatalogLocation.of("catalog.example.org", "1"), meta.snaptime());
        return new CatalogSession(name, db, meta, links);
    }

    /**
     * Back to the demo session with empty recordings, between tests sharing one context. The session property is
     * new, so view models of earlier tests stop listening.
     */
    public void reset() {
        resetTo(demo);
    }

    /** Like {@link #reset()}, with {@code current} (null: no catalog open) as the session. */
    public void resetTo(CatalogSession current) {
        session = new SimpleObjectProperty<>(this, "session", current);
        dialogs.clear();
        navigator.clear();
        notifications.clear();
    }

    @Override
    public void close() {
        if (demo != null) {
            demo.db().close();
        }
    }
}
