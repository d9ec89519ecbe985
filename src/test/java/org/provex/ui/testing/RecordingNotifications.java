package org.provex.ui.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.provex.ui.common.Notifications;

/** {@link Notifications} that keep every message. Thread-safe. */
public final class RecordingNotifications implements Notifications {

    public final List<String> infos = new CopyOnWriteArrayList<>();
    public final List<String> errors = new CopyOnWriteArrayList<>();

    public void clear() {
        infos.clear();
        errors.clear();
    }

    /** The latest information message, or empty text. */
    public String lastInfo() {
        return infos.isEmpty() ? "" : infos.get(infos.size() - 1);
    }

    /** The latest error message, or empty text. */
    public String lastError() {
        return errors.isEmpty() ? "" : errors.get(errors.size() - 1);
    }

    @Override
    public void info(String message) {
        infos.add(message);
    }

    @Override
    public void error(String message) {
        errors.add(message);
    }
}
