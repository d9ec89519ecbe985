package org.provex.ui.compare;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.ui.common.Messages;

/**
 * The compare view: toolbar, the verdict, then the field grid (one column per run) or one file side by side,
 * and a status line. Keys: F7 / Shift+F7 next / previous difference, Ctrl+F search.
 */
public final class CompareView {

    private final Messages msg = Messages.of(CompareView.class);
    private final CompareViewModel vm;
    private final BorderPane root = new BorderPane();
    private final CompareToolbar toolbar;
    private final CompareGrid grid;

    public CompareView(CompareViewModel vm) {
        this.vm = vm;
        root.setId("compareView");
        root.getStyleClass().add("compare-view");
        root.getStylesheets().add(CompareView.class.getResource("compare.css").toExternalForm());
        toolbar = new CompareToolbar(vm, msg);
        grid = new CompareGrid(vm, msg);
        VBox top = new VBox(8, toolbar.node(), banner("compareDetached", vm.detachedProperty(), "banner-warning"),
                banner("compareError", vm.errorProperty(), "banner-error"), new VerdictPane(vm, msg).node());
        top.getStyleClass().add("compare-top");
        root.setTop(top);
        root.setCenter(new StackPane(tabs(), busy()));
        root.setBottom(status());
    }

    public Parent root() {
        return root;
    }

    /** The grid, for focus and for tests. */
    public TableView<GridRow> grid() {
        return grid.node();
    }

    /** F7 / Shift+F7 move through the differences; Ctrl+F focuses the search field. */
    public void installShortcuts(Scene scene) {
        Map<KeyCombination, Runnable> keys = scene.getAccelerators();
        keys.put(new KeyCodeCombination(KeyCode.F7), vm.grid()::nextDifference);
        keys.put(new KeyCodeCombination(KeyCode.F7, KeyCombination.SHIFT_DOWN), vm.grid()::previousDifference);
        keys.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), toolbar::focusSearch);
    }

    private TabPane tabs() {
        Tab fields = new Tab(msg.get("tab.fields"), grid.node());
        fields.setId("fieldsTab");
        fields.setGraphic(new FontIcon(Feather.COLUMNS));
        fields.setTooltip(new Tooltip(msg.get("tab.fields.tooltip")));
        Tab files = new Tab(msg.get("tab.files"), new FileDiffView(vm.files(), msg).node());
        files.setId("filesTab");
        files.setGraphic(new FontIcon(Feather.FILE_TEXT));
        files.setTooltip(new Tooltip(msg.get("tab.files.tooltip")));
        vm.files().activeProperty().bind(files.selectedProperty());
        TabPane tabs = new TabPane(fields, files);
        tabs.setId("compareTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("compare-tabs");
        return tabs;
    }

    private BusyOverlay busy() {
        return new BusyOverlay(vm, msg);
    }

    private HBox status() {
        Label summary = new Label();
        summary.setId("compareSummary");
        summary.textProperty().bind(vm.summaryProperty());
        Label position = new Label();
        position.setId("differencePosition");
        position.textProperty().bind(vm.grid().positionProperty());
        Label hint = new Label();
        hint.setId("compareSearchHint");
        hint.textProperty().bind(vm.grid().searchHintProperty());
        hint.getStyleClass().add("search-hint");
        hint.setMinWidth(0);
        HBox.setHgrow(hint, Priority.ALWAYS);
        HBox box = new HBox(18, summary, position, hint);
        box.setId("compareStatus");
        box.getStyleClass().add("compare-status");
        return box;
    }

    private static Label banner(String id, javafx.beans.value.ObservableStringValue text, String style) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.getStyleClass().addAll("banner", style);
        l.visibleProperty().bind(Bindings.createBooleanBinding(() -> text.get() != null && !text.get().isBlank(),
                text));
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    /** A spinner over the grid while runs are read or the baseline switches. */
    private static final class BusyOverlay extends VBox {
        BusyOverlay(CompareViewModel vm, Messages msg) {
            super(10);
            ProgressIndicator spinner = new ProgressIndicator(-1);
            spinner.setPrefSize(40, 40);
            Label text = new Label();
            text.setId("compareBusyText");
            text.textProperty().bind(Bindings.createStringBinding(() -> vm.progressProperty().get().isEmpty()
                    ? msg.get("loading") : vm.progressProperty().get(), vm.progressProperty()));
            getChildren().addAll(spinner, text);
            setId("compareBusy");
            getStyleClass().add("compare-busy");
            setMouseTransparent(true);
            visibleProperty().bind(vm.loadingProperty());
        }
    }
}
