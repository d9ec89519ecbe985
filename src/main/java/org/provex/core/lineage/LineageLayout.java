package org.provex.core.lineage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Places the boxes of a {@link DisplayGraph} with Eclipse ELK's layered (Sugiyama) algorithm: data flows left to
 * right, so inputs sit left of the runs that consumed them and outputs right of the runs that made them; arrows
 * are routed orthogonally around the boxes. Layout only; drawing is the view's. Runs off the FX thread (a few
 * hundred boxes take a few hundred milliseconds once warm).
 */
public final class LineageLayout {

    /** Where a box goes. */
    public record Place(double x, double y, double width, double height) {
    }

    /** An arrow's route: start, bends and end. */
    public record Route(DisplayGraph.Arrow arrow, List<double[]> points) {

        public Route {
            points = List.copyOf(points);
        }
    }

    /** A laid out graph: the box places by id, the arrow routes, and the size of the whole drawing. */
    public record Result(DisplayGraph graph, Map<String, Place> places, List<Route> routes, double width,
                         double height) {

        public Result {
            places = Map.copyOf(places);
            routes = List.copyOf(routes);
        }
    }

    private final double boxWidth;
    private final double boxHeight;

    public LineageLayout(double boxWidth, double boxHeight) {
        this.boxWidth = boxWidth;
        this.boxHeight = boxHeight;
    }

    public Result layout(DisplayGraph graph) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(24));
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 18.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 56.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
        // disconnected parts (none in a walk) are packed side by side instead of each taking the full height
        root.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, true);
        Map<String, ElkNode> elk = new HashMap<>();
        for (DisplayGraph.Box b : graph.boxes()) {
            ElkNode n = ElkGraphUtil.createNode(root);
            n.setDimensions(boxWidth, boxHeight);
            n.setIdentifier(b.id().isEmpty() ? "root" : b.id());
            elk.put(b.id(), n);
        }
        Map<ElkEdge, DisplayGraph.Arrow> arrows = new HashMap<>();
        for (DisplayGraph.Arrow a : graph.arrows()) {
            arrows.put(ElkGraphUtil.createSimpleEdge(elk.get(a.from()), elk.get(a.to())), a);
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        Map<String, Place> places = new HashMap<>();
        elk.forEach((id, n) -> places.put(id, new Place(n.getX(), n.getY(), n.getWidth(), n.getHeight())));
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<ElkEdge, DisplayGraph.Arrow> e : arrows.entrySet()) {
            List<double[]> points = new ArrayList<>();
            for (ElkEdgeSection s : e.getKey().getSections()) {
                points.add(new double[] {s.getStartX(), s.getStartY()});
                for (ElkBendPoint p : s.getBendPoints()) {
                    points.add(new double[] {p.getX(), p.getY()});
                }
                points.add(new double[] {s.getEndX(), s.getEndY()});
            }
            routes.add(new Route(e.getValue(), points));
        }
        routes.sort(java.util.Comparator.comparing((Route r) -> r.arrow().from()).thenComparing(r -> r.arrow().to()));
        return new Result(graph, places, routes, root.getWidth(), root.getHeight());
    }
}
