package org.provex.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Gives each subcommand its {@link CliContext}. */
abstract class BaseCommand implements Callable<Integer> {

    @ParentCommand
    ProvexCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        return run(new CliContext(root, spec.commandLine().getOut(), spec.commandLine().getErr()));
    }

    abstract int run(CliContext ctx) throws Exception;
}
