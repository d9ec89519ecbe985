package org.provex.ui.common;

import java.util.Optional;

/**
 * Every modal interaction and desktop integration a view model may ask for. The JavaFX
 * implementation lives with the shell; tests use a recording fake. Background failures go to the
 * status bar, not here.
 */
public interface DialogService {

    /** An error the user must read now; {@code details} (e.g. a stack trace) is behind a "Details" toggle. */
    void showError(String title, String message, String details);

    void showInfo(String title, String message);

    boolean confirm(String title, String message);

    /** Asks for one line of text; empty when cancelled. */
    Optional<String> prompt(String title, String message, String initialValue);

    void copyToClipboard(String text);

    /** Opens a URL in the user's browser; only http(s) URLs are ever passed. */
    void openInBrowser(String url);
}
