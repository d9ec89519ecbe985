package org.provex;

import org.provex.cli.ProvexCommand;
import org.provex.cli.QuickCompilation;
import org.provex.core.settings.DataDirectory;

/** Entry point. Does not extend javafx Application, so the jar runs from a plain classpath. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // Before the first logger exists: LogSetup writes under the data directory.
        if (System.getProperty("provex.logs") == null) {
            System.setProperty("provex.logs", DataDirectory.fromEnvironment().logsDirectory().toString());
        }
        QuickCompilation.wantedByLauncher();   // a command (never the window) then runs with C1 only
        System.exit(ProvexCommand.run(args));
    }
}
