package org.provex.ui.shell;

import java.util.LinkedHashMap;
import java.util.Map;
import atlantafx.base.theme.Tweaks;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.provex.ui.catalogs.NotSyncedPane;
import org.provex.ui.executions.ExecutionsView;

/**
 * The main window's content: the top bar (catalog, sections, search, theme), the three sections (the
 * executions table beside the execution detail, the workflows pane, the datasets pane) and the status bar.
 */
public final class MainWindow {

    /** Settings key of the executions table / detail divider. */
    public static final String EXECUTIONS_DIVIDER = "executions.detail";
    /** Settings key prefix of the executions table's columns (the column menu shows and hides them). */
    public static final String EXECUTIONS_COLUMNS = "executions.";
    private static final double DEFAULT_DIVIDER = 0.64;
    private static final double DETAIL_MIN_WIDTH = 320;

    private final MainWindowViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TopBar topBar;
    private final SplitPane executionsSplit;
    private final ExecutionsView executions;
    private final FeatureViews features;
    /** Built on first show: the first frame needs only the executions section. */
    private Node workflows;
    private Node datasets;
    /** Holds only the section shown: hidden panes cost no CSS or layout, and keep their state. */
    private final StackPane sections = new StackPane();

    public MainWindow(MainWindowViewModel vm, ExecutionsView executions, FeatureViews features) {
        this.vm = vm;
        this.executions = executions;
        this.features = features;
        root.setId("mainWindow");
        root.getStyleClass().add("main-window");
        root.getStylesheets().add(MainWindow.class.getResource("shell.css").toExternalForm());
        topBar = new TopBar(vm);
        executionsSplit = new SplitPane(executions.root(), detailArea(features.executionDetail()));
        executionsSplit.setId("executionsSplit");
        executionsSplit.setDividerPositions(DEFAULT_DIVIDER);
        sections.setId("sections");
        show(vm.sectionProperty().get());
        vm.sectionProperty().addListener((o, was, now) -> show(now));
        StackPane center = new StackPane(sections, new NotSyncedPane(vm.catalogs()).node(), openingOverlay());
        root.setTop(topBar.node());
        root.setCenter(center);
        root.setBottom(new StatusBar(vm).node());
    }

    public Parent root() {
        return root;
    }

    /** Puts the keyboard focus on the shown section's main list (once the window is showing). */
    public void focusSection() {
        show(vm.sectionProperty().get());
    }

    /** Ctrl+1/2/3 switch sections; Ctrl+F and Ctrl+K focus the search field; Ctrl+D compares the selected runs;
     * Ctrl+R reproduces the selected run. */
    public void installShortcuts(Scene scene) {
        Map<KeyCombination, Runnable> keys = scene.getAccelerators();
        keys.put(shortcut(KeyCode.DIGIT1), () -> vm.sectionProperty().set(MainSection.EXECUTIONS));
        keys.put(shortcut(KeyCode.DIGIT2), () -> vm.sectionProperty().set(MainSection.WORKFLOWS));
        keys.put(shortcut(KeyCode.DIGIT3), () -> vm.sectionProperty().set(MainSection.DATASETS));
        keys.put(shortcut(KeyCode.F), topBar::focusSearch);
        keys.put(shortcut(KeyCode.K), topBar::focusSearch);
        keys.put(shortcut(KeyCode.D), () -> vm.executions().compare());
        keys.put(shortcut(KeyCode.R), () -> vm.executions().reproduce());
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    /** Divider positions by settings key. */
    public Map<String, Double> dividerPositions() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(EXECUTIONS_DIVIDER, executionsSplit.getDividerPositions()[0]);
        return m;
    }

    /** Whether each column of the executions table is shown, by settings key ("executions." and the column's id). */
    public Map<String, Boolean> columnChoices() {
        Map<String, Boolean> m = new LinkedHashMap<>();
        executions.table().getColumns().stream().filter(c -> c.getId() != null)
                .forEach(c -> m.put(EXECUTIONS_COLUMNS + c.getId(), c.isVisible()));
        return m;
    }

    /** Shows and hides the executions table's columns as saved; columns not saved keep their default. */
    public void restoreColumns(Map<String, Boolean> shown) {
        executions.table().getColumns().stream().filter(c -> c.getId() != null)
                .forEach(c -> {
                    Boolean v = shown.get(EXECUTIONS_COLUMNS + c.getId());
                    if (v != null) {
                        c.setVisible(v);
                    }
                });
        if (executions.table().getColumns().stream().noneMatch(javafx.scene.control.TableColumn::isVisible)) {
            executions.table().getColumns().forEach(c -> c.setVisible(true));   // a hand-edited file hid them all
        }
    }

    public void restoreDividers(Map<String, Double> positions) {
        Double p = positions.get(EXECUTIONS_DIVIDER);
        if (p != null && p > 0.1 && p < 0.95) {
            executionsSplit.setDividerPositions(p);
        }
    }

    private void show(MainSection section) {
        Node pane = switch (section) {
            case EXECUTIONS -> executionsSplit;
            case WORKFLOWS -> workflows == null ? workflows = wrap(features.workflows(), "sectionWorkflows")
                    : workflows;
            case DATASETS -> datasets == null ? datasets = wrap(features.datasets(), "sectionDatasets") : datasets;
        };
        if (!sections.getChildren().contains(pane)) {
            sections.getChildren().add(pane);
        }
        // the keyboard follows the section: its main list takes the focus before the old section leaves
        // (a focus owner removed from the scene would hand the focus to the first control of the window)
        Node list = section == MainSection.EXECUTIONS ? executions.table() : firstList(pane);
        if (list != null) {
            list.requestFocus();
        }
        sections.getChildren().retainAll(pane);
    }

    private static Node firstList(Node pane) {
        pane.applyCss();    // creates the skins, without which split panes have no children to look up
        Node tree = pane.lookup(".tree-table-view");
        return tree != null ? tree : pane.lookup(".table-view");
    }

    /**
     * The detail beside the table. It may need more width than the window leaves it; rather than squeezing
     * the table (a split pane honours minimum widths), it scrolls sideways below its minimum width.
     */
    private static Node detailArea(Node content) {
        ScrollPane area = new ScrollPane(content);
        area.setId("executionDetailArea");
        area.setFitToWidth(true);
        area.setFitToHeight(true);
        area.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        area.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        area.setMinWidth(DETAIL_MIN_WIDTH);
        area.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, "section-area");
        return area;
    }

    private static Node wrap(Node content, String id) {
        StackPane box = new StackPane(content);
        box.setId(id);
        box.getStyleClass().add("section-area");
        return box;
    }

    private Node openingOverlay() {
        ProgressIndicator spinner = new ProgressIndicator(-1);
        spinner.setPrefSize(48, 48);
        Label text = new Label();
        text.setId("openingText");
        text.textProperty().bind(vm.openingTextProperty());
        text.setWrapText(true);
        VBox card = new VBox(12, spinner, text);
        card.getStyleClass().add("opening-card");
        card.setMaxSize(420, 160);
        StackPane overlay = new StackPane(card);
        overlay.setId("openingOverlay");
        overlay.getStyleClass().add("opening-overlay");
        overlay.visibleProperty().bind(vm.openingProperty());
        return overlay;
    }
}
