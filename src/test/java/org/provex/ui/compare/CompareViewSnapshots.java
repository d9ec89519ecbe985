package org.provex.ui.compare;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.model.Rid;
import org.provex.ui.common.FxTaskRunner;
import org.provex.ui.screenshots.Snapshots;
import org.provex.ui.testing.TestContext;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not part of the suite (the name matches no surefire pattern): renders the compare view of demo runs headless,
 * light and dark, into {@code target/snapshots/} for a person to look at.
 * Run with {@code mvn -B -q test -Dtest=CompareViewSnapshots}.
 */
@ExtendWith(ApplicationExtension.class)
class CompareViewSnapshots {

    private static final Path OUT = Paths.get("target", "snapshots");

    @TempDir
    static Path dir;
    static CompareFixture demo;
    static ExecutorService executor;
    private TestContext context;
    private CompareViewModel vm;
    private Scene scene;

    @BeforeAll
    static void openDemo() throws IOException {
        demo = new CompareFixture(dir);
        executor = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void close() {
        executor.shutdownNow();
        demo.db.close();
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        context = demo.context();
        context.session.set(demo.session("demo"));
        vm = new CompareViewModel(context.context(new FxTaskRunner(executor)));
        CompareView view = new CompareView(vm);
        scene = new Scene(view.root(), 1400, 880);
        view.installShortcuts(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void render(FxRobot robot) throws Exception {
        Rid v1 = demo.first(CompareFixture.training("0.1.0", "cifar10_quick"));
        Rid v2 = demo.first(CompareFixture.training("0.2.0", "cifar10_quick"));
        open(robot, List.of(v1, v2));
        shoot("compare-two");
        robot.interact(() -> vm.grid().nextDifference());
        robot.interact(() -> vm.grid().showAllProperty().set(true));
        settle();
        shoot("compare-two-all");
        robot.interact(() -> vm.grid().searchProperty().set("torch"));
        settle();
        shoot("compare-two-search");
        robot.interact(() -> {
            vm.grid().searchProperty().set("");
            vm.grid().showAllProperty().set(false);
            robot.lookup("#filesTab").queryAs(javafx.scene.Node.class);
            ((javafx.scene.control.TabPane) robot.lookup("#compareTabs").query()).getSelectionModel().select(1);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.files().lines().isEmpty());
        robot.interact(() -> vm.files().fileProperty().set(vm.files().choices().stream()
                .filter(c -> c.label().startsWith("Environment")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.files().loadingProperty().get()
                && !vm.files().summaryProperty().get().isEmpty());
        settle();
        shoot("compare-files");
        robot.interact(() -> ((javafx.scene.control.TabPane) robot.lookup("#compareTabs").query())
                .getSelectionModel().select(0));

        List<Rid> jobs = demo.audits.stream().filter(a -> !a.detail().children().isEmpty()).findFirst()
                .orElseThrow().detail().children().stream().map(n -> n.child()).toList();
        open(robot, jobs);
        shoot("compare-sweep");
        Rid container = demo.first(a -> a.detail().workflow() != null
                && a.detail().workflow().parsedUrl() instanceof org.provex.core.model.WorkflowUrl.DockerImage);
        Rid dirty = demo.first(a -> a.detail().code() != null && a.detail().code().dirty());
        open(robot, List.of(container, dirty, v1));
        robot.interact(() -> vm.grid().searchProperty().set("AWS"));
        settle();
        shoot("compare-secrets");
        robot.interact(() -> vm.grid().searchProperty().set(""));
        Rid withoutLock = demo.first(a -> a.files().stream().noneMatch(f -> f.use().asset().kind()
                == org.provex.core.model.MetadataKind.UV_LOCK) && a.files().stream().anyMatch(f -> f.use().asset()
                .kind() == org.provex.core.model.MetadataKind.ENVIRONMENT));
        open(robot, List.of(v2, withoutLock));
        robot.interact(() -> vm.grid().searchProperty().set("environment"));
        settle();
        shoot("compare-missing");
        robot.interact(() -> vm.grid().searchProperty().set(""));
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        settle();
        shoot("compare-dark");
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    private void open(FxRobot robot, List<Rid> runs) throws Exception {
        robot.interact(() -> vm.open(runs));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !vm.loadingProperty().get()
                && vm.comparisonProperty().get() != null && vm.runs().size() == runs.size());
        settle();
    }

    private static void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shoot(String name) {
        Snapshots.write(scene, OUT.resolve(name + ".png"));
    }
}
