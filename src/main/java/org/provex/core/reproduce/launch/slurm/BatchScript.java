package org.provex.core.reproduce.launch.slurm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.provex.core.settings.ClusterProfile;

/**
 * The batch script of a reproduction: {@code #SBATCH} lines from the profile, then a bash body that changes into the
 * checkout, runs the same argument list the local target would (each argument quoted for bash, so no catalog text is
 * ever read as shell syntax), and leaves the command's exit code in a file beside the checkout, where Provex reads it
 * even when Slurm keeps no accounting. Output goes to the workspace's {@code output.log}, appended.
 *
 * <p>Everything from a catalog that appears in a comment (the original's description, GPU names in a note) is put on
 * one line with its control characters shown as escapes, so no line break can start a {@code #SBATCH} directive.
 */
public final class BatchScript {

    /** The script's file name in the workspace, beside the checkout. */
    public static final String FILE = "job.sbatch";
    /** Where the script leaves the command's exit code, beside the checkout. */
    public static final String EXIT_CODE_FILE = "job-exit-code";

    /**
     * What the script runs and where, in the paths the cluster sees.
     *
     * @param jobName     Slurm's job name, e.g. {@code provex-1-AS10}
     * @param description the original's description (catalog text; only ever written as an escaped comment)
     * @param directory   the folder the command runs in (the checkout, or the workspace for a container)
     * @param workspace   the reproduction's workspace on the cluster (output.log and the exit code file go there)
     */
    public record Spec(String jobName, String reproduction, String original, String catalog, String description,
                       String directory, String workspace, List<String> argv, ResolvedProfile profile) {
        public Spec {
            argv = List.copyOf(argv);
            Objects.requireNonNull(profile, "profile");
        }
    }

    private BatchScript() {
    }

    public static String render(Spec spec) {
        ClusterProfile p = spec.profile().profile();
        boolean modules = p.modules() != null && !p.modules().isEmpty();
        List<String> lines = new ArrayList<>();
        // a login shell sets up the module command on most clusters
        lines.add(modules ? "#!/bin/bash -l" : "#!/bin/bash");
        for (String d : directives(spec)) {
            lines.add("#SBATCH " + d);
        }
        lines.add("#");
        lines.add(comment("Written by Provex: reproduction " + spec.reproduction() + " of execution "
                + spec.original() + " (catalog " + spec.catalog() + ")."));
        if (spec.description() != null && !spec.description().isBlank()) {
            lines.add(comment("Original description: " + spec.description()));
        }
        for (String note : spec.profile().notes()) {
            lines.add(comment(note));
        }
        lines.add("# To submit it again by hand: sbatch " + ShellQuote.bash(spec.workspace() + "/" + FILE));
        lines.add("set -u");
        lines.add("rm -f " + ShellQuote.bash(spec.workspace() + "/" + EXIT_CODE_FILE));
        lines.add("printf 'provex: Slurm job %s on %s started %s\\n' \"${SLURM_JOB_ID:-}\" \"$(hostname)\" "
                + "\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\"");
        if (modules) {
            for (String m : p.modules()) {
                String quoted = ShellQuote.bash(ProfileKey.MODULES.parse(m).toString());
                lines.add("module load " + quoted + " || { echo " + ShellQuote.bash("provex: module load " + m
                        + " failed") + " >&2; exit 1; }");
            }
        }
        lines.add("cd " + ShellQuote.bash(spec.directory()) + " || exit 1");
        lines.add(ShellQuote.bashLine(spec.argv()));
        lines.add("status=$?");
        lines.add("printf '%s\\n' \"$status\" > " + ShellQuote.bash(spec.workspace() + "/" + EXIT_CODE_FILE));
        lines.add("printf 'provex: the command ended with exit code %s\\n' \"$status\"");
        lines.add("exit \"$status\"");
        return String.join("\n", lines) + "\n";
    }

    /** The sbatch options, without {@code #SBATCH}, in the order they are written. */
    public static List<String> directives(Spec spec) {
        ClusterProfile p = spec.profile().profile();
        List<String> out = new ArrayList<>();
        out.add("--job-name=" + directiveValue(spec.jobName(), "job name"));
        out.add("--output=" + directiveValue(spec.workspace() + "/output.log", "workspace path"));
        out.add("--open-mode=append");
        add(out, "--partition=", p.partition());
        add(out, "--account=", p.account());
        add(out, "--qos=", p.qos());
        add(out, "--time=", p.timeLimit());
        add(out, "--mem=", p.memory());
        add(out, "--cpus-per-task=", p.cpus());
        if (p.gpus() != null && p.gpus() > 0) {
            out.add("--gres=gpu:" + (p.gpuType() == null ? "" : p.gpuType() + ":") + p.gpus());
        }
        if (p.extraOptions() != null) {
            for (String o : p.extraOptions()) {
                out.add(ProfileKey.EXTRA_OPTIONS.parse(o).toString());
            }
        }
        return out;
    }

    private static void add(List<String> out, String option, Object value) {
        if (value != null) {
            out.add(option + value);
        }
    }

    /**
     * A value on an {@code #SBATCH} line. sbatch reads these lines itself (no shell): it splits on blanks and honours
     * double quotes, and expands {@code %} patterns in file names, so those characters cannot be carried safely.
     */
    static String directiveValue(String value, String what) {
        if (ShellQuote.hasControl(value) || value.contains("\"") || value.contains("\\") || value.contains("%")
                || value.contains("'")) {
            throw new InvalidProfileException("The " + what + " '" + ProfileKey.printable(value) + "' cannot be "
                    + "written on an #SBATCH line (it contains a quote, a backslash, '%' or a control character); "
                    + "choose a workspace folder whose path has none.");
        }
        return value.contains(" ") ? "\"" + value + "\"" : value;
    }

    /** A comment line: control characters shown as escapes, so the text stays on its one line. */
    static String comment(String text) {
        StringBuilder out = new StringBuilder("# ");
        text.codePoints().limit(400).forEach(cp -> {
            if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
