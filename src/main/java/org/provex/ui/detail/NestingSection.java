package org.provex.ui.detail;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.provex.ui.detail.DetailContent.Nesting;
import org.provex.ui.detail.DetailContent.RunRef;

/** Sweep nesting: the parent sweep, and the jobs of a sweep in sequence order with their status. */
final class NestingSection {

    /** A sweep of thousands of jobs is browsed in the executions table; the page lists the first ones. */
    static final int MAX_JOBS = 200;

    private final ExecutionDetailViewModel vm;
    private final StackPane parent = new StackPane();
    private final VBox parentBox;
    private final Label childrenTitle = Widgets.subheading("");
    private final VBox children = new VBox(4);
    private final Label more = Widgets.note("");
    private final VBox childrenBox;
    private final VBox root;

    NestingSection(ExecutionDetailViewModel vm) {
        this.vm = vm;
        parent.setId("parentSweep");
        parent.setAlignment(Pos.CENTER_LEFT);
        parentBox = new VBox(6, Widgets.subheading(Widgets.M.get("nesting.parent")), parent);
        children.setId("childrenList");
        childrenBox = new VBox(6, childrenTitle, children, more);
        root = Widgets.card("nestingCard", Feather.GIT_MERGE, Widgets.M.get("nesting.title"), parentBox, childrenBox);
        vm.content().addListener((o, a, c) -> {
            if (c != null) {
                show(c.nesting());
            }
        });
    }

    Node root() {
        return root;
    }

    private void show(Nesting n) {
        Widgets.show(root, n.parent() != null || !n.children().isEmpty());
        Widgets.show(parentBox, n.parent() != null);
        parent.getChildren().setAll(n.parent() == null ? new Label() : runRow(n.parent(), "parentLink"));
        Widgets.show(childrenBox, !n.children().isEmpty());
        childrenTitle.setText(Widgets.M.get("nesting.children", n.children().size()));
        children.getChildren().setAll(n.children().stream().limit(MAX_JOBS)
                .map(r -> runRow(r, Widgets.id("child", r.rid()))).toList());
        int hidden = n.children().size() - MAX_JOBS;
        more.setText(hidden > 0 ? Widgets.M.get("nesting.more", hidden) : "");
        Widgets.show(more, hidden > 0);
    }

    /** Sequence, RID link, status, and the description wrapped beside them. */
    private HBox runRow(RunRef r, String linkId) {
        String seqText = r.sequence() != null ? Widgets.M.get("nesting.job", r.sequence())
                : linkId.equals("parentLink") ? "" : Widgets.M.get("nesting.job.unnumbered");
        Label seq = Widgets.muted(seqText);
        seq.setMinWidth(seqText.isEmpty() ? 0 : 28);
        Label description = Widgets.muted(r.description());
        description.setMinWidth(0);
        HBox.setHgrow(description, Priority.ALWAYS);
        // a fixed slot for the badge keeps the descriptions of a list in one column
        HBox badge = new HBox(Widgets.status(r.status(), r.phase()));
        badge.setMinWidth(124);
        HBox row = new HBox(10, seq, Widgets.ridLink(r.rid(), linkId, () -> vm.showExecution(r.rid())), badge,
                description);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add("run-row");
        row.setAccessibleText(r.rid() + " " + r.status() + " " + r.description());
        return row;
    }
}
