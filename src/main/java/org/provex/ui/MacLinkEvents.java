package org.provex.ui;

import java.awt.Desktop;
import java.util.Locale;
import java.util.function.Consumer;
import org.provex.core.links.RecordLink;
import org.slf4j.LoggerFactory;

/**
 * macOS gives a clicked {@code provex:} link (the scheme the app bundle's {@code Info.plist} declares, see
 * {@code packaging/PlatformTemplates.java}) to the running application as an open-URI event, not as an argument, also
 * when the click starts it. The handler is set before JavaFX starts, so the event of a start by a link is not missed;
 * the link is checked as untrusted text, as {@code provex LINK} checks its argument. Elsewhere this does nothing:
 * Windows and Linux start {@code Provex LINK}, which hands the link to a running window (see {@code WindowInstance}).
 * Not run on macOS by the project's tests (no macOS here).
 */
final class MacLinkEvents {

    private MacLinkEvents() {
    }

    static void install(Consumer<RecordLink> onLink) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac")) {
            return;
        }
        try {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_URI)) {
                return;
            }
            Desktop.getDesktop().setOpenURIHandler(event -> {
                try {
                    onLink.accept(RecordLink.parse(String.valueOf(event.getURI())));
                } catch (IllegalArgumentException e) {
                    LoggerFactory.getLogger(MacLinkEvents.class).warn("A link macOS handed over was not opened: {}",
                            e.getMessage());
                }
            });
        } catch (RuntimeException | LinkageError e) {
            LoggerFactory.getLogger(MacLinkEvents.class).warn("provex: links from macOS will not open: {}",
                    e.toString());
        }
    }
}
