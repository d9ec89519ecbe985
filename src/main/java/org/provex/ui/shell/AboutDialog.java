package org.provex.ui.shell;

import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.provex.core.about.BuildInfo;
import org.provex.ui.common.AppIcon;
import org.provex.ui.common.Messages;

/** Help &rarr; About: the same facts as {@code provex --version}, with a button that copies them for a bug report. */
final class AboutDialog {

    private AboutDialog() {
    }

    static Alert create(Window owner, BuildInfo info) {
        Messages msg = Messages.of(AboutDialog.class);
        ButtonType copy = new ButtonType(msg.get("about.copy"), ButtonBar.ButtonData.LEFT);
        Alert alert = new Alert(Alert.AlertType.NONE, String.join("\n", info.lines().subList(1, info.lines().size())),
                copy, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(msg.get("about.title"));
        alert.setHeaderText(info.lines().get(0));
        alert.setGraphic(AppIcon.view(64));
        alert.getDialogPane().setId("aboutDialog");
        alert.getDialogPane().setPrefWidth(520);
        AppIcon.apply(alert);
        // Copy keeps the dialog open
        alert.getDialogPane().lookupButton(copy).addEventFilter(ActionEvent.ACTION, e -> {
            ClipboardContent text = new ClipboardContent();
            text.putString(String.join("\n", info.lines()));
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(text);
            e.consume();
        });
        return alert;
    }
}
