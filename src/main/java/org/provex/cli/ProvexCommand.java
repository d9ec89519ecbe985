package org.provex.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code provex} command line. Subcommands are added as the core grows. */
@Command(name = "provex", mixinStandardHelpOptions = true, version = "provex 0.1.0",
        description = "Provenance explorer for deriva-ml catalogs.")
public final class ProvexCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.out);
        return 0;
    }

    public static int run(String... args) {
        return new CommandLine(new ProvexCommand()).execute(args);
    }
}
