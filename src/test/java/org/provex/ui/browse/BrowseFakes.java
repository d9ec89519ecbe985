package org.provex.ui.browse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.provex.core.model.Rid;
import org.provex.ui.common.DialogService;
import org.provex.ui.common.Navigator;
import org.provex.ui.common.Notifications;

/** Recording fakes of the services a view model calls (thread-safe: TestFX tests read them off the FX thread). */
public final class BrowseFakes {

    private BrowseFakes() {
    }

    /** Every navigation, as {@code "execution 1-ABC4"}, {@code "dataset 1-X 1-Y"}, ... */
    public static final class RecordingNavigator implements Navigator {
        public final List<String> calls = new CopyOnWriteArrayList<>();
        public final List<Rid> executions = new CopyOnWriteArrayList<>();

        @Override
        public void showExecution(Rid execution) {
            executions.add(execution);
            calls.add("execution " + execution);
        }

        @Override
        public void showWorkflow(Rid workflow) {
            calls.add("workflow " + workflow);
        }

        @Override
        public void showDataset(Rid dataset, Rid version) {
            calls.add("dataset " + dataset + " " + version);
        }

        @Override
        public void open(Rid rid) {
            calls.add("open " + rid);
        }
    }

    public static final class RecordingDialogs implements DialogService {
        public final List<String> clipboard = new CopyOnWriteArrayList<>();
        public final List<String> browsed = new CopyOnWriteArrayList<>();
        public final List<String> errors = new CopyOnWriteArrayList<>();

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
            browsed.add(url);
        }
    }

    public static final class RecordingNotifications implements Notifications {
        public final List<String> infos = new ArrayList<>();
        public final List<String> errors = new ArrayList<>();

        @Override
        public synchronized void info(String message) {
            infos.add(message);
        }

        @Override
        public synchronized void error(String message) {
            errors.add(message);
        }
    }
}
