package org.provex.ui.catalogs;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import org.provex.core.catalog.http.CredentialFile;
import org.provex.core.catalog.http.RetryPolicy;
import org.provex.core.demo.DemoCatalog;
import org.provex.core.demo.DemoCatalogGenerator;
import org.provex.core.demo.DemoOptions;
import org.provex.core.live.CatalogService;
import org.provex.core.settings.DataDirectory;
import org.provex.core.workspace.Workspace;
import org.provex.testing.TestCatalogs;
import org.provex.testserver.DerivaTestServer;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.common.ImmediateTaskRunner;
import org.provex.ui.common.ViewContext;
import org.provex.ui.executions.ExecutionsViewModel;
import org.provex.ui.shell.MainWindowViewModel;
import org.provex.ui.shell.StatusNotifications;
import org.provex.ui.testing.RecordingDialogs;
import org.provex.ui.testing.TestContext;

/**
 * The window's view models over a temporary workspace, a temporary credential file (never ~/.deriva) and the test
 * server on loopback (seeded with the demo catalog's rows), with the immediate task runner and recording fakes.
 */
final class LiveWindow implements AutoCloseable {

    static final DemoCatalog DEMO = DemoCatalogGenerator.generate(DemoOptions.normal());
    /** Hatrac paths of every metadata file but configuration.json: forbid them to sync with files missing. */
    static final String ALL_BUT_CONFIGURATIONS = "^/hatrac/(?!.*\\.configuration\\.json$)";

    final DerivaTestServer server = DerivaTestServer.start();
    final Workspace workspace;
    final CredentialFile credentials;
    final CatalogService service;
    final ImmediateTaskRunner tasks = new ImmediateTaskRunner();
    final TestContext test;
    final ObjectProperty<CatalogSession> session;
    final ViewContext ctx;
    final StatusNotifications status = new StatusNotifications();
    final MainWindowViewModel shell;
    final CatalogsViewModel catalogs;
    final RecordingDialogs dialogs;
    final List<String> infos;
    final List<String> errors;

    LiveWindow(Path dir) throws IOException {
        server.publish(DEMO);
        workspace = new Workspace(new DataDirectory(dir.resolve("home")));
        credentials = new CredentialFile(dir.resolve("deriva").resolve("credential.json"));
        // retries without waiting, so that injected 5xx bursts fail fast
        service = TestCatalogs.service(workspace, credentials, new RetryPolicy(2, Duration.ofMillis(1), d -> { }));
        test = new TestContext(workspace, service);
        test.dialogs.failOnErrorDialog();
        test.dialogs.confirm = true;
        session = test.session;
        dialogs = test.dialogs;
        infos = test.notifications.infos;
        errors = test.notifications.errors;
        ctx = test.context(tasks);
        shell = new MainWindowViewModel(ctx, session, new ExecutionsViewModel(ctx), status);
        catalogs = shell.catalogs();
    }

    /** Adds the test server's catalog as {@code name} through the form (without syncing it). */
    void add(String name) {
        AddCatalogViewModel form = catalogs.newAddForm();
        form.serverProperty().set(server.origin());
        form.catalogIdProperty().set("1");
        form.nameProperty().set(name);
        form.syncNowProperty().set(false);
        form.submit();
        if (!form.doneProperty().get()) {
            throw new AssertionError("not added: " + form.errorProperty().get());
        }
    }

    String lastInfo() {
        return test.notifications.lastInfo();
    }

    String lastError() {
        return test.notifications.lastError();
    }

    @Override
    public void close() {
        shell.close();
        server.close();
    }
}
