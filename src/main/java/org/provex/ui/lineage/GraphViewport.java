package org.provex.ui.lineage;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The lineage graph in a scroll pane that pans by dragging and zooms where the person points: Ctrl and the wheel, or
 * a pinch on a touchpad, keep the point under the mouse where it is (as far as the scroll bars can move; a graph
 * smaller than the window stays centred), and the toolbar's buttons zoom about the middle of the view.
 */
final class GraphViewport {

    static final double MIN_ZOOM = 0.1;
    static final double MAX_ZOOM = 2.5;
    /** One notch of the wheel. */
    static final double WHEEL_STEP = 1.15;

    private final Region graph;
    private final ScrollPane scroll;

    GraphViewport(Region graph) {
        this.graph = graph;
        scroll = new ScrollPane(new StackPane(new Group(graph)));
        scroll.setId("lineageScroll");
        scroll.setPannable(true);
        scroll.getStyleClass().add("lineage-scroll");
        scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isControlDown() && e.getDeltaY() != 0) {
                zoomAt(e.getDeltaY() > 0 ? WHEEL_STEP : 1 / WHEEL_STEP, e.getSceneX(), e.getSceneY());
                e.consume();
            }
        });
        scroll.addEventFilter(ZoomEvent.ZOOM, e -> {
            zoomAt(e.getZoomFactor(), e.getSceneX(), e.getSceneY());
            e.consume();
        });
    }

    Node node() {
        return scroll;
    }

    double zoom() {
        return graph.getScaleX();
    }

    /** Zooms about the middle of the view (the toolbar's buttons). */
    void zoomAtCentre(double factor) {
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        zoomAt(factor, view.getCenterX(), view.getCenterY());
    }

    /**
     * Zooms by {@code factor} (within {@value #MIN_ZOOM}..{@value #MAX_ZOOM}) and scrolls so that the graph's point
     * under the scene point ({@code sceneX}, {@code sceneY}) stays there.
     */
    void zoomAt(double factor, double sceneX, double sceneY) {
        double z = clamp(graph.getScaleX() * factor, MIN_ZOOM, MAX_ZOOM);
        if (z == graph.getScaleX()) {
            return;
        }
        Point2D anchor = graph.sceneToLocal(sceneX, sceneY);
        scale(z);
        scroll.layout();    // the content's new size and the scroll bars' new ranges
        Point2D moved = graph.localToScene(anchor);
        scrollBy(moved.getX() - sceneX, moved.getY() - sceneY);
    }

    /** Scales the graph so that all of it shows (never above its natural size). */
    void fit() {
        Bounds view = scroll.getViewportBounds();
        double w = graph.getPrefWidth();
        double h = graph.getPrefHeight();
        if (w <= 0 || h <= 0 || view.getWidth() <= 0) {
            return;
        }
        scale(clamp(Math.min(view.getWidth() / w, view.getHeight() / h), MIN_ZOOM, 1));
    }

    private void scale(double z) {
        graph.setScaleX(z);
        graph.setScaleY(z);
    }

    /** Moves the view by this many pixels, within what the scroll bars allow. */
    private void scrollBy(double dx, double dy) {
        Bounds content = scroll.getContent().getLayoutBounds();
        Bounds view = scroll.getViewportBounds();
        double roomX = content.getWidth() - view.getWidth();
        double roomY = content.getHeight() - view.getHeight();
        if (roomX > 0) {
            double range = scroll.getHmax() - scroll.getHmin();
            scroll.setHvalue(clamp(scroll.getHvalue() + dx / roomX * range, scroll.getHmin(), scroll.getHmax()));
        }
        if (roomY > 0) {
            double range = scroll.getVmax() - scroll.getVmin();
            scroll.setVvalue(clamp(scroll.getVvalue() + dy / roomY * range, scroll.getVmin(), scroll.getVmax()));
        }
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
