package org.provex.cli;

import java.nio.file.Path;
import java.util.List;
import org.provex.core.reproduce.ReproduceException;
import org.provex.core.reproduce.code.RepositoryMappings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code provex repo map|list|unmap}: which local clone holds the code of a Workflow URL's remote. */
@Command(name = "repo", mixinStandardHelpOptions = true,
        description = "Map git remotes (as Workflow URLs name them) to local clones, for verification and checkout.",
        subcommands = {RepoCommand.Map.class, RepoCommand.ListMappings.class, RepoCommand.Unmap.class})
final class RepoCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "map", mixinStandardHelpOptions = true,
            description = {"Use a local clone for a remote: Provex then reads the code there (never fetching into it) "
                    + "instead of cloning the remote itself. Any spelling of the remote matches (https, .git, SSH).",
                "Example:",
                "  provex repo map https://github.com/org/cifar10-model ~/src/cifar10-model"})
    static final class Map extends BaseCommand {

        @Parameters(index = "0", paramLabel = "REMOTE", description = "The remote, as in the Workflow URL before "
                + "/blob/ (https://host/org/repo, git@host:org/repo or file:///path).")
        String remote;

        @Parameters(index = "1", paramLabel = "CLONE", description = "The top folder of your clone.")
        Path clone;

        @Override
        int run(CliContext ctx) throws Exception {
            try {
                ctx.workspace().updateSettings(s -> RepositoryMappings.map(s, remote, clone));
            } catch (ReproduceException e) {
                throw new CliException(e.getMessage(), 2);
            }
            Path dir = clone.toAbsolutePath().normalize();
            if (ctx.json()) {
                ctx.printJson(JsonViews.F.objectNode().put("remote", remote.strip()).put("clone", dir.toString()));
            } else {
                ctx.print("Mapped " + remote.strip() + " to " + dir + ".\n");
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the remote-to-clone mappings.")
    static final class ListMappings extends BaseCommand {

        @Override
        int run(CliContext ctx) throws Exception {
            List<RepositoryMappings.Mapping> all = RepositoryMappings.list(ctx.workspace().settings());
            if (ctx.json()) {
                ArrayNode a = JsonViews.F.arrayNode();
                for (RepositoryMappings.Mapping m : all) {
                    ObjectNode o = a.addObject();
                    o.put("remote", m.remote());
                    o.put("clone", m.directory().toString());
                    o.put("present", m.present());
                }
                ctx.printJson(a);
                return 0;
            }
            TextTable t = new TextTable(List.of("REMOTE", "CLONE", "STATE"), 60, 70, 20);
            for (RepositoryMappings.Mapping m : all) {
                t.row(m.remote(), m.directory(), m.present() ? "ok" : "not a repository");
            }
            ctx.print(t.render());
            ctx.err().println(all.size() + (all.size() == 1 ? " mapping" : " mappings"));
            return 0;
        }
    }

    @Command(name = "unmap", mixinStandardHelpOptions = true,
            description = "Forget the clone mapped to a remote (the clone itself is not touched).")
    static final class Unmap extends BaseCommand {

        @Parameters(paramLabel = "REMOTE", description = "The remote (any spelling of it).")
        String remote;

        @Override
        int run(CliContext ctx) throws Exception {
            try {
                ctx.workspace().updateSettings(s -> RepositoryMappings.unmap(s, remote));
            } catch (ReproduceException e) {
                throw new CliException(e.getMessage(), 2);
            }
            ctx.print("Removed the mapping of " + remote.strip() + ".\n");
            return 0;
        }
    }
}
