package org.provex.ui.lineage;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.core.lineage.DisplayGraph;
import org.provex.core.lineage.LineageWalker.Direction;
import org.provex.ui.common.Messages;

/**
 * The lineage window's content: a toolbar (direction, depth, zoom, fit), the graph (pan by dragging, zoom at the
 * mouse with Ctrl and the wheel or a pinch: {@link GraphViewport}) and a side panel with the selected node's facts
 * and actions. Binds to a {@link LineageViewModel}.
 */
public final class LineageView {

    private static final Messages TEXT = Messages.of(LineageView.class);

    private final LineageViewModel vm;
    private final BorderPane root = new BorderPane();
    private final GraphPane graph;
    private final GraphViewport viewport;

    public LineageView(LineageViewModel vm) {
        this.vm = vm;
        root.setId("lineageView");
        LineageStyles.apply(root);
        graph = new GraphPane(vm);
        viewport = new GraphViewport(graph);
        Label message = new Label();
        message.setId("lineageMessage");
        message.getStyleClass().add("empty-state");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        root.setTop(toolbar());
        root.setCenter(new StackPane(viewport.node(), message));
        root.setRight(side());
        vm.layoutProperty().addListener((o, a, laid) -> {
            if (a == null && laid != null) {
                // the first graph fits the window once the scroll pane knows its size
                root.layout();
                viewport.fit();
            }
        });
    }

    public Parent root() {
        return root;
    }

    private ToolBar toolbar() {
        Label title = new Label();
        title.setId("lineageTitle");
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(vm.titleProperty());
        ToggleGroup ways = new ToggleGroup();
        HBox direction = new HBox(way(ways, Direction.UP, "direction.up", "lineageUp"),
                way(ways, Direction.BOTH, "direction.both", "lineageBoth"),
                way(ways, Direction.DOWN, "direction.down", "lineageDown"));
        direction.getStyleClass().add("segmented");
        ways.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null) {
                a.setSelected(true);   // one way is always chosen
            } else {
                vm.directionProperty().set((Direction) t.getUserData());
            }
        });
        Spinner<Integer> depth = new Spinner<>(1, 12, vm.depthProperty().get());
        depth.setId("lineageDepth");
        depth.setPrefWidth(72);
        depth.setAccessibleText(TEXT.get("depth.accessible"));
        depth.valueProperty().addListener((o, a, d) -> vm.depthProperty().set(d));
        Label depthLabel = new Label(TEXT.get("depth"));
        Button out = icon("lineageZoomOut", Feather.ZOOM_OUT, "zoom.out", () -> viewport.zoomAtCentre(1 / 1.25));
        Button in = icon("lineageZoomIn", Feather.ZOOM_IN, "zoom.in", () -> viewport.zoomAtCentre(1.25));
        Button fit = icon("lineageFit", Feather.MAXIMIZE, "zoom.fit", viewport::fit);
        Label summary = new Label();
        summary.setId("lineageSummary");
        summary.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        summary.textProperty().bind(vm.summaryProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(16, 16);
        busy.visibleProperty().bind(vm.loadingProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        return new ToolBar(title, grow, summary, busy, direction, depthLabel, depth, out, in, fit);
    }

    private ToggleButton way(ToggleGroup group, Direction d, String key, String id) {
        ToggleButton b = new ToggleButton(TEXT.get(key));
        b.setId(id);
        b.setUserData(d);
        b.setToggleGroup(group);
        b.setSelected(vm.directionProperty().get() == d);
        return b;
    }

    private static Button icon(String id, Feather icon, String key, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add(Styles.BUTTON_ICON);
        b.setTooltip(new Tooltip(TEXT.get(key)));
        b.setAccessibleText(TEXT.get(key));
        b.setOnAction(e -> action.run());
        return b;
    }

    private VBox side() {
        Label heading = new Label(TEXT.get("side.title"));
        heading.getStyleClass().add("section-title");
        Label facts = new Label();
        facts.setId("lineageSelection");
        facts.setWrapText(true);
        facts.textProperty().bind(Bindings.createStringBinding(() -> vm.describe(vm.selectedProperty().get()),
                vm.selectedProperty()));
        Button open = action("lineageOpen", "action.open", Feather.EXTERNAL_LINK, vm::openRecord);
        Button expand = action("lineageExpand", "action.expand", Feather.PLUS_CIRCLE, vm::expand);
        Button collapse = action("lineageCollapse", "action.collapse", Feather.MINUS_CIRCLE, vm::collapse);
        Button impact = action("lineageImpact", "action.impact", Feather.ALERT_TRIANGLE, vm::showImpact);
        var none = vm.selectedProperty().isNull();
        open.disableProperty().bind(none);
        expand.disableProperty().bind(none);
        collapse.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.selectedProperty().get() == null
                || vm.selectedProperty().get().isGroup(), vm.selectedProperty()));
        impact.disableProperty().bind(collapse.disableProperty());
        Label hint = new Label(TEXT.get("side.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox side = new VBox(8, heading, facts, open, expand, collapse, impact, hint);
        side.setId("lineageSide");
        side.getStyleClass().add("lineage-side");
        side.setPadding(new Insets(12));
        side.setPrefWidth(260);
        side.setMinWidth(200);
        side.setAlignment(Pos.TOP_LEFT);
        return side;
    }

    private Button action(String id, String key, Feather icon, java.util.function.Consumer<String> command) {
        Button b = new Button(TEXT.get(key), new FontIcon(icon));
        b.setId(id);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setOnAction(e -> {
            DisplayGraph.Box box = vm.selectedProperty().get();
            if (box != null) {
                command.accept(box.id());
            }
        });
        return b;
    }
}
