package org.provex.ui.catalogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.catalog.http.CredentialFile;
import org.provex.core.live.CatalogService;
import org.provex.core.model.Rid;
import org.provex.core.settings.DataDirectory;
import org.provex.core.sync.SyncListener;
import org.provex.core.workspace.Workspace;
import org.provex.testing.TestCatalogs;
import org.provex.testserver.DerivaTestServer;
import org.provex.ui.AppAssembly;
import org.provex.ui.common.FxTaskRunner;
import org.provex.ui.compare.CompareWindowUiTest;
import org.provex.ui.screenshots.Snapshots;
import org.provex.testing.TestReproduce;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real compare window on a live catalog whose metadata files did not come home with the sync: comparing two
 * jobs of the learning-rate sweep, whose Hydra files alone tell them apart, fetches those files first and says
 * "different"; with the server gone it says "unknown" and why, never "same".
 */
@ExtendWith(ApplicationExtension.class)
class LiveCompareUiTest {

    @TempDir
    Path home;
    private DerivaTestServer server;
    private ExecutorService executor;
    private ExecutorService downloads;
    private AppAssembly app;
    private List<Rid> jobs;

    @Start
    void start(Stage stage) throws Exception {
        server = DerivaTestServer.start();
        server.publish(LiveWindow.DEMO);
        executor = Executors.newCachedThreadPool(r -> LiveCatalogUiTest.daemon(r, "live-compare-task"));
        downloads = Executors.newFixedThreadPool(2, r -> LiveCatalogUiTest.daemon(r, "live-compare-download"));
        Workspace workspace = new Workspace(new DataDirectory(home.resolve("provex")).ensureExists());
        CatalogService service = CatalogService.forDesktop(workspace,
                new CredentialFile(home.resolve("deriva").resolve("credential.json")), () -> TestCatalogs.CLIENT,
                downloads);
        service.add(server.location(), "local");
        server.faults().failNext(100_000, 403, LiveWindow.ALL_BUT_CONFIGURATIONS);
        service.sync("local", SyncListener.NONE, () -> false);
        server.reset();
        workspace.updateSettings(s -> s.withLastCatalog("local"));
        jobs = LiveWindow.DEMO.rowsOf("deriva-ml:Execution").stream()
                .filter(r -> r.path("Description").asString("").startsWith("[Job "))
                .map(r -> Rid.of(r.path("RID").asString())).sorted().limit(2).toList();
        app = AppAssembly.create(workspace, new FxTaskRunner(executor), url -> { }, service,
                TestReproduce.runtime(workspace));
        app.show(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            app.features().close();
            app.shell().close();
        });
        executor.shutdownNow();
        downloads.shutdownNow();
        server.close();
    }

    @Test
    void theFilesTheVerdictNeedsAreFetchedFirstAndItSaysDifferent(FxRobot robot) throws Exception {
        Parent view = compare(robot);
        Labeled configuration = aspect(robot, view, "configuration");
        assertThat(configuration.getText()).isEqualTo("configuration: different");
        assertThat(aspect(robot, view, "environment").getText()).isEqualTo("environment: same");
        assertThat(robot.from(view).lookup("#verdict-" + jobs.get(1) + "-reasons").queryAs(Labeled.class).getText())
                .startsWith("model_config.learning_rate: ");
        assertThat(server.count("^/hatrac/")).as("the Hydra files and environment snapshots, fetched on demand")
                .isPositive();
        shoot(view, "live-compare-fetched");
    }

    @Test
    void withTheServerGoneTheVerdictIsUnknownWithTheReasonNeverSame(FxRobot robot) throws Exception {
        server.close();
        Parent view = compare(robot);
        assertThat(aspect(robot, view, "configuration").getText()).isEqualTo("configuration: unknown");
        assertThat(aspect(robot, view, "environment").getText()).isEqualTo("environment: unknown");
        assertThat(robot.from(view).lookup("#verdict-" + jobs.get(1) + "-reasons").queryAs(Labeled.class).getText())
                .contains("not downloaded; offline", "to fix: sync the catalog when it is reachable");
        shoot(view, "live-compare-offline");
    }

    private static void shoot(Parent view, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.write(view.getScene(), Path.of("target", "snapshots", name + ".png"));
    }

    /** Opens the comparison of the two jobs once the catalog is open, and waits for its verdict. */
    private Parent compare(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.shell().sessionProperty().get() != null
                && "local".equals(app.shell().sessionProperty().get().name()));
        robot.interact(() -> app.features().compare(jobs));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> CompareWindowUiTest.compareRoot(robot) != null);
        Parent view = CompareWindowUiTest.compareRoot(robot);
        Labeled headline = robot.from(view).lookup("#verdictHeadline").queryAs(Labeled.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !headline.getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return view;
    }

    private Labeled aspect(FxRobot robot, Parent view, String key) {
        return robot.from(view).lookup("#verdict-" + jobs.get(1) + "-" + key).queryAs(Labeled.class);
    }
}
