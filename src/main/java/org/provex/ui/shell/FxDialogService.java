package org.provex.ui.shell;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.provex.ui.common.DialogService;

/** Dialogs and desktop integration with JavaFX: alerts owned by the main window, the clipboard, the browser. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    private final Consumer<String> browser;

    /**
     * @param owner   the window dialogs belong to (may supply null before the window exists)
     * @param browser opens an http(s) URL, e.g. {@code HostServices::showDocument}
     */
    public FxDialogService(Supplier<Window> owner, Consumer<String> browser) {
        this.owner = owner;
        this.browser = browser;
    }

    @Override
    public void showError(String title, String message, String details) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message);
        if (details != null && !details.isBlank()) {
            TextArea area = new TextArea(details);
            area.setEditable(false);
            area.setWrapText(false);
            alert.getDialogPane().setExpandableContent(area);
        }
        alert.showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        return alert(Alert.AlertType.CONFIRMATION, title, message).showAndWait().filter(b -> b == ButtonType.OK)
                .isPresent();
    }

    @Override
    public Optional<String> prompt(String title, String message, String initialValue) {
        TextInputDialog dialog = new TextInputDialog(initialValue == null ? "" : initialValue);
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(message);
        return dialog.showAndWait();
    }

    @Override
    public void copyToClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public void openInBrowser(String url) {
        if (url != null && (url.startsWith("https://") || url.startsWith("http://"))) {
            browser.accept(url);
        }
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(null);
        return alert;
    }
}
