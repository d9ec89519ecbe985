package org.provex.ui.lineage;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.lineage.DisplayGraph;
import org.provex.core.lineage.ExploredGraph;
import org.provex.core.lineage.FanOutGrouping;
import org.provex.core.lineage.ImpactReport;
import org.provex.core.lineage.LineageGraph;
import org.provex.core.lineage.LineageLayout;
import org.provex.core.lineage.LineageNode;
import org.provex.core.lineage.LineageWalker;
import org.provex.core.lineage.LineageWalker.Direction;
import org.provex.core.model.Rid;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.common.Errors;
import org.provex.ui.common.Messages;
import org.provex.ui.common.TaskSlot;
import org.provex.ui.common.ViewContext;

/**
 * The lineage graph of one record: walks the cache around it (upstream, downstream or both, to a depth), folds
 * large fan-outs into group boxes, lays the boxes out with ELK, and lets the user expand and collapse neighbours,
 * pick a node, highlight the path between two nodes and open a node's record or impact report. Walking, grouping
 * and layout run in one {@link TaskSlot}, so a newer request supersedes the one in flight.
 */
public final class LineageViewModel {

    static final double BOX_WIDTH = 212;
    static final double BOX_HEIGHT = 58;

    private final Messages msg = Messages.of(LineageViewModel.class);
    private final ViewContext ctx;
    private final TaskSlot work;
    private final ObjectProperty<Direction> direction = new SimpleObjectProperty<>(this, "direction", Direction.BOTH);
    private final IntegerProperty depth = new SimpleIntegerProperty(this, "depth", 3);
    private final ReadOnlyObjectWrapper<LineageLayout.Result> layout = new ReadOnlyObjectWrapper<>(this, "layout");
    private final ReadOnlyObjectWrapper<DisplayGraph.Box> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<List<String>> path = new ReadOnlyObjectWrapper<>(this, "path", List.of());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final Set<String> expandedGroups = new HashSet<>();
    private final Set<String> collapsed = new HashSet<>();
    private Rid root;
    private ExploredGraph explored;
    private CatalogSession session;

    public LineageViewModel(ViewContext ctx) {
        this.ctx = ctx;
        this.work = ctx.tasks().slot();
        direction.addListener((o, a, b) -> reload());
        depth.addListener((o, a, b) -> reload());
    }

    /** Shows the lineage of a record of the open catalog. */
    public void open(Rid rid) {
        root = rid;
        title.set(msg.get("lineage.title", rid));
        reload();
    }

    /** Walks again from the root with the current direction and depth; expansions and collapses are forgotten. */
    public void reload() {
        session = ctx.session().get();
        if (root == null || session == null) {
            message.set(session == null ? msg.get("lineage.noCatalog") : "");
            return;
        }
        Rid rid = root;
        Direction dir = direction.get();
        int max = Math.max(1, depth.get());
        CacheDatabase db = session.db();
        expandedGroups.clear();
        collapsed.clear();
        message.set(msg.get("lineage.loading", rid));
        work.task(msg.get("task.lineage", rid), c -> {
            LineageWalker walker = new LineageWalker(db);
            if (!walker.knows(rid.value())) {
                return null;
            }
            ExploredGraph g = ExploredGraph.of(walker.walk(rid.value(), LineageWalker.Options.lineage(dir, max)));
            return new Drawn(g, lay(g, Set.of(), Set.of()));
        }).onSuccess(drawn -> {
            if (drawn == null) {
                explored = null;
                layout.set(null);
                selected.set(null);
                message.set(msg.get("lineage.unknown", rid));
                return;
            }
            show(drawn);
            selected.set(layout.get().graph().box(drawn.graph().rootId()).orElse(null));
        }).onError(e -> failed(e)).start();
    }

    private record Drawn(ExploredGraph graph, LineageLayout.Result layout) {
    }

    private static LineageLayout.Result lay(ExploredGraph g, Set<String> groups, Set<String> folded) {
        DisplayGraph d = FanOutGrouping.group(g, FanOutGrouping.DEFAULT_THRESHOLD, groups, folded);
        return new LineageLayout(BOX_WIDTH, BOX_HEIGHT).layout(d);
    }

    private void show(Drawn drawn) {
        explored = drawn.graph();
        layout.set(drawn.layout());
        path.set(List.of());
        message.set("");
        summary.set(msg.get("lineage.summary", drawn.layout().graph().boxes().size(), explored.size()));
        DisplayGraph.Box was = selected.get();
        selected.set(was == null ? null : drawn.layout().graph().box(was.id()).orElse(null));
    }

    private void failed(Throwable e) {
        message.set(msg.get("lineage.failed", Errors.message(e)));
        ctx.notifications().error(message.get());
    }

    /** Selects a box (null: none); the path highlight is cleared. */
    public void select(String boxId) {
        selected.set(boxId == null || layout.get() == null ? null : layout.get().graph().box(boxId).orElse(null));
        path.set(List.of());
    }

