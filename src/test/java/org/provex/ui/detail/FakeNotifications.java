package org.provex.ui.detail;

import java.util.ArrayList;
import java.util.List;
import org.provex.ui.common.Notifications;

final class FakeNotifications implements Notifications {

    final List<String> infos = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    @Override
    public void info(String message) {
        infos.add(message);
    }

    @Override
    public void error(String message) {
        errors.add(message);
    }
}
