package org.provex.ui.workflows;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.core.model.WorkflowUrl;
import org.provex.ui.browse.BrowseFormat;
import org.provex.ui.browse.LinkActions;
import org.provex.ui.common.Messages;

/** Where the selected workflow's code lives: the URL split into its parts, checksum, description and links. */
final class WorkflowDetailPane extends VBox {

    private static final Messages TEXT = Messages.of(WorkflowDetailPane.class);

    private final WorkflowsViewModel vm;
    private final Label title = new Label();
    private final Label groupNote = new Label();
    private final GridPane facts = new GridPane();
    private final Label note = new Label();
    private final Label warning = new Label();
    private final Label description = new Label();

    WorkflowDetailPane(WorkflowsViewModel vm) {
        this.vm = vm;
        setId("workflowDetail");
        getStyleClass().add("detail-pane");
        setSpacing(6);
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        groupNote.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        groupNote.setWrapText(true);
        note.setWrapText(true);
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        note.setGraphic(new FontIcon(Feather.INFO));
        warning.setId("workflowWarning");
        warning.setWrapText(true);
        warning.getStyleClass().addAll(Styles.TEXT_SMALL, "dev-note");
        warning.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        description.setWrapText(true);
        description.setId("workflowDescription");
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(90);
        keys.setHalignment(HPos.RIGHT);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        facts.getColumnConstraints().addAll(keys, values, new ColumnConstraints());
        facts.setHgap(10);
        facts.setVgap(3);
        LinkActions links = new LinkActions("workflow", vm.linksReasonProperty(),
                Bindings.isNull(vm.detailProperty()), vm::openInChaise, vm::copyCitation);
        Button codeDiff = new Button(TEXT.get("codeDiff.button"), new FontIcon(Feather.GIT_PULL_REQUEST));
        codeDiff.setId("showCodeDiff");
        codeDiff.getStyleClass().add(Styles.SMALL);
        codeDiff.setTooltip(new Tooltip(TEXT.get("codeDiff.tooltip")));
        codeDiff.visibleProperty().bind(vm.codeDiff().availableProperty());
        codeDiff.managedProperty().bind(codeDiff.visibleProperty());
        codeDiff.setOnAction(e -> vm.codeDiff().show());
        vm.codeDiff().diffProperty().addListener((o, was, diff) -> {
            if (diff != null && getScene() != null) {
                CodeDiffWindow.show(getScene().getWindow(), diff);
            }
        });
        getChildren().addAll(title, groupNote, links, warning, codeDiff, facts, note, description);
        vm.detailProperty().addListener((o, a, v) -> show(v));
        show(vm.detailProperty().get());
    }

    private void show(WorkflowVersion v) {
        facts.getChildren().clear();
        boolean none = v == null;
        title.setText(none ? TEXT.get("detail.none") : v.sentinel() ? TEXT.get("tree.sentinel") : v.workflow().name());
        WorkflowGroup group = vm.selectedGroupProperty().get();
        boolean wholeGroup = !none && vm.selectedVersionProperty().get() == null && group != null;
        groupNote.setText(wholeGroup ? TEXT.get("detail.group", group.versions().size(), v.number()) : "");
        setShown(groupNote, wholeGroup);
        if (none) {
            setShown(note, false);
            setShown(warning, false);
            setShown(description, false);
            return;
        }
        WorkflowCode code = v.code();
        int row = 0;
        row = fact(row, "detail.rid", v.rid().value(), false);
        row = fact(row, "detail.version", v.workflow().version() == null ? TEXT.get("tree.noVersion")
                : v.label() + " \u00b7 " + v.workflow().version(), false);
        row = fact(row, "detail.kind", code.kindLabel(), false);
        row = fact(row, "detail.repository", code.repository(), true);
        row = fact(row, "detail.commit", code.uncommitted() ? TEXT.get("tree.uncommitted") : code.commit(), true);
        row = fact(row, "detail.path", code.path(), true);
        row = fact(row, "detail.image", code.image(), true);
        row = fact(row, "detail.digest", code.digest(), true);
        if (code.kind() == WorkflowUrl.Kind.OTHER || code.kind() == WorkflowUrl.Kind.REPL) {
            row = fact(row, "detail.url", code.raw(), true);
        }
        row = fact(row, "detail.checksum", v.workflow().checksum(), true);
        row = fact(row, "detail.firstUsed", BrowseFormat.minute(v.firstUsed()), false);
        fact(row, "detail.types", String.join(", ", v.workflow().types()), false);
        String caution = caution(v, group);
        warning.setText(caution);
        setShown(warning, !caution.isEmpty());
        String hint = hint(v);
        note.setText(hint);
        setShown(note, !hint.isEmpty());
        String text = v.workflow().description() == null ? "" : v.workflow().description().strip();
        description.setText(text);
        setShown(description, !text.isEmpty());
    }

    private int fact(int row, String key, String value, boolean copyable) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label k = new Label(TEXT.get(key));
        k.getStyleClass().add("detail-key");
        Label v = new Label(value);
        v.setId("workflowDetail-" + key.substring(key.indexOf('.') + 1));
        v.getStyleClass().add("detail-value");
        v.setWrapText(true);
        v.setTooltip(new Tooltip(value));
        if (copyable) {
            v.getStyleClass().add("mono");
        }
        facts.add(k, 0, row);
        facts.add(v, 1, row);
        if (copyable) {
            Button copy = new Button(null, new FontIcon(Feather.COPY));
            copy.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
            copy.setAccessibleText(TEXT.get("detail.copy", TEXT.get(key)));
            copy.setTooltip(new Tooltip(TEXT.get("detail.copy", TEXT.get(key))));
            copy.setOnAction(e -> vm.copy(TEXT.get(key), value));
            HBox box = new HBox(copy);
            box.setAlignment(Pos.CENTER_LEFT);
            facts.add(box, 2, row);
        }
        return row + 1;
    }

    /** What an auditor should know: the code that ran may not be the committed code. */
    private static String caution(WorkflowVersion v, WorkflowGroup group) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        if (v.dirty()) {
            lines.add(TEXT.get("detail.dirty", v.workflow().version(), BrowseFormat.shortHash(v.code().commit(), 7)));
        }
        if (group != null) {
            group.sameCommitOtherChecksum(v).ifPresent(o -> lines.add(TEXT.get("detail.sameCommit", o.label())));
        }
        return String.join("\n", lines);
    }

    private static String hint(WorkflowVersion v) {
        WorkflowCode code = v.code();
        if (code.uncommitted()) {
            return TEXT.get("detail.uncommitted");
        }
        return switch (code.kind()) {
            case GIT_BLOB -> code.notebook() ? TEXT.get("detail.notebook") : "";
            case DOCKER_IMAGE -> TEXT.get("detail.container");
            case REPL -> TEXT.get("detail.repl");
            case EMPTY -> TEXT.get("detail.empty");
            case UNKNOWN_PROVENANCE -> TEXT.get("detail.sentinel");
            default -> "";
        };
    }

    private static void setShown(javafx.scene.Node n, boolean shown) {
        n.setVisible(shown);
        n.setManaged(shown);
    }
}
