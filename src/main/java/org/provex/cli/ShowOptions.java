package org.provex.cli;

import picocli.CommandLine.Option;

/** How one execution is shown: the options {@code show} and {@code open} share. */
final class ShowOptions {

    @Option(names = "--reveal-secrets",
            description = "Show secret-looking environment variables unmasked (they are masked by default).")
    boolean revealSecrets;

    @Option(names = "--all-packages", description = "List every installed package (text output shows 15 by default).")
    boolean allPackages;

    @Option(names = "--offline", description = "Do not contact the catalog: show what the cache holds and say which "
            + "files are not downloaded (by default they are fetched first; 'open' also syncs no catalog).")
    boolean offline;
}
