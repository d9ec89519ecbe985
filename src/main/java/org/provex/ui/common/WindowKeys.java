package org.provex.ui.common;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * Keys every secondary window (comparisons, viewers) answers to: Escape and Ctrl+W (Cmd+W on macOS) close it. A
 * control that uses Escape itself (an open list, a search field clearing its text) consumes it first: the window
 * closes only on an Escape nobody else wanted.
 */
public final class WindowKeys {

    private static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);

    private WindowKeys() {
    }

    /** Lets Escape and Ctrl+W close {@code stage}; call once its scene is set. */
    public static void closeWithKeys(Stage stage) {
        Scene scene = stage.getScene();
        scene.getAccelerators().put(CLOSE, stage::close);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
                e.consume();
                stage.close();
            }
        });
    }
}
