package org.provex.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The start-up measurement's end point: a laid-out table row with text, not items alone, not a loading row. */
@ExtendWith(ApplicationExtension.class)
class FirstRenderTest {

    private Stage stage;
    private TableView<String> table;
    private StackPane root;

    @Start
    void start(Stage primary) {
        stage = primary;
        table = new TableView<>();
        TableColumn<String, String> column = new TableColumn<>("RID");
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()));
        table.getColumns().add(column);
        root = new StackPane(table);
        stage.setScene(new Scene(root, 400, 300));
        stage.show();
    }

    @Test
    void aRowWithTextIsShown(FxRobot robot) throws Exception {
        CompletableFuture<FirstRender.Result> shown = new CompletableFuture<>();
        robot.interact(() -> {
            FirstRender.whenRowShown(stage.getScene(), table, shown::complete);
            table.getItems().setAll("1-ABC", "1-ABD");
        });
        FirstRender.Result r = shown.get(60, TimeUnit.SECONDS);
        assertThat(r.millis()).isPositive();
        assertThat(r.heapMb()).isPositive();
        assertThat(r.line()).matches("rendered \\d+ ms after the JVM started; cpu -?\\d+ ms; heap \\d+ MB");
        assertThat(robot.lookup(".table-row-cell").queryAll()).isNotEmpty();
    }

    @Test
    void anEmptyTableALoadingRowOrAHiddenTableIsNotAShownRow(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(FirstRender.rowShown(stage.getScene(), table)).isFalse();
        robot.interact(() -> table.getItems().setAll("\u2026", " "));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(FirstRender.rowShown(stage.getScene(), table)).isFalse();
        robot.interact(() -> {
            table.getItems().setAll("1-ABC");
            root.setVisible(false);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(FirstRender.rowShown(stage.getScene(), table)).isFalse();
        robot.interact(() -> root.setVisible(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(FirstRender.rowShown(stage.getScene(), table)).isTrue();
    }

    @Test
    void theProcessCpuTimeIsReadWhereTheSystemSaysIt() {
        long cpu = FirstRender.processCpuMillis();
        if (System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            assertThat(cpu).isPositive();
        } else {
            assertThat(cpu).isEqualTo(-1);
        }
    }
}
