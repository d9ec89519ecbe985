package org.provex.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.formats.ParsedMetadata;
import org.provex.core.formats.SecretMasker;
import org.provex.core.model.Rid;
import org.provex.ui.common.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The detail view in a real (headless) stage on the demo catalog, driven by control id. */
@ExtendWith(ApplicationExtension.class)
class ExecutionDetailViewTest {

    @TempDir
    static Path dir;
    static DetailFixture demo;
    static ExecutorService executor;
    ExecutionDetailViewModel vm;

    @BeforeAll
    static void openDemo() throws IOException {
        demo = new DetailFixture(dir);
        executor = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void close() {
        executor.shutdownNow();
        demo.close();
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        vm = new ExecutionDetailViewModel(demo.context(new FxTaskRunner(executor)));
        stage.setScene(new Scene((Parent) new ExecutionDetailView(vm).root(), 760, 780));
        stage.show();
    }

    @BeforeEach
    void forget() {
        demo.navigator.calls.clear();
    }

    @Test
    void openRunViewItsFilesRevealASecretAndFollowTheWorkflowLink(FxRobot robot) throws Exception {
        Rid rid = demo.dirtyRun();
        load(robot, rid);
        assertThat(text(robot, "#detailRid")).isEqualTo(rid.value());
        assertThat(robot.lookup("#detailStatusBadge").queryAs(Label.class).getText()).isEqualTo("Uploaded");

        clickFile(robot, "configuration.json");
        CodeArea code = robot.lookup("#fileViewer").queryAs(CodeArea.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> fx(() -> code.getText()).startsWith("{\n  \"datasets\": ["));

        String secret = vm.content().get().files().stream().filter(DetailContent.FileRow::isEnvironment)
                .map(f -> ((ParsedMetadata.Environment) f.parsed()).snapshot().environment()
                        .get("AWS_SECRET_ACCESS_KEY")).findFirst().orElseThrow();
        clickFile(robot, "environment_snapshot_");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> !vm.files().loading().get()
                && robot.lookup("#envSections").tryQuery().isPresent()
                && robot.lookup("#env_AWS_SECRET_ACCESS_KEY").tryQuery().isPresent()));
        assertThat(text(robot, "#env_AWS_SECRET_ACCESS_KEY")).isEqualTo(SecretMasker.MASK);
        assertThat(text(robot, "#env_HOME")).startsWith("/");

        click(robot, "#revealSecretsToggle");
        assertThat(text(robot, "#env_AWS_SECRET_ACCESS_KEY")).isEqualTo(secret);
        click(robot, "#envTextToggle");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> code.getText()).contains(secret));
        click(robot, "#revealSecretsToggle");
        assertThat(fx(() -> code.getText())).doesNotContain(secret)
                .contains("\"AWS_SECRET_ACCESS_KEY\": \"" + SecretMasker.MASK);

        click(robot, "#workflowLink");
        assertThat(demo.navigator.calls).containsExactly("workflow " + vm.content().get().code().workflow());
    }

    @Test
    void emptyUntilLoadedThenLinksDisabledWithTheReasonAndInputsLinkToTheirVersion(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#detailEmpty").queryAs(Node.class).isVisible()).isTrue();
        Rid rid = demo.uploadedWithInputs();

        load(robot, rid);

        assertThat(text(robot, "#detailRid")).isEqualTo(rid.value());
        assertThat(robot.lookup("#detailEmpty").queryAs(Node.class).isVisible()).isFalse();
        assertThat(robot.lookup("#openInChaise").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#copyCitation").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(text(robot, "#linksReason")).contains("demo catalog");
        DetailContent.InputRow input = vm.content().get().inputs().get(0);
        click(robot, "#inputVersion_" + input.dataset().value().replace('-', '_'));
        assertThat(demo.navigator.calls).containsExactly("dataset " + input.dataset() + "@" + input.version());
    }

    /** Loads through the real task runner and waits until the page shows the run. */
    private void load(FxRobot robot, Rid rid) throws Exception {
        robot.interact(() -> vm.load(rid));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> vm.state().get())
                .get() == ExecutionDetailViewModel.State.LOADED);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return fx(() -> robot.lookup(query).tryQuery().map(n -> ((javafx.scene.control.Labeled) n).getText())
                .orElse(null));
    }

    /** Reads node state on the FX thread, where it is changed. */
    private static <T> T fx(java.util.concurrent.Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void click(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        scrollTo(robot, node);
        robot.clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the metadata file whose name starts with the prefix (its label inside the table cell). */
    private static void clickFile(FxRobot robot, String prefix) {
        Node table = robot.lookup("#metadataFilesTable").query();
        Label name = robot.from(table).lookup((Label l) -> l.getText() != null && l.getText().startsWith(prefix))
                .queryAs(Label.class);
        scrollTo(robot, name);
        robot.clickOn(name);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the page so the node sits in the upper part of the viewport (clicks need it on screen). */
    private static void scrollTo(FxRobot robot, Node node) {
        ScrollPane scroll = robot.lookup("#detailScroll").queryAs(ScrollPane.class);
        robot.interact(() -> {
            Node content = scroll.getContent();
            Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            if (room > 0) {
                scroll.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 80) / room)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
