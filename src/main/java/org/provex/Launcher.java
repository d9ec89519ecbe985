package org.provex;

import org.provex.cli.ProvexCommand;

/** Entry point. Does not extend javafx Application, so the jar runs from a plain classpath. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(ProvexCommand.run(args));
    }
}
