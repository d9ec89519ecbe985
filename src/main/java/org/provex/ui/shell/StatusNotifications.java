package org.provex.ui.shell;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.provex.ui.common.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Notifications shown in the status bar: the last message and whether it was an error. Call on the FX thread. */
public final class StatusNotifications implements Notifications {

    private static final Logger LOG = LoggerFactory.getLogger(StatusNotifications.class);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(this, "error");

    @Override
    public void info(String text) {
        error.set(false);
        message.set(text == null ? "" : text);
    }

    @Override
    public void error(String text) {
        LOG.info("status bar error: {}", text);
        error.set(true);
        message.set(text == null ? "" : text);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
