package org.provex.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.provex.core.catalog.http.CredentialFile;
import org.provex.core.catalog.http.Credentials;
import org.provex.core.catalog.http.DerivaHttp;
import org.provex.core.live.CatalogService;
import org.provex.core.settings.DataDirectory;
import org.provex.core.workspace.Workspace;
import org.provex.ui.common.FxTaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop application: the composition root. Builds every service once (the executors, the task runner, the
 * workspace, the one HTTP client, the credential file and the live-catalog service over them), hands them to
 * {@link AppAssembly}, shows the window, and on exit saves the window state, cancels background work and closes
 * the cache.
 * Started by {@code provex} without a command ({@link #launchWindow}); the CLI never loads this class.
 */
public final class App extends Application {

    /** System property: log the time to the first rendered executions table, then exit (for measuring). */
    public static final String EXIT_AFTER_FIRST_RENDER = "provex.exitAfterFirstRender";
    /** System property set by {@link #EXIT_AFTER_FIRST_RENDER}: milliseconds from JVM start to that frame. */
    public static final String FIRST_RENDER_MILLIS = "provex.firstRenderMillis";
    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    /** Parallel metadata-file downloads of a sync (deriva-py's default is 4). */
    private static final int DOWNLOAD_THREADS = 4;
    private ExecutorService executor;
    private ExecutorService downloads;
    private AppAssembly assembly;

    /** Opens the window and returns when it is closed. */
    public static void launchWindow(String... args) {
        Application.launch(App.class, args);
    }

    @Override
    public void start(Stage stage) throws Exception {
        mark("toolkit started");
        executor = Executors.newCachedThreadPool(daemonThreads("provex-task-"));
        downloads = Executors.newFixedThreadPool(DOWNLOAD_THREADS, daemonThreads("provex-download-"));
        FxTaskRunner tasks = new FxTaskRunner(executor);
        Workspace workspace = new Workspace(DataDirectory.fromEnvironment().ensureExists());
        CredentialFile credentials = new CredentialFile(Credentials.defaultLocation(System.getenv(),
                Path.of(System.getProperty("user.home"))));
        CatalogService live = CatalogService.forDesktop(workspace, credentials, DerivaHttp.newClient(), downloads);
        assembly = AppAssembly.create(workspace, tasks, url -> getHostServices().showDocument(url), live);
        mark("views built");
        assembly.shell().sessionProperty().addListener((o, was, now) -> mark("catalog opened"));
        stage.setOnCloseRequest(e -> assembly.close());
        if (Boolean.getBoolean(EXIT_AFTER_FIRST_RENDER)) {
            exitAfterFirstRender(stage);
        }
        assembly.show(stage);
        mark("window shown");
    }

    private static void mark(String what) {
        LOG.info("startup: {} after {} ms", what,
                System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    @Override
    public void stop() {
        if (assembly != null) {
            assembly.shell().close();
        }
        if (executor != null) {
            executor.shutdownNow();
        }
        if (downloads != null) {
            downloads.shutdownNow();
        }
    }

    private void exitAfterFirstRender(Stage stage) {
        assembly.executions().rowsProperty().addListener((o, was, rows) -> {
            if (rows.isEmpty() || stage.getScene() == null) {
                return;
            }
            mark("first rows");
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                stage.getScene().removePostLayoutPulseListener(once[0]);
                long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.setProperty(FIRST_RENDER_MILLIS, Long.toString(millis));
                LOG.info("first executions table rendered {} ms after the JVM started ({} rows)", millis,
                        rows.size());
                assembly.close();
                Platform.exit();
            };
            stage.getScene().addPostLayoutPulseListener(once[0]);
        });
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory base = Executors.defaultThreadFactory();
        return r -> {
            Thread t = base.newThread(r);
            t.setName(prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
