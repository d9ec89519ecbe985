package org.provex.ui.common;

import java.nio.file.Path;
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

    /**
     * Asks where to save a file; empty when cancelled. Implementations without a file chooser (test fakes)
     * answer empty, as if the user cancelled.
     *
     * @param suggestedName        the file name offered, e.g. {@code comparison.md}
     * @param extensionDescription what the files are, e.g. {@code Markdown}
     * @param extension            without the dot, e.g. {@code md}; added when the chosen name lacks it
     */
    default Optional<Path> chooseSaveFile(String title, String suggestedName, String extensionDescription,
                                          String extension) {
        return Optional.empty();
    }
}
