package org.provex.cli;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Gives each subcommand, nested ones included, its {@link CliContext}. */
abstract class BaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        QuickCompilation.forCommand();
        ProvexCommand root = (ProvexCommand) spec.root().userObject();
        if (!formats().contains(root.format)) {
            throw new CliException("--format " + root.format + " is not available for 'provex " + spec.name()
                    + "'; use " + String.join(" or ", formats().stream().map(Enum::name).toList()) + ".", 2);
        }
        return run(new CliContext(root, spec.commandLine().getOut(), spec.commandLine().getErr()));
    }

    /** The output formats this command can write; text and json unless a command offers more. */
    Set<ProvexCommand.Format> formats() {
        return EnumSet.of(ProvexCommand.Format.text, ProvexCommand.Format.json);
    }

    abstract int run(CliContext ctx) throws Exception;
}
