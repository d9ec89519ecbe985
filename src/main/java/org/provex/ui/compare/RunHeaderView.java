package org.provex.ui.compare;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.core.diff.RunRef;
import org.provex.ui.browse.BrowseFormat;
import org.provex.ui.common.Messages;

/**
 * A run's column header: the RID (a link to the run in the main window), status, created, workflow, per-run
 * version and citation, with the baseline marked. Its context menu makes the run the baseline.
 */
final class RunHeaderView {

    private RunHeaderView() {
    }

    static Node of(RunHeader h, CompareViewModel vm, Messages msg) {
        RunRef r = h.run();
        String id = "run-" + r.rid().value();
        Hyperlink rid = new Hyperlink(r.rid().value());
        rid.setId(id + "-link");
        rid.getStyleClass().add("run-rid");
        LazyTooltip.on(rid, msg.get("run.open") + (r.description().isBlank() ? "" : "\n" + r.description()));
        rid.setAccessibleText(msg.get("run.open") + " " + r.rid());
        rid.setOnAction(e -> vm.openRun(r.rid()));
        HBox top = new HBox(6, rid);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (h.baseline()) {
            Label badge = new Label(msg.get("baseline.badge"));
            badge.setId(id + "-baseline");
            badge.getStyleClass().add("baseline-badge");
            top.getChildren().add(badge);
        }
        Label status = line(r.status(), "run-status");
        status.setGraphic(new FontIcon(CellLook.statusIcon(r.status())));
        status.getStyleClass().add(BrowseFormat.statusStyle(r.status()));
        Label created = line(BrowseFormat.minute(r.created()), "run-created");
        LazyTooltip.on(created, BrowseFormat.utc(r.created()));
        Label workflow = line(r.workflowName(), "run-workflow");
        LazyTooltip.on(workflow, r.workflowName() + (r.workflow() == null ? "" : " (" + r.workflow() + ")"));
        Label version = line(r.runVersion().isBlank() ? msg.get("run.noVersion") : msg.get("run.version",
                r.runVersion()), "run-version");
        Label citation = line(h.citation(), "run-citation");
        citation.setId(id + "-citation");
        LazyTooltip.on(citation, h.citation());
        VBox box = new VBox(1, top, status, created, workflow, version, citation);
        box.getStyleClass().add("run-header");
        if (h.baseline()) {
            box.getStyleClass().add("run-header-baseline");
        }
        box.setId(id + "-header");
        box.setOnContextMenuRequested(e -> {
            menu(h, vm, msg).show(box, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        return box;
    }

    private static Label line(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().addAll(style, Styles.TEXT_SMALL);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static ContextMenu menu(RunHeader h, CompareViewModel vm, Messages msg) {
        MenuItem baseline = new MenuItem(msg.get("baseline.use"));
        baseline.setDisable(h.baseline());
        baseline.setOnAction(e -> vm.baselineProperty().set(h.run()));
        MenuItem open = new MenuItem(msg.get("run.open"));
        open.setOnAction(e -> vm.openRun(h.run().rid()));
        MenuItem copy = new MenuItem(msg.get("run.citation.copy"));
        copy.setOnAction(e -> vm.copyCitation(h));
        MenuItem link = new MenuItem(msg.get("run.citation.open"));
        link.setDisable(h.url().isEmpty());
        link.setOnAction(e -> vm.openCitation(h));
        return new ContextMenu(baseline, open, copy, link);
    }
}
