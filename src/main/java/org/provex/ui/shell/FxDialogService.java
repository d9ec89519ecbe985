package org.provex.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.provex.ui.common.AppIcon;
import org.provex.ui.common.DialogService;

/**
 * Dialogs and desktop integration with JavaFX: alerts and file choosers owned by the window the user is working
 * in (the main window, or a comparison window), the clipboard, the browser.
 */
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
        dialog.initOwner(owner());
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(message);
        AppIcon.apply(dialog);
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String extensionDescription,
                                         String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extensionDescription + " (*." + extension
                + ")", "*." + extension));
        File chosen = chooser.showSaveDialog(owner());
        if (chosen == null) {
            return Optional.empty();
        }
        Path path = chosen.toPath();
        String name = path.getFileName().toString();
        // some desktops return the typed name without the filter's extension
        return Optional.of(name.toLowerCase(Locale.ROOT).endsWith("." + extension.toLowerCase(Locale.ROOT)) ? path
                : path.resolveSibling(name + "." + extension));
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

    /** The focused window of the application (a comparison window, say), else the main window. */
    private Window owner() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage && w.isFocused() && w.isShowing())
                .findFirst().orElseGet(owner::get);
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message);
        alert.initOwner(owner());
        alert.setTitle(title);
        alert.setHeaderText(null);
        AppIcon.apply(alert);
        return alert;
    }
}
