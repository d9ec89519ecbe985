package org.provex.ui.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.provex.ui.common.DialogService;

/** Records clipboard and browser requests; modal dialogs are not expected from the detail view. */
final class FakeDialogs implements DialogService {

    final List<String> clipboard = new ArrayList<>();
    final List<String> browser = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    @Override
    public void showError(String title, String message, String details) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInfo(String title, String message) {
    }

    @Override
    public boolean confirm(String title, String message) {
        return false;
    }

    @Override
    public Optional<String> prompt(String title, String message, String initialValue) {
        return Optional.empty();
    }

    @Override
    public void copyToClipboard(String text) {
        clipboard.add(text);
    }

    @Override
    public void openInBrowser(String url) {
        browser.add(url);
    }
}
