package org.provex.ui.detail;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.ui.detail.DetailContent.Code;
import org.provex.ui.detail.DetailContent.Field;

/** Which code ran: the workflow, where its code lives, and the identity of the code of this run. */
final class CodeSection {

    private final ExecutionDetailViewModel vm;
    private final FieldGrid grid;
    private final Label explanation = Widgets.text("", false);
    private final HBox explanationBox = Widgets.row(8, new FontIcon(Feather.INFO), explanation);
    private final VBox root;

    CodeSection(ExecutionDetailViewModel vm) {
        this.vm = vm;
        this.grid = new FieldGrid("codeFields", vm::copyText);
        explanation.setId("codeExplanation");
        explanationBox.getStyleClass().add("detail-explanation");
        root = Widgets.card("codeCard", Feather.CODE, Widgets.M.get("code.title"), grid.node(), explanationBox);
        vm.content().addListener((o, a, c) -> {
            if (c != null) {
                show(c.code());
            }
        });
    }

    Node root() {
        return root;
    }

    private void show(Code code) {
        grid.clear();
        explanation.setText(code.explanation() == null ? "" : code.explanation());
        Widgets.show(explanationBox, code.explanation() != null);
        if (code.workflow() == null) {
            return;
        }
        Hyperlink name = Widgets.link(code.workflowName(), "workflowLink", vm::showWorkflow);
        name.getStyleClass().add("workflow-link");
        Label rid = Widgets.muted(code.workflow().value());
        rid.getStyleClass().add("mono");
        grid.add(Widgets.M.get("code.workflow"), Widgets.row(6, name, rid));
        if (!code.types().isBlank()) {
            grid.add(Widgets.M.get("code.types"), Widgets.text(code.types(), false));
        }
        grid.add(Widgets.M.get("code.kind"), Widgets.text(code.kind(), false));
        grid.addAll(code.location());
        for (Field f : code.identity()) {
            if (code.dirty() && f.label().equals(Widgets.M.get("code.runVersion"))) {
                Label dirty = Widgets.tag(Widgets.M.get("code.runVersion.dirty"), "warning", null);
                dirty.setId("dirtyTag");
                grid.add(f.label(), new VBox(3, Widgets.row(8, Widgets.copyable(f.value(), true, vm::copyText), dirty),
                        Widgets.note(Widgets.M.get("code.runVersion.source"))));
            } else {
                grid.add(f);
            }
        }
    }
}
