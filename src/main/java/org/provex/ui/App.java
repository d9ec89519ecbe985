package org.provex.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.provex.core.catalog.http.CredentialFile;
import org.provex.core.catalog.http.Credentials;
import org.provex.core.catalog.http.DerivaHttp;
import org.provex.core.instance.WindowInstance;
import org.provex.core.instance.WindowLock;
import org.provex.core.links.RecordLink;
import org.provex.core.live.CatalogService;
import org.provex.core.reproduce.run.ReproduceRuntime;
import org.provex.core.reproduce.run.ReproduceServices;
import org.provex.core.settings.DataDirectory;
import org.provex.core.workspace.Workspace;
import org.provex.ui.common.AppIcon;
import org.provex.ui.common.Errors;
import org.provex.ui.common.FirstRender;
import org.provex.ui.common.FxTaskRunner;
import org.provex.ui.common.Messages;
import org.provex.ui.shell.FxDialogService;
import org.provex.ui.shell.MainWindow;
import org.provex.ui.shell.StartupSplash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop application: the composition root. Builds every service once (the executors, the task runner, the
 * workspace, the one HTTP client, the credential file and the live-catalog service over them, the reproduce
 * services with the one launcher whose launches outlive their windows), hands them to
 * {@link AppAssembly}, shows the window, and on exit saves the window state, cancels background work and closes
 * the cache.
 * Started by {@code provex} without a command ({@link #launchWindow}); the CLI never loads this class.
 */
public final class App extends Application {

    /** System property: log the time to the first rendered executions table, then exit (for measuring). */
    public static final String EXIT_AFTER_FIRST_RENDER = "provex.exitAfterFirstRender";
    /** System property set by {@link #EXIT_AFTER_FIRST_RENDER}: when the first row showed ({@link FirstRender}). */
    public static final String FIRST_RENDER = "provex.firstRender";
    /** System property: milliseconds from JVM start to the first frame (the start-up splash). */
    public static final String FIRST_FRAME_MILLIS = "provex.firstFrameMillis";

    /** Frames the splash is shown for before the main window is built (about 50 ms at 60 frames a second). */
    private static final int SPLASH_FRAMES = 3;
    /** Parallel metadata-file downloads of a sync (deriva-py's default is 4). */
    private static final int DOWNLOAD_THREADS = 4;
    private ExecutorService executor;
    private ExecutorService downloads;
    private AppAssembly assembly;

    /** The workspace, read from disk while the toolkit starts (settings, catalogs, logins file location). */
    private static Future<Prepared> prepared;
    /** The record to open, from {@code provex LINK}; null for the last catalog. */
    private static RecordLink link;
    /** Receives the links of later starts ({@code provex LINK} while this window runs); null when another does. */
    private static Future<WindowInstance> instance;
    /** The running application, once its window is built; links handed over before then wait (FX thread only). */
    private static App running;
    private static final java.util.List<RecordLink> HANDED_OVER = new java.util.ArrayList<>();
    /** The start's C1-only compilation, ended soon after the first table. */
    private static QuickStart quickStart;

    private record Prepared(Workspace workspace, CredentialFile credentials, ReproduceServices reproduce) {
    }

    /** Opens the window and returns when it is closed. */
    public static void launchWindow() {
        launchWindow(null);
    }

    /**
     * Opens the window on the record a link names (null: on the last catalog) and returns when it is closed.
     *
     * @throws IllegalArgumentException when the link is not a link to one record (check it before: no window opens)
     */
    public static void launchWindow(String linkText) {
        launchWindow(linkText, null);
    }

    /**
     * As {@link #launchWindow(String)}, for a start that already holds the data directory's window lock (it decided
     * to open the window that takes later starts' links); the window keeps it until it closes.
     */
    public static void launchWindow(String linkText, WindowLock lock) {
        link = linkText == null ? null : RecordLink.parse(linkText);
        // the data directory and settings are read, and the catalog to show is opened, on a background thread while
        // JavaFX starts: no disk I/O on the FX thread, and the two overlap on a machine with more than one core
        ExecutorService startup = Executors.newSingleThreadExecutor(daemonThreads("provex-startup-"));
        // the start runs with the quick compiler only (C1); both compilers again soon after the first table
        quickStart = QuickStart.begin(startup);
        startup.submit(LoggerFactory::getILoggerFactory);   // logging's own start-up, off the launch path too
        prepared = startup.submit(App::prepare);
        if (link == null) {
            // the catalog the window will show is opened meanwhile too (SQLite, its native library, the schema)
            startup.submit(() -> {
                Workspace ws = prepared.get().workspace();
                ws.preopen(ws.startCatalog());
                return null;
            });
        }
        // this window takes the links of later starts (a link clicked on the desktop while Provex is open)
        ExecutorService handOver = Executors.newSingleThreadExecutor(daemonThreads("provex-instance-"));
        instance = startup.submit(() -> listen(handOver, lock));
        startup.shutdown();
        MacLinkEvents.install(App::handedOver);
        Application.launch(App.class);
    }

    private static WindowInstance listen(ExecutorService handOver, WindowLock lock) throws InterruptedException {
        try {
            return WindowInstance.listen(prepared.get().workspace().data().root(), lock, handOver, App::handedOver);
        } catch (java.io.IOException | java.util.concurrent.ExecutionException e) {
            log().warn("Later starts will open windows of their own: {}", e.toString());
            return null;
        }
    }

    /** A link from a later start, already checked: the window opens its record and comes to the front. */
    private static void handedOver(RecordLink handed) {
        FxTaskRunner.fxThread().execute(() -> {
            if (running == null) {
                HANDED_OVER.add(handed);
            } else {
                running.open(handed);
            }
        });
    }

    private void open(RecordLink handed) {
        assembly.shell().openLink(handed);
        Stage stage = assembly.stage();
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
    }

    @Override
    public void start(Stage stage) {
        mark("toolkit started");
        executor = Executors.newCachedThreadPool(daemonThreads("provex-task-"));
        downloads = Executors.newFixedThreadPool(DOWNLOAD_THREADS, daemonThreads("provex-download-"));
        FxTaskRunner tasks = new FxTaskRunner(executor);
        // a first frame at once, never a black window, while the workspace is read and the views are built
        Scene splash = StartupSplash.scene(Messages.of(MainWindow.class).get("opening.app"));
        Future<Prepared> ready = prepared != null ? prepared : executor.submit(App::prepare);
        splash.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                splash.removePostLayoutPulseListener(this);
                System.setProperty(FIRST_FRAME_MILLIS, Long.toString(sinceJvmStart()));
                mark("first frame");
            }
        });
        // build the main window only a few frames after the splash's first: the window's map and expose events are
        // handled on the FX thread between frames, and a splash laid out but not yet painted when the FX thread
        // starts building for seconds stayed an empty fill colour on screen (seen in screenshots under Xvfb)
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames < SPLASH_FRAMES) {
                    return;
                }
                stop();
                tasks.task(Messages.of(MainWindow.class).get("app.title"), c -> ready.get())
                        .onSuccess(p -> open(stage, tasks, p))
                        .onError(e -> {
                            log().error("Provex could not start", e);
                            new FxDialogService(() -> stage, url -> { }).showError(Messages.of(MainWindow.class)
                                    .get("app.title"), Errors.message(e), null);
                            Platform.exit();
                        })
                        .start();
            }
        }.start();
        stage.setScene(splash);
        stage.setTitle(Messages.of(MainWindow.class).get("app.title"));
        stage.show();
        // the window's icons (seven sizes) are decoded beside the FX thread, and set once they are
        tasks.task(Messages.of(MainWindow.class).get("opening.app"), c -> AppIcon.images())
                .onSuccess(icons -> AppIcon.apply(stage))
                .start();
    }

    /** What the window needs from disk and the core, made on the start-up thread (none of it touches JavaFX). */
    private static Prepared prepare() throws java.io.IOException {
        Workspace workspace = new Workspace(DataDirectory.fromEnvironment().ensureExists());
        CredentialFile credentials = new CredentialFile(Credentials.defaultLocation(System.getenv(),
                Path.of(System.getProperty("user.home"))));
        return new Prepared(workspace, credentials, new ReproduceServices(workspace, credentials, System.getenv(),
                Clock.systemUTC()));
    }

    private void open(Stage stage, FxTaskRunner tasks, Prepared p) {
        ReproduceServices reproduce = p.reproduce();
        assembly = AppAssembly.create(p.workspace(), tasks, url -> getHostServices().showDocument(url),
                CatalogService.forDesktop(p.workspace(), p.credentials(), DerivaHttp::newClient, downloads),
                new ReproduceRuntime(reproduce, reproduce.reproductions(executor)));
        mark("views built");
        assembly.shell().sessionProperty().addListener((o, was, now) -> mark("catalog opened"));
        stage.setOnCloseRequest(e -> assembly.close());
        if (Boolean.getBoolean(EXIT_AFTER_FIRST_RENDER)) {
            exitAfterFirstRender(stage);
        }
        assembly.show(stage, link);
        mark("window shown");
        if (quickStart != null) {
            quickStart.endAfterFirstRows(assembly.executions().rowsProperty(), executor);
        }
        running = this;
        HANDED_OVER.forEach(this::open);
        HANDED_OVER.clear();
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Not a static field: logging starts on the start-up thread (see launchWindow), not before it. */
    private static Logger log() {
        return LoggerFactory.getLogger(App.class);
    }

    private static void mark(String what) {
        // process CPU (every thread, the JIT compilers' too) and this thread's, to tell waiting from working
        long thread = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
        log().info("startup: {} after {} ms (cpu {} ms, this thread {} ms)", what, sinceJvmStart(),
                FirstRender.processCpuMillis(), thread);
    }

    @Override
    public void stop() {
        running = null;
        closeInstance();
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

    /** Stops taking links and removes the instance file, so later starts open a window of their own. */
    private static void closeInstance() {
        try {
            if (instance != null && instance.isDone() && instance.get() != null) {
                instance.get().close();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            log().debug("No link hand-over to close: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void exitAfterFirstRender(Stage stage) {
        assembly.executions().rowsProperty().addListener((o, was, rows) -> {
            if (rows.isEmpty() || stage.getScene() == null) {
                return;
            }
            mark("first rows");
            Scene scene = stage.getScene();
            FirstRender.whenRowShown(scene, (TableView<?>) scene.lookup("#executionsTable"), r -> {
                System.setProperty(FIRST_RENDER, r.line());
                log().info("first executions table {} ({} rows)", r.line(), rows.size());
                assembly.close();
                Platform.exit();
            });
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
