package org.provex.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Border;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.model.Rid;
import org.provex.testing.DemoWorkspace;
import org.provex.ui.AppAssembly;
import org.provex.ui.executions.ExecutionSlot;
import org.provex.ui.testing.TestApp;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window as a researcher meets it (issue 13): one click opens a run, the table follows navigation, focus and
 * selection are visible, comparison windows close from the keyboard, and a 1024x640 window keeps every control
 * reachable. Headless, on the demo catalog.
 */
@ExtendWith(ApplicationExtension.class)
class WindowPolishUiTest {

    @TempDir
    static Path home;
    private TestApp window;
    private AppAssembly app;
    private Stage stage;
    private TableView<ExecutionSlot> table;

    private static int runs;

    /** Builds the shared demo template before any window: the toolkit's set-up wait is short on a loaded machine. */
    @BeforeAll
    static void warmDemo() {
        DemoWorkspace.create(home.resolve("warm"));
    }

    @Start
    void start(Stage primary) {
        stage = primary;
        window = TestApp.show(DemoWorkspace.create(home.resolve("run" + (++runs))), primary, 1440, 900);
        app = window.app;
    }

    @AfterEach
    void stop(FxRobot robot) {
        window.close(robot);
    }

    @SuppressWarnings("unchecked")
    private void awaitRows(FxRobot robot) throws Exception {
        table = robot.lookup("#executionsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !table.getItems().isEmpty()
                && !app.executions().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void oneClickOpensARunAndTheArrowKeysCarryTheDetailAlong(FxRobot robot) throws Exception {
        awaitRows(robot);
        robot.clickOn(row(robot, 2));
        String clicked = table.getItems().get(2).row().rid().value();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> detailShows(robot, clicked));
        robot.type(KeyCode.DOWN);
        String next = table.getItems().get(3).row().rid().value();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> detailShows(robot, next));
        assertThat(app.executions().selectedExecutions()).extracting(r -> r.rid().value()).containsExactly(next);
    }

