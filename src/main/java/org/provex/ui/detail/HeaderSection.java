package org.provex.ui.detail;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.ui.detail.DetailContent.Field;
import org.provex.ui.detail.DetailContent.Header;

/** RID, status, description, when and how long, and the record actions. */
final class HeaderSection {

    private final ExecutionDetailViewModel vm;
    private final Label rid = new Label();
    private final StackPane status = new StackPane();
    private final Label description = Widgets.text("", false);
    private final Message sentinel = new Message(Widgets.M.get("header.sentinel.title"),
            Widgets.M.get("header.sentinel.text"), new FontIcon(Feather.ALERT_CIRCLE));
    private final FlowPane facts = new FlowPane(24, 6);
    private final Label statusDetail = Widgets.text("", true);
    private final VBox statusDetailBox;
    private final VBox root;

    HeaderSection(ExecutionDetailViewModel vm) {
        this.vm = vm;
        rid.setId("detailRid");
        rid.getStyleClass().addAll(Styles.TITLE_2, "mono");
        status.setId("detailStatus");
        description.setId("detailDescription");
        description.getStyleClass().add("detail-description");
        sentinel.setId("sentinelBanner");
        sentinel.getStyleClass().add(Styles.WARNING);
        facts.setId("detailFacts");
        statusDetail.setId("detailStatusDetail");
        statusDetailBox = new VBox(4, Widgets.muted(Widgets.M.get("header.statusDetail")), inset(statusDetail));
        HBox title = Widgets.row(12, rid, status);
        root = new VBox(10, title, description, sentinel, facts, statusDetailBox, actions());
        root.getStyleClass().addAll("detail-card", "detail-header");
        root.setId("detailHeader");
        vm.content().addListener((o, a, c) -> {
            if (c != null) {
                show(c.header());
            }
        });
    }

    Node root() {
        return root;
    }

    private void show(Header h) {
        rid.setText(h.rid().value());
        Label badge = Widgets.status(h.status(), h.phase());
        badge.setId("detailStatusBadge");
        status.getChildren().setAll(badge);
        description.setText(h.description());
        Widgets.show(sentinel, h.sentinel());
        facts.getChildren().setAll(fact("header.created", h.createdLocal(), h.createdUtc(), "detailCreated"));
        if (h.durations().isEmpty()) {
            facts.getChildren().add(fact("header.durations", Widgets.M.get("header.noDurations"), null,
                    "detailDurations"));
        }
        for (Field d : h.durations()) {
            facts.getChildren().add(new Fact(d.label(), d.value(), null,
                    "duration" + d.label()));
        }
        DetailContent.RunRef parent = vm.content().get().nesting().parent();
        if (parent != null) {
            Label label = Widgets.muted(Widgets.M.get("nesting.parent"));
            label.getStyleClass().add(Styles.TEXT_SMALL);
            facts.getChildren().add(new VBox(1, label,
                    Widgets.ridLink(parent.rid(), "headerParentLink", () -> vm.showExecution(parent.rid()))));
        }
        statusDetail.setText(h.statusDetail() == null ? "" : h.statusDetail());
        Widgets.show(statusDetailBox, h.statusDetail() != null);
    }

    private Fact fact(String labelKey, String value, String tooltip, String id) {
        return new Fact(Widgets.M.get(labelKey), value, tooltip, id);
    }

    /** A small "label value" pair for the facts line. */
    private static final class Fact extends VBox {

        Fact(String labelText, String value, String tooltip, String id) {
            Label label = Widgets.muted(labelText);
            label.getStyleClass().add(Styles.TEXT_SMALL);
            Label v = new Label(value);
            v.setId(id);
            v.getStyleClass().add(Styles.TEXT_BOLD);
            if (tooltip != null) {
                v.setTooltip(new Tooltip(tooltip));
            }
            getChildren().addAll(label, v);
            setSpacing(1);
        }
    }

    private Node actions() {
        Button reproduce = button("reproduceButton", "actions.reproduce", Feather.REPEAT, vm::reproduce);
        reproduce.getStyleClass().add(Styles.ACCENT);
        reproduce.setTooltip(new Tooltip(Widgets.M.get("actions.reproduce.tooltip")));
        reproduce.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() ->
                vm.content().get() == null || vm.content().get().header().sentinel(), vm.content()));
        Button copyRid = button("copyRid", "actions.copyRid", Feather.COPY, vm::copyRid);
        Button chaise = button("openInChaise", "actions.openInChaise", Feather.EXTERNAL_LINK, vm::openInChaise);
        Button cite = button("copyCitation", "actions.copyCitation", Feather.BOOKMARK, vm::copyCitation);
        chaise.disableProperty().bind(vm.linksAvailable().not());
        cite.disableProperty().bind(vm.linksAvailable().not());
        Label reason = Widgets.note("");
        reason.setId("linksReason");
        reason.textProperty().bind(vm.linksUnavailableReason());
        reason.visibleProperty().bind(vm.linksAvailable().not());
        reason.managedProperty().bind(reason.visibleProperty());
        // a disabled button shows no tooltip, so the reason sits on its wrapper and below the buttons
        HBox links = Widgets.row(8, chaise, cite);
        Tooltip why = new Tooltip();
        why.textProperty().bind(vm.linksUnavailableReason());
        why.setWrapText(true);
        why.setMaxWidth(420);
        vm.linksAvailable().addListener((o, a, ok) -> reasonTooltip(links, why, ok));
        reasonTooltip(links, why, vm.linksAvailable().get());
        // the buttons wrap onto a second line in a narrow pane rather than being cut off
        return new VBox(6, new FlowPane(8, 6, reproduce, copyRid, links), reason);
    }

    private static void reasonTooltip(Node links, Tooltip why, boolean linksWork) {
        if (linksWork) {
            Tooltip.uninstall(links, why);
        } else {
            Tooltip.install(links, why);
        }
    }

    private static Button button(String id, String key, Feather icon, Runnable action) {
        Button b = new Button(Widgets.M.get(key), new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add(Styles.SMALL);
        b.setOnAction(e -> action.run());
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return b;
    }

    private static Node inset(Label text) {
        StackPane box = new StackPane(text);
        box.getStyleClass().add("detail-inset");
        return box;
    }
}
