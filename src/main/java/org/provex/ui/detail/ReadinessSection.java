package org.provex.ui.detail;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.provex.core.reproduce.plan.Readiness;
import org.provex.ui.reproduce.Checklist;
import org.provex.ui.reproduce.ReadinessModel;

/** How exactly the run can be reproduced: the readiness checklist, each problem with what it means and its fix. */
final class ReadinessSection {

    private final Checklist checklist = new Checklist("detailReadinessChecklist");
    private final Label level = Widgets.text("", false);
    private final VBox root;

    ReadinessSection(ReadinessModel model) {
        level.setId("detailReadinessLevel");
        Label message = Widgets.note("");
        message.setId("detailReadinessMessage");
        message.textProperty().bind(model.message());
        message.visibleProperty().bind(model.message().isNotNull());
        message.managedProperty().bind(message.visibleProperty());
        level.textProperty().bind(Bindings.createStringBinding(() -> text(model.readiness().get()),
                model.readiness()));
        root = Widgets.card("readinessCard", Feather.REPEAT, Widgets.M.get("readiness.title"), level, message,
                checklist.root());
        model.readiness().addListener((o, a, r) -> checklist.show(r == null ? java.util.List.of() : r.checks()));
    }

    Node root() {
        return root;
    }

    private static String text(Readiness r) {
        return r == null ? "" : Checklist.levelText(r.level());
    }
}
