package org.provex.ui.reproduce;

import static org.provex.ui.reproduce.WizardParts.M;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.core.reproduce.run.ReproductionRecord;

/** The reproductions list: every attempt with its state and verdict, its log below, and what can be done with it. */
public final class ReproductionsView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());
    private final ReproductionsViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TableView<ReproductionRecord> table = new TableView<>();

    public ReproductionsView(ReproductionsViewModel vm) {
        this.vm = vm;
        table.setId("reproductionsTable");
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("id", "list.col.id", 210, ReproductionRecord::id));
        table.getColumns().add(column("original", "list.col.original", 90, ReproductionRecord::original));
        table.getColumns().add(column("catalog", "list.col.catalog", 90, ReproductionRecord::catalog));
        table.getColumns().add(column("state", "list.col.state", 160, r -> r.dryRun()
                ? M.get("list.dryRun", r.state().word()) : r.state().word()));
        table.getColumns().add(column("exit", "list.col.exit", 50, r -> r.exitCode() == null ? ""
                : r.exitCode().toString()));
        table.getColumns().add(column("started", "list.col.started", 140, r -> r.started() == null ? ""
                : TIME.format(r.started())));
        table.getColumns().add(column("newRun", "list.col.newRun", 90, r -> r.link() == null ? ""
                : r.link().execution()));
        table.getColumns().add(column("verdict", "list.col.verdict", 260, r -> r.link() == null
                || r.link().comparison() == null ? "" : r.link().comparison().line()));
        Label placeholder = WizardParts.wrapped("");
        placeholder.textProperty().bind(vm.message());
        table.setPlaceholder(placeholder);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> vm.selected().set(r));
        TextArea log = new TextArea();
        log.setId("reproductionLog");
        log.setEditable(false);
        log.getStyleClass().add("output-list");
        log.textProperty().bind(vm.logText());
        log.textProperty().addListener((o, a, b) -> log.setScrollTop(Double.MAX_VALUE));
        SplitPane split = new SplitPane(table, log);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        root.setTop(toolbar());
        root.setCenter(split);
        root.setId("reproductionsList");
        root.getStyleClass().add("wizard");
        root.getStylesheets().add(ReproduceStyles.URL);
    }

    public Parent root() {
        return root;
    }

    private HBox toolbar() {
        Label heading = new Label(M.get("list.heading"));
        heading.getStyleClass().add(Styles.TITLE_4);
        Button refresh = button("reproductionsRefresh", "list.refresh", Feather.REFRESH_CW, vm::refresh);
        refresh.disableProperty().bind(vm.loading());
        Button original = button("reproductionOriginal", "list.showOriginal", Feather.ARROW_LEFT,
                () -> vm.showOriginal(vm.selected().get()));
        Button compare = button("reproductionCompare", "list.compare", Feather.COLUMNS,
                () -> vm.compare(vm.selected().get()));
        Button stop = button("reproductionStop", "list.stop", Feather.SQUARE, () -> vm.stop(vm.selected().get()));
        stop.getStyleClass().add(Styles.DANGER);
        original.disableProperty().bind(vm.selected().isNull());
        compare.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.selected().get() == null
                || vm.selected().get().link() == null, vm.selected()));
        stop.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.canStop(vm.selected().get()),
                vm.selected(), vm.rows()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, heading, grow, refresh, original, compare, stop);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("wizard-buttons");
        return bar;
    }

    private static Button button(String id, String key, Feather icon, Runnable action) {
        Button b = new Button(M.get(key), new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add(Styles.SMALL);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static TableColumn<ReproductionRecord, String> column(String id, String key, double width,
                                                                  Function<ReproductionRecord, String> value) {
        TableColumn<ReproductionRecord, String> c = new TableColumn<>(M.get(key));
        c.setId("reproductions-" + id);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new SimpleStringProperty(value.apply(cd.getValue())));
        return c;
    }
}
