package org.provex.ui.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.provex.ui.common.DialogService;

/**
 * A {@link DialogService} that records what it is asked and answers as the test says. Thread-safe: TestFX tests
 * read it off the FX thread.
 */
public final class RecordingDialogs implements DialogService {

    /** Error dialogs, as {@code "title: message"}. */
    public final List<String> errors = new CopyOnWriteArrayList<>();
    /** Information dialogs, as {@code "title: message"}. */
    public final List<String> infos = new CopyOnWriteArrayList<>();
    /** Confirmations asked, as {@code "title: message"}. */
    public final List<String> confirmations = new CopyOnWriteArrayList<>();
    public final List<String> clipboard = new CopyOnWriteArrayList<>();
    /** URLs opened in the browser. */
    public final List<String> browsed = new CopyOnWriteArrayList<>();
    /** What every confirmation answers (default: no). */
    public volatile boolean confirm;
    /** What every prompt answers (default: cancelled). */
    public volatile String promptAnswer;
    /** Where "save as" puts the suggested file name (default: cancelled). */
    public volatile Path saveDirectory;
    private volatile boolean errorsFail;

    /** Makes an error dialog fail the test at once (for code that must report failures elsewhere). */
    public RecordingDialogs failOnErrorDialog() {
        errorsFail = true;
        return this;
    }

    /** Forgets every recording and answer, between tests that share one fixture. */
    public void clear() {
        errors.clear();
        infos.clear();
        confirmations.clear();
        clipboard.clear();
        browsed.clear();
        confirm = false;
        promptAnswer = null;
        saveDirectory = null;
    }

    @Override
    public void showError(String title, String message, String details) {
        if (errorsFail) {
            throw new AssertionError("unexpected error dialog: " + title + ": " + message);
        }
        errors.add(title + ": " + message);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message) {
        confirmations.add(title + ": " + message);
        return confirm;
    }

    @Override
    public Optional<String> prompt(String title, String message, String initialValue) {
        return Optional.ofNullable(promptAnswer);
    }

    @Override
    public void copyToClipboard(String text) {
        clipboard.add(text);
    }

    @Override
    public void openInBrowser(String url) {
        browsed.add(url);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String extensionDescription,
                                         String extension) {
        Path dir = saveDirectory;
        return dir == null ? Optional.empty() : Optional.of(dir.resolve(suggestedName));
    }
}