    /** Highlights the shortest chain of arrows between the selected box and {@code boxId}. */
    public void pathTo(String boxId) {
        DisplayGraph.Box from = selected.get();
        if (from == null || layout.get() == null) {
            return;
        }
        List<String> found = layout.get().graph().path(from.id(), boxId);
        path.set(found);
        if (found.isEmpty()) {
            ctx.notifications().info(msg.get("lineage.noPath", from.id(), boxId));
        }
    }

    /**
     * Shows more around a box: a group shows its members; a collapsed node its neighbours again; any other node
     * walks one step further from it (both ways) and adds what it finds.
     */
    public void expand(String boxId) {
        DisplayGraph.Box box = layout.get() == null ? null : layout.get().graph().box(boxId).orElse(null);
        if (box == null) {
            return;
        }
        if (box.isGroup()) {
            expandedGroups.add(box.group().key());
            relayout();
        } else if (collapsed.remove(boxId)) {
            relayout();
        } else if (box.node().rid() != null) {
            grow(box.node());
        }
    }

    private void grow(LineageNode node) {
        ExploredGraph base = explored;
        CacheDatabase db = session.db();
        Set<String> groups = Set.copyOf(expandedGroups);
        Set<String> folded = Set.copyOf(collapsed);
        work.task(msg.get("task.expand", node.rid()), c -> {
            LineageGraph around = new LineageWalker(db).walk(node.rid(),
                    LineageWalker.Options.lineage(Direction.BOTH, 1));
            ExploredGraph g = base.expand(node.rid(), around);
            return new Drawn(g, lay(g, groups, folded));
        }).onSuccess(this::show).onError(this::failed).start();
    }

    /** Folds what was reached through a node into it (the root too: then only the root is shown). */
    public void collapse(String boxId) {
        DisplayGraph.Box box = layout.get() == null ? null : layout.get().graph().box(boxId).orElse(null);
        if (box != null && !box.isGroup()) {
            collapsed.add(boxId);
            relayout();
        }
    }

    private void relayout() {
        ExploredGraph g = explored;
        Set<String> groups = Set.copyOf(expandedGroups);
        Set<String> folded = Set.copyOf(collapsed);
        work.task(msg.get("task.layout"), c -> new Drawn(g, lay(g, groups, folded)))
                .onSuccess(this::show).onError(this::failed).start();
    }

    /** Opens a node's record in the main window; a group is expanded instead. */
    public void openRecord(String boxId) {
        DisplayGraph.Box box = layout.get() == null ? null : layout.get().graph().box(boxId).orElse(null);
        if (box == null) {
            return;
        }
        if (box.isGroup()) {
            expand(boxId);
        } else if (box.node().rid() != null) {
            ctx.navigator().open(Rid.of(box.node().rid()));
        }
    }

    /** Opens the impact report of a node. */
    public void showImpact(String boxId) {
        DisplayGraph.Box box = layout.get() == null ? null : layout.get().graph().box(boxId).orElse(null);
        if (box != null && !box.isGroup() && box.node().rid() != null) {
            ctx.navigator().showImpact(Rid.of(box.node().rid()));
        }
    }

    /** The one line a box shows under its label: kind, and status or a count. */
    public String caption(DisplayGraph.Box box) {
        if (box.isGroup()) {
            DisplayGraph.Group g = box.group();
            return msg.get("group.caption", g.members().size(), ImpactReport.plural(g.kind(), g.members().size()),
                    msg.get("relation." + g.relation() + "." + g.direction()), g.beyond());
        }
        LineageNode n = box.node();
        String kind = msg.get("kind." + n.kind());
        String tail = n.status() != null ? n.status() : n.rid() == null ? "" : n.rid();
        String folded = box.hidden() > 0 ? " \u00b7 " + msg.get("box.folded", box.hidden()) : "";
        return kind + (tail.isEmpty() ? "" : " \u00b7 " + tail) + folded;
    }

    /** The facts of the selected box, one per line, for the side panel. */
    public String describe(DisplayGraph.Box box) {
        if (box == null) {
            return msg.get("select.none");
        }
        if (box.isGroup()) {
            return caption(box) + "\n" + msg.get("group.hint");
        }
        LineageNode n = box.node();
        StringBuilder sb = new StringBuilder(ImpactReport.describe(n));
        if (n.detail() != null) {
            sb.append('\n').append(n.detail());
        }
        if (n.unknownProvenance()) {
            sb.append('\n').append(msg.get("node.sentinel"));
        }
        return sb.toString();
    }

    public ObjectProperty<Direction> directionProperty() {
        return direction;
    }

    public IntegerProperty depthProperty() {
        return depth;
    }

    public ReadOnlyObjectProperty<LineageLayout.Result> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DisplayGraph.Box> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The ids on the highlighted path (empty: none). */
    public ReadOnlyObjectProperty<List<String>> pathProperty() {
        return path.getReadOnlyProperty();
    }

    /** Loading, failure or unknown-RID text; empty while a graph is shown. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return work.runningProperty();
    }

    /** The window is closing: the work in flight is dropped. */
    public void close() {
        work.cancel();
    }
}
