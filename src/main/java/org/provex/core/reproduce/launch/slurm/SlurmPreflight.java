package org.provex.core.reproduce.launch.slurm;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.provex.core.reproduce.Check;
import org.provex.core.reproduce.launch.ContainerRun;
import org.provex.core.reproduce.launch.Executables;
import org.provex.core.reproduce.launch.ShortProcess;
import org.provex.core.settings.ClusterProfile;

/** What the Slurm target checks before a submission: the commands are reachable, the job asks for what it needs. */
final class SlurmPreflight {

    private static final List<String> SLURM = List.of("sbatch", "squeue", "scancel");
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(30);

    private SlurmPreflight() {
    }

    /** sbatch, squeue and scancel here, or ssh, a copy program and those commands on the login node. */
    static List<Check> access(SlurmTarget.Job job, Map<String, String> environment, ContainerRun container) {
        List<Check> checks = new ArrayList<>();
        ClusterProfile p = job.profile().profile();
        String engine = container == null ? null : job.profile().containerEngine();
        if (job.cluster().host() == null) {
            for (String program : SLURM) {
                if (Executables.find(program, environment).isEmpty()) {
                    checks.add(Check.fail("slurm_" + program, program + " was not found on PATH.",
                            "Slurm jobs cannot be submitted or followed from this computer.", "Run Provex on a login "
                                    + "node of the cluster, or submit through one: provex cluster profile set "
                                    + "host=login.example.org remote_root=/scratch/you/provex"));
                }
            }
            if (checks.isEmpty()) {
                checks.add(Check.pass("slurm_commands", "sbatch, squeue and scancel are on PATH."));
            }
            if (p.remoteRoot() != null) {
                checks.add(Check.warn("remote_root", "remote_root is set but host is not.", "remote_root is used "
                        + "only when submitting through a login node; the workspace is used where it is.",
                        "provex cluster profile unset remote_root"));
            }
            if (engine != null && Executables.find(engine, environment).isEmpty()) {
                checks.add(Check.warn("container_engine", engine + " was not found on PATH here.", "The job needs it "
                        + "on the compute node; it fails at once if it is missing there.", "Load it with a module "
                        + "(provex cluster profile set modules=apptainer) or choose another container_engine."));
            }
            return checks;
        }
        String host = job.cluster().host();
        if (Executables.find("ssh", environment).isEmpty()) {
            checks.add(Check.fail("ssh", "ssh was not found on PATH.", "Nothing can be submitted through " + host
                    + ".", "Install OpenSSH's client."));
            return checks;
        }
        if (Executables.find("rsync", environment).isEmpty() && Executables.find("scp", environment).isEmpty()) {
            checks.add(Check.fail("copy_program", "Neither rsync nor scp was found on PATH.", "The workspace cannot "
                    + "be copied to " + host + ".", "Install rsync (or OpenSSH's scp)."));
        }
        checks.add(remote(job, engine));
        return checks;
    }

    /** Asks the login node once which of the programs it has. */
    private static Check remote(SlurmTarget.Job job, String engine) {
        String host = job.cluster().host();
        List<String> wanted = new ArrayList<>(SLURM);
        if (engine != null) {
            wanted.add(engine);
        }
        List<String> argv = new ArrayList<>(List.of("command", "-v"));
        argv.addAll(wanted);
        try {
            ShortProcess.Result r = job.cluster().run(argv, PROBE_TIMEOUT);
            Set<String> found = new TreeSet<>();
            for (String line : r.output().split("\\R")) {
                String name = line.strip().substring(line.strip().lastIndexOf('/') + 1);
                found.add(name);
            }
            List<String> missing = wanted.stream().filter(w -> !found.contains(w)).toList();
            if (missing.isEmpty()) {
                return Check.pass("slurm_commands", host + " answers over ssh and has " + String.join(", ", wanted)
                        + ".");
            }
            boolean slurmMissing = missing.stream().anyMatch(SLURM::contains);
            return new Check("slurm_commands", slurmMissing ? Check.Status.FAIL : Check.Status.WARN, host
                    + " answers over ssh but " + String.join(", ", missing) + " was not found on its PATH.",
                    slurmMissing ? "Jobs cannot be submitted or followed there." : "The job needs " + engine
                    + " on the compute node.", slurmMissing ? "Check that " + host + " is a login node of a Slurm "
                    + "cluster (the Slurm commands may need a module)." : "Load it with a module (provex cluster "
                    + "profile set modules=" + engine + ").");
        } catch (IOException e) {
            return Check.fail("login_node", host + " could not be reached: " + e.getMessage(), "Nothing can be "
                    + "submitted.", "Check 'ssh " + host + "' in a terminal; Provex uses your SSH configuration and "
                    + "agent and never asks for a password.");
        }
    }

    /** What the job asks for, in one line, and what is missing from it. */
    static Check resources(ResolvedProfile profile) {
        ClusterProfile p = profile.profile();
        List<String> parts = new ArrayList<>();
        if (p.partition() != null) {
            parts.add("partition " + p.partition());
        }
        if (p.gpus() != null && p.gpus() > 0) {
            parts.add(p.gpus() + (p.gpus() == 1 ? " GPU" : " GPUs") + (p.gpuType() == null ? "" : " (" + p.gpuType()
                    + ")"));
        }
        if (p.cpus() != null) {
            parts.add(p.cpus() + " CPUs");
        }
        if (p.memory() != null) {
            parts.add(p.memory() + " memory");
        }
        if (p.timeLimit() != null) {
            parts.add("time limit " + p.timeLimit());
        }
        String asks = parts.isEmpty() ? "The job asks for Slurm's defaults only." : "The job asks for "
                + String.join(", ", parts) + ".";
        if (p.timeLimit() == null) {
            return Check.warn("job_resources", asks, "Without a time limit the partition's default applies, which "
                    + "may end a long training run early.", "provex cluster profile set time_limit=4:00:00");
        }
        return Check.pass("job_resources", asks);
    }
}
