package org.provex.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.core.model.Rid;
import org.provex.ui.common.Messages;
import org.provex.ui.shell.MainWindow;

/**
 * PLACEHOLDER for the execution detail, used only until the real detail view is wired into this build. It
 * says so on screen, and shows which execution was asked for.
 */
final class PlaceholderDetail {

    private final Messages msg = Messages.of(MainWindow.class);
    private final Label title = new Label();
    private final VBox root;

    PlaceholderDetail() {
        title.setId("executionDetailPlaceholder");
        title.setText(msg.get("placeholder.detail"));
        title.getStyleClass().add("placeholder-title");
        title.setWrapText(true);
        FontIcon graphic = new FontIcon(Feather.PLAY_CIRCLE);
        graphic.setIconSize(40);
        Label note = new Label(msg.get("placeholder.detail.note"));
        note.getStyleClass().add("placeholder-note");
        note.setWrapText(true);
        root = new VBox(graphic, title, note);
        root.getStyleClass().add("placeholder-pane");
    }

    Node root() {
        return root;
    }

    void show(Rid execution) {
        title.setText(msg.get("placeholder.detail.shown", execution));
    }
}
