package org.provex.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Gives each subcommand, nested ones included, its {@link CliContext}. */
abstract class BaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        ProvexCommand root = (ProvexCommand) spec.root().userObject();
        return run(new CliContext(root, spec.commandLine().getOut(), spec.commandLine().getErr()));
    }

    abstract int run(CliContext ctx) throws Exception;
}
