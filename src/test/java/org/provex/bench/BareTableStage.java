package org.provex.bench;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.provex.ui.common.FirstRender;

/**
 * The start-up floor for {@link StartupBench}: the least a JavaFX program can do to show what Provex's first
 * frame shows, a stage with a 42-row table (the demo catalog's executions) of five text columns. It reports the
 * milliseconds from JVM start to the first laid-out frame with a row, detected by the same {@link FirstRender} as
 * Provex's {@code --exit-after-first-render}, then exits. Not a test.
 */
public final class BareTableStage extends Application {

    static final int ROWS = 42;
    private static final String[] COLUMNS = {"RID", "Description", "Workflow", "Status", "Created"};

    /** A plain main, so it runs from a classpath like Provex's own launcher. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(BareTableStage.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        TableView<String[]> table = new TableView<>();
        for (int c = 0; c < COLUMNS.length; c++) {
            int column = c;
            TableColumn<String[], String> col = new TableColumn<>(COLUMNS[c]);
            col.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue()[column]));
            col.setPrefWidth(c == 1 ? 360 : 140);
            table.getColumns().add(col);
        }
        List<String[]> rows = new ArrayList<>();
        for (int r = 0; r < ROWS; r++) {
            rows.add(new String[] {"1-AS" + r, "Run number " + r + " of the bare floor", "CIFAR-10 2-Layer CNN",
                "Uploaded", "2026-05-" + (10 + r % 18) + " 12:00"});
        }
        table.getItems().setAll(rows);
        Scene scene = new Scene(table, 1440, 900);
        FirstRender.whenRowShown(scene, table, r -> {
            System.err.println("bare table " + r.line());
            Platform.exit();
        });
        stage.setScene(scene);
        stage.setTitle("Bare JavaFX table");
        stage.show();
    }
}
