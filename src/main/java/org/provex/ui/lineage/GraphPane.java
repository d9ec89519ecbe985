package org.provex.ui.lineage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import org.provex.core.lineage.DisplayGraph;
import org.provex.core.lineage.LineageLayout;
import org.provex.ui.browse.RunsTable;
import org.provex.ui.common.Messages;

/**
 * Draws a laid out lineage graph: a box per node or group (styled by kind and status) at its ELK place, and each
 * arrow along its orthogonal route with a head at the box it fed. Click selects, shift-click highlights the path
 * from the selection, double-click opens the record (or expands a group); the context menu has every action.
 */
final class GraphPane extends Pane {

    private static final Messages TEXT = Messages.of(GraphPane.class);

    private final LineageViewModel vm;
    private final Map<String, Node> boxes = new HashMap<>();
    private final Map<DisplayGraph.Arrow, List<Node>> arrows = new HashMap<>();

    GraphPane(LineageViewModel vm) {
        this.vm = vm;
        setId("lineageGraph");
        getStyleClass().add("lineage-graph");
        vm.layoutProperty().addListener((o, a, laid) -> draw(laid));
        vm.selectedProperty().addListener((o, a, b) -> mark());
        vm.pathProperty().addListener((o, a, b) -> mark());
        setOnMouseClicked(e -> {
            if (e.getTarget() == this) {
                vm.select(null);
            }
        });
    }

    /** The drawn box of an id (tests, fit-to-selection). */
    Node box(String id) {
        return boxes.get(id);
    }

    private void draw(LineageLayout.Result laid) {
        getChildren().clear();
        boxes.clear();
        arrows.clear();
        if (laid == null) {
            setPrefSize(0, 0);
            return;
        }
        setPrefSize(laid.width(), laid.height());
        setMinSize(laid.width(), laid.height());
        for (LineageLayout.Route r : laid.routes()) {
            arrows.put(r.arrow(), arrow(r));
            getChildren().addAll(arrows.get(r.arrow()));
        }
        for (DisplayGraph.Box b : laid.graph().boxes()) {
            LineageLayout.Place p = laid.places().get(b.id());
            Node n = box(b, b.id().equals(laid.graph().rootId()));
            n.relocate(p.x(), p.y());
            boxes.put(b.id(), n);
            getChildren().add(n);
        }
        mark();
    }

    private List<Node> arrow(LineageLayout.Route r) {
        Polyline line = new Polyline();
        r.points().forEach(p -> line.getPoints().addAll(p[0], p[1]));
        line.getStyleClass().addAll("lineage-arrow", "relation-" + r.arrow().relation());
        double[] end = r.points().get(r.points().size() - 1);
        double[] before = r.points().get(r.points().size() - 2);
        double angle = Math.atan2(end[1] - before[1], end[0] - before[0]);
        Polygon head = new Polygon(end[0], end[1],
                end[0] - 9 * Math.cos(angle - 0.4), end[1] - 9 * Math.sin(angle - 0.4),
                end[0] - 9 * Math.cos(angle + 0.4), end[1] - 9 * Math.sin(angle + 0.4));
        head.getStyleClass().addAll("lineage-arrow-head", "relation-" + r.arrow().relation());
        Tooltip.install(line, new Tooltip(TEXT.get("relation." + r.arrow().relation())));
        return List.of(line, head);
    }

    private Node box(DisplayGraph.Box b, boolean root) {
        Label label = new Label(b.isGroup() ? TEXT.get("group.label", b.group().members().size(),
                TEXT.get("kinds." + b.group().kind())) : RunsTable.firstLine(b.node().label()));
        label.getStyleClass().add("lineage-box-label");
        Label caption = new Label(vm.caption(b));
        caption.getStyleClass().add("lineage-box-caption");
        VBox box = new VBox(2, label, caption);
        box.setId("box-" + (b.id().isEmpty() ? "root" : b.id().replace(':', '_')));
        box.getStyleClass().addAll("lineage-box", "kind-" + (b.isGroup() ? "group" : b.node().kind()));
        if (!b.isGroup() && b.node().status() != null) {
            box.getStyleClass().add("status-" + b.node().status().toLowerCase(java.util.Locale.ROOT));
        }
        if (root) {
            box.getStyleClass().add("root");
        }
        box.setPrefSize(LineageViewModel.BOX_WIDTH, LineageViewModel.BOX_HEIGHT);
        box.setMaxSize(LineageViewModel.BOX_WIDTH, LineageViewModel.BOX_HEIGHT);
        box.setAccessibleText(label.getText() + ", " + caption.getText());
        Tooltip.install(box, new Tooltip(vm.describe(b)));
        box.setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            if (e.getClickCount() == 2) {
                vm.openRecord(b.id());
            } else if (e.isShiftDown()) {
                vm.pathTo(b.id());
            } else {
                vm.select(b.id());
            }
            e.consume();
        });
        box.setOnContextMenuRequested(e -> {
            menu(b).show(box, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        return box;
    }

    private ContextMenu menu(DisplayGraph.Box b) {
        MenuItem open = item("menu.open", () -> vm.openRecord(b.id()));
        MenuItem expand = item(b.isGroup() ? "menu.expandGroup" : "menu.expand", () -> vm.expand(b.id()));
        MenuItem collapse = item("menu.collapse", () -> vm.collapse(b.id()));
        MenuItem impact = item("menu.impact", () -> vm.showImpact(b.id()));
        MenuItem path = item("menu.path", () -> vm.pathTo(b.id()));
        collapse.setDisable(b.isGroup());
        impact.setDisable(b.isGroup() || b.node().rid() == null);
        open.setDisable(!b.isGroup() && b.node().rid() == null);
        path.setDisable(vm.selectedProperty().get() == null || vm.selectedProperty().get().id().equals(b.id()));
        return new ContextMenu(open, expand, collapse, new SeparatorMenuItem(), impact, path);
    }

    private static MenuItem item(String key, Runnable action) {
        MenuItem m = new MenuItem(TEXT.get(key));
        m.setOnAction(e -> action.run());
        return m;
    }

    /** Marks the selected box and the boxes and arrows on the highlighted path. */
    private void mark() {
        DisplayGraph.Box selected = vm.selectedProperty().get();
        List<String> path = vm.pathProperty().get();
        Set<String> on = Set.copyOf(path);
        boxes.forEach((id, n) -> {
            n.pseudoClassStateChanged(LineageStyles.SELECTED, selected != null && selected.id().equals(id));
            n.pseudoClassStateChanged(LineageStyles.ON_PATH, on.contains(id));
        });
        arrows.forEach((a, nodes) -> {
            boolean along = false;
            for (int i = 0; i + 1 < path.size() && !along; i++) {
                along = a.from().equals(path.get(i)) && a.to().equals(path.get(i + 1))
                        || a.to().equals(path.get(i)) && a.from().equals(path.get(i + 1));
            }
            boolean lit = along;
            nodes.forEach(n -> n.pseudoClassStateChanged(LineageStyles.ON_PATH, lit));
        });
        boxes.forEach((id, n) -> n.setOpacity(on.isEmpty() || on.contains(id) ? 1 : 0.45));
    }
}
