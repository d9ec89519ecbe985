package org.provex.ui.catalogs;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import okhttp3.OkHttpClient;
import org.provex.core.catalog.http.CredentialFile;
import org.provex.core.catalog.http.DerivaHttp;
import org.provex.core.catalog.http.RetryPolicy;
import org.provex.core.demo.DemoCatalog;
import org.provex.core.demo.DemoCatalogGenerator;
import org.provex.core.demo.DemoOptions;
import org.provex.core.model.Rid;
import org.provex.core.settings.DataDirectory;
import org.provex.core.workspace.Workspace;
import org.provex.testserver.DerivaTestServer;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.common.DialogService;
import org.provex.ui.common.Navigator;
import org.provex.ui.common.Notifications;
import org.provex.ui.common.ImmediateTaskRunner;
import org.provex.ui.common.ViewContext;
import org.provex.ui.executions.ExecutionsViewModel;
import org.provex.ui.shell.MainWindowViewModel;
import org.provex.ui.shell.StatusNotifications;

/**
 * The window's view models over a temporary workspace, a temporary credential file (never ~/.deriva) and the test
 * server on loopback (seeded with the demo catalog's rows), with the synchronous task runner and recording fakes.
 */
final class LiveWindow implements AutoCloseable, Notifications, DialogService, Navigator {

    static final DemoCatalog DEMO = DemoCatalogGenerator.generate(DemoOptions.normal());
    /** Hatrac paths of every metadata file but configuration.json: forbid them to sync with files missing. */
    static final String ALL_BUT_CONFIGURATIONS = "^/hatrac/(?!.*\\.configuration\\.json$)";
    private static final OkHttpClient BASE = new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(20)).build();

    final DerivaTestServer server = DerivaTestServer.start();
    final Workspace workspace;
    final CredentialFile credentials;
    final CatalogService service;
    final ImmediateTaskRunner tasks = new ImmediateTaskRunner();
    final ObjectProperty<CatalogSession> session = new SimpleObjectProperty<>();
    final ViewContext ctx;
    final StatusNotifications status = new StatusNotifications();
    final MainWindowViewModel shell;
    final CatalogsViewModel catalogs;
    final List<String> infos = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    final List<String> confirmations = new ArrayList<>();
    boolean confirm = true;

    LiveWindow(Path dir) throws IOException {
        server.publish(DEMO);
        workspace = new Workspace(new DataDirectory(dir.resolve("home")));
        credentials = new CredentialFile(dir.resolve("deriva").resolve("credential.json"));
        // retries without waiting, so that injected 5xx bursts fail fast
        service = new CatalogService(workspace, credentials, (location, creds) -> new DerivaHttp(location, creds,
                BASE, new RetryPolicy(2, Duration.ofMillis(1), d -> { })), Runnable::run);
        ctx = new ViewContext(tasks, this, this, this, workspace, session);
        shell = new MainWindowViewModel(ctx, session, new ExecutionsViewModel(ctx), status, service);
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
        return infos.isEmpty() ? "" : infos.get(infos.size() - 1);
    }

    String lastError() {
        return errors.isEmpty() ? "" : errors.get(errors.size() - 1);
    }

    @Override
    public void close() {
        shell.close();
        server.close();
    }

    @Override
    public void info(String message) {
        infos.add(message);
    }

    @Override
    public void error(String message) {
        errors.add(message);
    }

    @Override
    public void showError(String title, String message, String details) {
        throw new AssertionError("no modal errors: " + message);
    }

    @Override
    public void showInfo(String title, String message) {
    }

    @Override
    public boolean confirm(String title, String message) {
        confirmations.add(message);
        return confirm;
    }

    @Override
    public Optional<String> prompt(String title, String message, String initialValue) {
        return Optional.empty();
    }

    @Override
    public void copyToClipboard(String text) {
    }

    @Override
    public void openInBrowser(String url) {
    }

    @Override
    public void showExecution(Rid execution) {
    }

    @Override
    public void showWorkflow(Rid workflow) {
    }

    @Override
    public void showDataset(Rid dataset, Rid version) {
    }

    @Override
    public void open(Rid rid) {
    }
}
