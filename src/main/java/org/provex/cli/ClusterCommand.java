package org.provex.cli;

import java.util.List;
import org.provex.core.reproduce.launch.slurm.InvalidProfileException;
import org.provex.core.reproduce.launch.slurm.ProfileEdits;
import org.provex.core.reproduce.launch.slurm.ProfileKey;
import org.provex.core.reproduce.launch.slurm.ResolvedProfile;
import org.provex.core.settings.ClusterProfiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code provex cluster profile show|set|unset}: how reproductions are sent to a Slurm cluster. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Cluster profiles: the sbatch options, login node and folders of 'provex reproduce --target "
                + "slurm'.",
        subcommands = {ClusterCommand.Profile.class})
final class ClusterCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The profile commands; without a subcommand, show. */
    @Command(name = "profile", mixinStandardHelpOptions = true,
            description = {"Show or change the global cluster profile, or with --catalog NAME that catalog's own, "
                    + "whose set keys override the global ones.",
                "Examples:",
                "  provex cluster profile set partition=gpu account=lab time_limit=4:00:00 modules=cuda/12.1",
                "  provex cluster profile set host=me@login.cluster.org remote_root=/scratch/me/provex",
                "  provex --catalog prod cluster profile set gpu_type=a100",
                "  provex cluster profile unset gpus"},
            subcommands = {SetKeys.class, Unset.class})
    static final class Profile extends BaseCommand {

        @Override
        int run(CliContext ctx) throws Exception {
            show(ctx, ctx.workspace().settings().cluster());
            return 0;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Set keys (KEY=VALUE; repeat a list key "
            + "such as modules or extra_options for several values). Every value is checked before anything is saved.")
    static final class SetKeys extends BaseCommand {

        @Parameters(paramLabel = "KEY=VALUE", arity = "1..*", description = "e.g. partition=gpu")
        List<String> assignments;

        @Override
        int run(CliContext ctx) throws Exception {
            String catalog = catalog(ctx);
            try {
                ctx.workspace().updateSettings(s -> s.withCluster(ProfileEdits.set(s.cluster(), catalog,
                        assignments)));
            } catch (InvalidProfileException e) {
                throw new CliException(e.getMessage(), 2);
            }
            show(ctx, ctx.workspace().settings().cluster());
            return 0;
        }
    }

    @Command(name = "unset", mixinStandardHelpOptions = true, description = "Clear keys (the global profile's "
            + "value, a default from the original run, or Slurm's own default applies again).")
    static final class Unset extends BaseCommand {

        @Parameters(paramLabel = "KEY", arity = "1..*")
        List<String> keys;

        @Override
        int run(CliContext ctx) throws Exception {
            String catalog = catalog(ctx);
            try {
                ctx.workspace().updateSettings(s -> s.withCluster(ProfileEdits.unset(s.cluster(), catalog, keys)));
            } catch (InvalidProfileException e) {
                throw new CliException(e.getMessage(), 2);
            }
            show(ctx, ctx.workspace().settings().cluster());
            return 0;
        }
    }

    /** The catalog whose profile is meant: --catalog when given (it must be known), else null for the global one. */
    private static String catalog(CliContext ctx) throws java.io.IOException {
        if (!ctx.catalogGiven()) {
            return null;
        }
        if (!ctx.workspace().isKnown(ctx.catalog())) {
            throw new CliException("There is no catalog named '" + ctx.catalog() + "'; 'provex catalog list' shows "
                    + "them.", 2);
        }
        return ctx.catalog();
    }

    private static void show(CliContext ctx, ClusterProfiles stored) throws java.io.IOException {
        String catalog = catalog(ctx);
        ResolvedProfile resolved = ResolvedProfile.resolve(stored, catalog, null);
        if (ctx.json()) {
            ObjectNode o = JsonViews.F.objectNode();
            o.put("profile", catalog == null ? "global" : catalog);
            ArrayNode keys = o.putArray("keys");
            for (ProfileKey k : ProfileKey.values()) {
                ObjectNode e = keys.addObject();
                e.put("key", k.key());
                Object v = k.get(resolved.profile());
                if (v instanceof List<?> list) {
                    ArrayNode a = e.putArray("value");
                    list.forEach(item -> a.add(String.valueOf(item)));
                } else if (v instanceof Integer n) {
                    e.put("value", n);
                } else {
                    e.put("value", (String) v);
                }
                ResolvedProfile.Source s = resolved.sources().get(k);
                e.put("source", s == null ? null : s.words());
                e.put("description", k.description());
            }
            ArrayNode problems = o.putArray("problems");
            resolved.problems().forEach(problems::add);
            ctx.printJson(o);
            return;
        }
        TextTable t = new TextTable(List.of("KEY", "VALUE", "FROM", "MEANING"), 16, 40, 16, 70);
        for (ProfileKey k : ProfileKey.values()) {
            Object v = k.get(resolved.profile());
            ResolvedProfile.Source s = resolved.sources().get(k);
            t.row(k.key(), v == null ? "" : v instanceof List<?> l ? String.join(" ", l.stream()
                    .map(String::valueOf).toList()) : String.valueOf(v), s == null ? "" : s.words(), k.description());
        }
        ctx.print((catalog == null ? "Global cluster profile" : "Cluster profile of catalog " + catalog
                + " (over the global one)") + ":\n" + t.render());
        resolved.problems().forEach(p -> ctx.err().println("provex: warning: " + p));
    }
}
