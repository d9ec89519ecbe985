package org.provex.ui.common;

/** Non-modal messages for the status bar: background failures land here, not in dialogs. */
public interface Notifications {

    void info(String message);

    void error(String message);
}
