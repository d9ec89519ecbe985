package org.provex.ui.shell;

import java.io.IOException;
import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.CacheMeta;
import org.provex.core.cache.query.LookupQueries;
import org.provex.core.links.RecordLinks;
import org.provex.core.model.Rid;
import org.provex.core.settings.DataDirectory;
import org.provex.core.workspace.Workspace;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.common.DialogService;
import org.provex.ui.common.Navigator;
import org.provex.ui.common.Notifications;
import org.provex.ui.common.TaskRunner;
import org.provex.ui.common.ViewContext;

/** A demo workspace in a temporary folder, and view contexts over it with recording fakes. */
public final class DemoFixture {

    private final Workspace workspace;

    public DemoFixture(Path dir) {
        workspace = new Workspace(new DataDirectory(dir));
    }

    public Workspace workspace() {
        return workspace;
    }

    /** Opens the demo cache (generating it the first time). */
    public CatalogSession openDemo() throws IOException {
        CacheDatabase db = workspace.openCache(Workspace.DEMO);
        CacheMeta meta = new LookupQueries(db).meta();
        return new CatalogSession(Workspace.DEMO, db, meta, RecordLinks.demo(meta.snaptime()));
    }

    public Context context(TaskRunner tasks) {
        return new Context(tasks, workspace);
    }

    /** A view context whose navigator, notifications and dialogs record what they were asked. */
    public static final class Context implements Navigator, Notifications {
        public final ObjectProperty<CatalogSession> session = new SimpleObjectProperty<>();
        public final java.util.List<String> navigations = new java.util.ArrayList<>();
        public final java.util.List<String> infos = new java.util.ArrayList<>();
        public final java.util.List<String> errors = new java.util.ArrayList<>();
        public final ViewContext ctx;

        Context(TaskRunner tasks, Workspace workspace) {
            ctx = new ViewContext(tasks, new NoDialogs(), this, this, workspace, session);
        }

        @Override
        public void showExecution(Rid execution) {
            navigations.add("execution " + execution);
        }

        @Override
        public void showWorkflow(Rid workflow) {
            navigations.add("workflow " + workflow);
        }

        @Override
        public void showDataset(Rid dataset, Rid version) {
            navigations.add("dataset " + dataset + (version == null ? "" : "@" + version));
        }

        @Override
        public void open(Rid rid) {
            navigations.add("open " + rid);
        }

        @Override
        public void info(String message) {
            infos.add(message);
        }

        @Override
        public void error(String message) {
            errors.add(message);
        }
    }

    private static final class NoDialogs implements DialogService {
        @Override
        public void showError(String title, String message, String details) {
            throw new AssertionError("unexpected error dialog: " + message);
        }

        @Override
        public void showInfo(String title, String message) {
        }

        @Override
        public boolean confirm(String title, String message) {
            return false;
        }

        @Override
        public java.util.Optional<String> prompt(String title, String message, String initialValue) {
            return java.util.Optional.empty();
        }

        @Override
        public void copyToClipboard(String text) {
        }

        @Override
        public void openInBrowser(String url) {
        }
    }
}
