package org.provex.ui.lineage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.io.SafeFiles;
import org.provex.core.lineage.ImpactAnalyzer;
import org.provex.core.lineage.ImpactReport;
import org.provex.core.lineage.LineageGraph;
import org.provex.core.lineage.LineageNode;
import org.provex.core.model.Rid;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.common.Errors;
import org.provex.ui.common.Messages;
import org.provex.ui.common.TaskSlot;
import org.provex.ui.common.ViewContext;

/**
 * "What is tainted?" for one record: everything downstream of it, by depth, each depth grouped by kind so that a
 * fan-out of hundreds of runs reads as one line until opened, with the path that explains each item; exportable as
 * the same Markdown the CLI writes.
 */
public final class ImpactViewModel {

    /** One depth of the report. */
    public record Level(int depth, List<KindGroup> groups) {
    }

    /** The nodes of one kind at one depth; executions also counted by status. */
    public record KindGroup(int depth, String kind, String title, List<Item> items) {
    }

    /** One tainted node and the path that explains it. */
    public record Item(LineageNode node, String path) {
    }

    private final Messages msg = Messages.of(ImpactViewModel.class);
    private final ViewContext ctx;
    private final TaskSlot work;
    private final ReadOnlyObjectWrapper<LineageGraph> graph = new ReadOnlyObjectWrapper<>(this, "graph");
    private final ReadOnlyObjectWrapper<List<Level>> levels = new ReadOnlyObjectWrapper<>(this, "levels", List.of());
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Rid root;

    public ImpactViewModel(ViewContext ctx) {
        this.ctx = ctx;
        this.work = ctx.tasks().slot();
    }

    /** Computes the impact of a record of the open catalog. */
    public void open(Rid rid) {
        root = rid;
        CatalogSession session = ctx.session().get();
        title.set(msg.get("impact.title", rid));
        if (session == null) {
            message.set(msg.get("lineage.noCatalog"));
            return;
        }
        CacheDatabase db = session.db();
        message.set(msg.get("impact.loading", rid));
        work.task(msg.get("task.impact", rid), c -> new ImpactAnalyzer(db).impact(rid.value()))
                .onSuccess(this::show)
                .onError(e -> {
                    graph.set(null);
                    levels.set(List.of());
                    summary.set("");
                    message.set(Errors.message(e));
                })
                .start();
    }

    private void show(LineageGraph g) {
        graph.set(g);
        title.set(msg.get("impact.title.of", ImpactReport.describe(g.root())));
        summary.set(ImpactReport.summary(g));
        message.set(g.nodes().size() == 1 ? msg.get("impact.nothing") : "");
        List<Level> out = new ArrayList<>();
        for (Map.Entry<Integer, List<LineageNode>> level : g.byDepth().entrySet()) {
            Map<String, List<Item>> byKind = new LinkedHashMap<>();
            for (LineageNode n : level.getValue()) {
                byKind.computeIfAbsent(n.kind(), k -> new ArrayList<>()).add(new Item(n, ImpactReport.path(g, n)));
            }
            List<KindGroup> groups = new ArrayList<>();
            byKind.forEach((kind, items) -> groups.add(new KindGroup(level.getKey(), kind, groupTitle(kind, items),
                    items)));
            out.add(new Level(level.getKey(), groups));
        }
        levels.set(out);
    }

    /** {@code 9 executions (6 Completed, 3 Failed)}. */
    private String groupTitle(String kind, List<Item> items) {
        Map<String, Integer> statuses = new TreeMap<>();
        items.stream().filter(i -> i.node().status() != null)
                .forEach(i -> statuses.merge(i.node().status(), 1, Integer::sum));
        String head = items.size() + " " + ImpactReport.plural(kind, items.size());
        if (statuses.isEmpty()) {
            return head;
        }
        List<String> parts = new ArrayList<>();
        statuses.forEach((s, n) -> parts.add(n + " " + s));
        return head + " (" + String.join(", ", parts) + ")";
    }

    /** Saves the report as Markdown where the user chooses. */
    public void exportMarkdown() {
        LineageGraph g = graph.get();
        if (g == null) {
            return;
        }
        String name = "provex-impact-" + (root == null ? "report" : root.value()) + ".md";
        ctx.dialogs().chooseSaveFile(msg.get("export.title"), name, msg.get("export.kind"), "md")
                .ifPresent(path -> write(g, path));
    }

    private void write(LineageGraph g, Path path) {
        ctx.tasks().task(msg.get("task.export", path.getFileName()), c -> {
            SafeFiles.writeString(path, ImpactReport.markdown(g));
            return path;
        }).onSuccess(p -> ctx.notifications().info(msg.get("export.done", p)))
                .onError(e -> ctx.notifications().error(msg.get("export.failed", Errors.message(e))))
                .start();
    }

    /** Copies the report as Markdown. */
    public void copyMarkdown() {
        LineageGraph g = graph.get();
        if (g != null) {
            ctx.dialogs().copyToClipboard(ImpactReport.markdown(g));
            ctx.notifications().info(msg.get("export.copied"));
        }
    }

    /** Opens an item's record in the main window. */
    public void openRecord(LineageNode node) {
        if (node != null && node.rid() != null) {
            ctx.navigator().open(Rid.of(node.rid()));
        }
    }

    /** Opens the lineage graph of the report's root (or of an item). */
    public void showLineage(LineageNode node) {
        String rid = node == null ? (root == null ? null : root.value()) : node.rid();
        if (rid != null) {
            ctx.navigator().showLineage(Rid.of(rid));
        }
    }

    public ReadOnlyObjectProperty<List<Level>> levelsProperty() {
        return levels.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LineageGraph> graphProperty() {
        return graph.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Loading, failure or "nothing downstream"; empty while items are shown. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return work.runningProperty();
    }

    public void close() {
        work.cancel();
    }
}