    @Test
    void aRunOpenedFromSearchIsSelectedAloneAndScrolledToEvenWhenFiltersHidIt(FxRobot robot) throws Exception {
        awaitRows(robot);
        int last = table.getItems().size() - 1;
        Rid far = java.util.stream.IntStream.iterate(last, i -> i - 1).limit(last).mapToObj(i -> table.getItems()
                .get(i).row()).filter(r -> !"Failed".equals(r.status())).findFirst().orElseThrow().rid();
        robot.interact(() -> table.getSelectionModel().selectRange(0, 5));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.executions().canCompareProperty().get());
        // a filter that hides the run: opening it shows every run again rather than a detail beside no row
        robot.interact(() -> app.executions().statuses().add("Failed"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !app.executions().loadingProperty().get()
                && table.getItems().size() < last);

        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        robot.write(far.value().toLowerCase(java.util.Locale.ROOT)).type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getSelectionModel().getSelectedIndices().size() == 1
                && table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().row() != null
                && far.equals(table.getSelectionModel().getSelectedItem().row().rid()));
        assertThat(app.executions().statuses()).as("the filter that hid the run is cleared").isEmpty();
        assertThat(app.executions().canCompareProperty().get()).as("no stale multi-selection").isFalse();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> detailShows(robot, far.value()));
        int index = table.getSelectionModel().getSelectedIndex();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visibleRow(robot, index)).as("the row is scrolled into view").isTrue();
    }

    @Test
    void focusAndSelectionAreVisibleAndComparisonWindowsCloseWithEscapeAndCtrlW(FxRobot robot) throws Exception {
        awaitRows(robot);
        robot.clickOn(row(robot, 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.isFocused()).isTrue();
        Paint focusedRing = innerBorder(table);
        Paint selected = background(row(robot, 1));
        Paint other = background(row(robot, 4));
        robot.clickOn("#searchField");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusedRing).as("a focused table is ringed").isNotEqualTo(innerBorder(table));
        assertThat(selected).as("the selected row stands out").isNotEqualTo(other);

        robot.interact(() -> table.getSelectionModel().selectRange(0, 2));
        robot.interact(() -> app.executions().compare());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> compareWindows(robot).size() == 1);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> compareWindows(robot).isEmpty());

        robot.interact(() -> app.executions().compare());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> compareWindows(robot).size() == 1);
        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> compareWindows(robot).isEmpty());
    }

    @Test
    void aWindowOf1024By640KeepsEveryControlReachable(FxRobot robot) throws Exception {
        awaitRows(robot);
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(640);
        });
        robot.interact(() -> app.features().showExecution(Rid.of("1-AS10")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> detailShows(robot, "1-AS10"));
        WaitForAsyncUtils.waitForFxEvents();
        double width = stage.getScene().getWidth();
        double height = stage.getScene().getHeight();
        for (String id : List.of("#catalogSelector", "#catalogMenu", "#navExecutions", "#navWorkflows",
                "#navDatasets", "#searchField", "#themeToggle", "#helpMenu", "#filterText", "#filterStatus",
                "#clearFilters", "#copyRid", "#openInChaise", "#copyCitation")) {
            Region control = robot.lookup(id).queryAs(Region.class);
            Bounds b = control.localToScene(control.getBoundsInLocal());
            assertThat(b.getMinX()).as(id).isGreaterThanOrEqualTo(0);
            assertThat(b.getMaxX()).as(id + " inside the window").isLessThanOrEqualTo(width + 0.5);
            assertThat(b.getMaxY()).as(id).isLessThanOrEqualTo(height + 0.5);
            assertThat(control.getWidth()).as(id + " not squeezed").isGreaterThanOrEqualTo(
                    Math.min(control.prefWidth(-1), control.minWidth(-1)) - 0.5);
        }
        assertThat(robot.lookup("#catalogSelector").queryAs(Region.class).getWidth()).isGreaterThanOrEqualTo(100);
        TextField search = robot.lookup("#searchField").queryAs(TextField.class);
        Text prompt = search.lookupAll("Text").stream().filter(n -> n instanceof Text t
                && t.getText().equals(search.getPromptText())).map(Text.class::cast).findFirst().orElseThrow();
        Bounds field = search.localToScene(search.getLayoutBounds());
        assertThat(prompt.localToScene(prompt.getLayoutBounds()).getMaxX()).as("the search prompt '"
                + search.getPromptText() + "' shows whole").isLessThanOrEqualTo(field.getMaxX()
                - search.snappedRightInset() + 0.5);
        assertThat(search.getPromptText()).startsWith("Search");
        Bounds tableBounds = table.localToScene(table.getBoundsInLocal());
        for (String column : List.of("column-rid", "column-description", "column-status", "column-created",
                "column-readiness")) {
            TableColumn<ExecutionSlot, ?> c = table.getColumns().stream().filter(x -> column.equals(x.getId()))
                    .findFirst().orElseThrow();
            Node header = table.lookupAll(".column-header").stream()
                    .filter(n -> n.getId() != null && n.getId().equals(column)).findFirst().orElseThrow();
            Bounds h = header.localToScene(header.getBoundsInLocal());
            assertThat(h.getMaxX()).as(c.getText() + " column in view").isLessThanOrEqualTo(tableBounds.getMaxX());
            assertThat(headerText(header)).as("the " + c.getText() + " header shows whole").isEqualTo(c.getText());
        }
        ScrollPane detail = robot.lookup("#executionDetailArea").queryAs(ScrollPane.class);
        assertThat(detail.getContent().getLayoutBounds().getWidth())
                .as("the detail reflows instead of scrolling sideways")
                .isLessThanOrEqualTo(detail.getViewportBounds().getWidth() + 0.5);
        Node created = robot.from(table).lookup(".table-cell").match((Node n) -> n instanceof TableCell<?, ?> cell
                && cell.getTableColumn() != null && "column-created".equals(cell.getTableColumn().getId())
                && cell.getText() != null && cell.getText().startsWith("20")).query();
        assertThat(cellText(created)).as("the dates show whole").isEqualTo(((TableCell<?, ?>) created).getText());
        javafx.scene.control.Label pending = robot.from(table).lookup(".status-pill").match((Node n) ->
                n instanceof javafx.scene.control.Label l && "Pending Upload".equals(l.getText()))
                .queryAs(javafx.scene.control.Label.class);
        assertThat(cellText(pending)).as("the longest status shows whole").isEqualTo("Pending Upload");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#workflowsTree").tryQuery()
                .map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        TreeTableView<?> tree = robot.lookup("#workflowsTree").queryAs(TreeTableView.class);
        Bounds treeBounds = tree.localToScene(tree.getBoundsInLocal());
        List<Node> headers = tree.lookupAll(".column-header").stream().filter(n -> n.isVisible()
                && n.lookup(".label") instanceof javafx.scene.control.Label).toList();
        assertThat(headers).as("the workflows' default columns").hasSizeGreaterThanOrEqualTo(6);
        for (Node header : headers) {
            String text = ((javafx.scene.control.Label) header.lookup(".label")).getText();
            assertThat(header.localToScene(header.getBoundsInLocal()).getMaxX()).as(text + " in view")
                    .isLessThanOrEqualTo(treeBounds.getMaxX());
            assertThat(headerText(header)).as("the " + text + " header shows whole").isEqualTo(text);
        }
    }

    @Test
    void aRightClickOnAHeaderOffersTheHiddenColumnsWithoutSorting(FxRobot robot) throws Exception {
        awaitRows(robot);
        var sort = app.executions().sortProperty().get();
        TableColumn<ExecutionSlot, ?> run = table.getColumns().stream()
                .filter(c -> "column-execution".equals(c.getId())).findFirst().orElseThrow();
        assertThat(run.isVisible()).as("run time starts hidden").isFalse();
        Node status = table.lookupAll(".column-header").stream()
                .filter(n -> "column-status".equals(n.getId())).findFirst().orElseThrow();
        robot.rightClickOn(status);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.executions().sortProperty().get()).as("a right-click does not sort").isEqualTo(sort);
        // the menu opens on the context-menu request a desktop sends with the right button (Monocle sends none)
        Bounds at = status.localToScreen(status.getBoundsInLocal());
        robot.interact(() -> javafx.event.Event.fireEvent(status, new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 8, 8, at.getMinX() + 8, at.getMinY() + 8,
                false, null)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> run.getContextMenu().isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.from(run.getContextMenu().getScene().getRoot()).lookup((Node n) -> n.getStyleClass()
                .contains("check-menu-item") && n instanceof javafx.scene.Parent p && p.lookupAll(".label").stream()
                .anyMatch(l -> l instanceof javafx.scene.control.Label label && "Run time".equals(label.getText())))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(run.isVisible()).isTrue();
        assertThat(app.executions().sortProperty().get()).isEqualTo(sort);
    }

    /** What a column header's label shows, which ends in an ellipsis when the column is too narrow for it. */
    private static String headerText(Node header) {
        return cellText(header.lookup(".label"));
    }

    /** The text a labeled node paints (its text, or that text cut and ended by an ellipsis). */
    private static String cellText(Node labeled) {
        return labeled.lookupAll(".text").stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getText())
                .findFirst().orElse("");
    }

    @Test
    void searchResultsAppearAsOneTypesWithoutTakingTheKeyboard(FxRobot robot) throws Exception {
        awaitRows(robot);
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        robot.write("hydra");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.shell().search().showingResultsProperty().get()
                && app.shell().search().results().stream().anyMatch(r -> "in a file name".equals(r.match())));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#searchField").query().isFocused()).as("typing goes on in the field").isTrue();
        assertThat(app.shell().search().results().get(0).kind()).isEqualTo(SearchResult.Kind.FILTER_TEXT);
        int file = 0;
        while (!"in a file name".equals(app.shell().search().results().get(file).match())) {
            file++;
        }
        for (int i = 0; i < file; i++) {    // the first is highlighted; the arrows move on from it
            robot.type(KeyCode.DOWN);
        }
        assertThat(robot.lookup("#searchField").query().isFocused()).as("the keyboard stays in the field").isTrue();
        assertThat(resultsHoldTheKeyboard(robot)).as("the results never hold the keyboard").isFalse();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !app.shell().search().showingResultsProperty().get()
                && app.executions().selectedExecutions().size() == 1);
    }

    /**
     * In the real window the popup's scene receives the keys typed in the field too; Enter acts once, on the
     * highlighted result, the first time and every time after (the list never holds the keyboard).
     */
    @Test
    void enterInTheSearchFieldOpensTheHighlightedResultOnce(FxRobot robot) throws Exception {
        awaitRows(robot);
        SearchViewModel search = app.shell().search();
        for (int round = 0; round < 2; round++) {
            robot.interact(() -> app.features().showExecution(Rid.of("1-ATNR")));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> detailShows(robot, "1-ATNR"));
            robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
            robot.write("1as10");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> search.showingResultsProperty().get()
                    && !search.results().isEmpty() && Rid.of("1-AS10").equals(search.results().get(0).rid()));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(resultsHoldTheKeyboard(robot)).as("round " + round + ": the list would take Enter first")
                    .isFalse();
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> detailShows(robot, "1-AS10"));
            settled(robot, search);
            assertThat(search.showingResultsProperty().get()).as("round " + round + ": the results close, and no "
                    + "second search brings them back").isFalse();
        }
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        robot.write("1as10");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> search.showingResultsProperty().get()
                && search.results().size() > 1);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "1as10".equals(app.executions().textProperty().get()));
        settled(robot, search);
        assertThat(search.showingResultsProperty().get()).isFalse();
    }

    /**
     * True when the results list is its popup's focus owner: a popup's scene is handed the keys typed in the window
     * that owns it before that window's focused field is, so such a list acts on Enter and the arrows itself (under
     * GTK the field then acts on them too).
     */
    private static boolean resultsHoldTheKeyboard(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w instanceof javafx.stage.Popup && w.isShowing())
                .map(Window::getScene).anyMatch(s -> s.getFocusOwner() != null
                        && "searchResults".equals(s.getFocusOwner().getId()));
    }

    /** Waits until any search the keys started has ended and its results (if any) are shown. */
    private static void settled(FxRobot robot, SearchViewModel search) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !search.searchingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theRunSummaryComesFirstAndTheFileViewerDoesNotTrapTheWheel(FxRobot robot) throws Exception {
        awaitRows(robot);
        robot.interact(() -> app.features().showExecution(Rid.of("1-AS10")));
        Predicate<Node> learningRate = n -> n instanceof javafx.scene.control.Labeled l
                && "model_config.learning_rate".equals(l.getText()) && n.isVisible();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#summaryCard").tryQuery()
                .map(card -> card.isVisible() && robot.from(card).lookup(learningRate).tryQuery().isPresent())
                .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        Node summary = robot.lookup("#summaryCard").query();
        Node code = robot.lookup("#codeCard").query();
        assertThat(summary.localToScene(0, 0).getY()).as("the summary sits above the provenance cards")
                .isLessThan(code.localToScene(0, 0).getY());

        Node table = robot.lookup("#metadataFilesTable").query();
        Predicate<Node> configFile = n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().startsWith("configuration.json");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.from(table).lookup(configFile).tryQuery()
                .isPresent());
        Node file = robot.from(table).lookup(configFile).query();
        ScrollPane page = robot.lookup("#detailScroll").queryAs(ScrollPane.class);
        robot.interact(() -> {
            double y = page.getContent().sceneToLocal(file.localToScene(file.getBoundsInLocal())).getMinY();
            double room = page.getContent().getBoundsInLocal().getHeight() - page.getViewportBounds().getHeight();
            page.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, (y - 80) / room)));
        });
        robot.clickOn(file);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#fileViewer").tryQuery()
                .map(n -> n.isVisible() && n.getScene() != null).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> page.setVvalue(Math.min(page.getVvalue(), 0.5)));
        Node viewer = robot.lookup("#fileViewer").query();
        double before = page.getVvalue();
        // the wheel as the toolkit delivers it: a scroll event aimed at the viewer, through the scene's filters
        robot.interact(() -> javafx.event.Event.fireEvent(viewer, new javafx.scene.input.ScrollEvent(
                javafx.scene.input.ScrollEvent.SCROLL, 10, 10, 10, 10, false, false, false, false, false, false, 0,
                -120, 0, -120, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(page.getVvalue()).as("the wheel over an unclicked viewer scrolls the page").isNotEqualTo(before);
    }

    private static List<Window> compareWindows(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w instanceof Stage && w.isShowing() && w.getScene() != null
                && "compareView".equals(w.getScene().getRoot().getId())).toList();
    }

    /** The colour of the table's inner ring (the second border stroke, which turns blue with the focus). */
    private static Paint innerBorder(Region r) {
        Border b = r.getBorder();
        assertThat(b).isNotNull();
        assertThat(b.getStrokes()).hasSizeGreaterThanOrEqualTo(2);
        return b.getStrokes().get(1).getTopStroke();
    }

    private static Paint background(Node row) {
        Region r = (Region) row;
        return r.getBackground().getFills().get(r.getBackground().getFills().size() - 1).getFill();
    }

    private boolean visibleRow(FxRobot robot, int index) {
        Bounds t = table.localToScene(table.getBoundsInLocal());
        return robot.lookup((Predicate<Node>) n -> n instanceof TableRow<?> r && r.getIndex() == index && r.isVisible())
                .tryQuery().map(n -> n.localToScene(n.getBoundsInLocal()))
                .filter(b -> b.getMinY() >= t.getMinY() && b.getMaxY() <= t.getMaxY()).isPresent();
    }

    /** True when some visible text in the execution detail area names the execution. */
    private static boolean detailShows(FxRobot robot, String rid) {
        Node area = robot.lookup("#executionDetailArea").query();
        Predicate<Node> names = n -> n instanceof Text t && t.getText() != null && t.getText().contains(rid)
                && n.isVisible() && !t.getText().startsWith("Loading");
        return robot.from(area).lookup(names).tryQuery().isPresent();
    }

    private static Node row(FxRobot robot, int index) {
        Predicate<Node> atIndex = n -> n instanceof TableRow<?> r && r.getIndex() == index && !r.isEmpty();
        return robot.lookup(atIndex).query();
    }
}
