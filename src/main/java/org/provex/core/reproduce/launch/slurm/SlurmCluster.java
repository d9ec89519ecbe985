package org.provex.core.reproduce.launch.slurm;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.provex.core.reproduce.launch.Executables;
import org.provex.core.reproduce.launch.ShortProcess;

/**
 * One way into a Slurm cluster: its commands run on this computer, or on a login node through {@code ssh} with the
 * user's own SSH configuration and agent ({@code BatchMode}, so SSH never asks for a password Provex would have to
 * handle). Every command is an argument list; over SSH the list is quoted for the remote login shell, which is how
 * SSH hands a command on ({@link ShellQuote#remote}).
 */
public final class SlurmCluster {

    /** How long one scheduler command may take before it is given up (a busy controller answers in seconds). */
    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);
    /** Copying a checkout to the cluster may take longer. */
    static final Duration COPY_TIMEOUT = Duration.ofMinutes(30);

    private final String host;
    private final Map<String, String> environment;

    /**
     * @param host        the login node ({@code user@host} or an SSH alias), or null to run the commands here
     * @param environment the environment the commands run with (its PATH finds sbatch or ssh)
     */
    public SlurmCluster(String host, Map<String, String> environment) {
        this.host = host == null || host.isBlank() ? null : host;
        this.environment = Map.copyOf(environment);
    }

    /** The login node, or null. */
    public String host() {
        return host;
    }

    /** The argument list that runs {@code argv} on the cluster: as it is here, or through ssh. */
    public List<String> command(List<String> argv) {
        if (host == null) {
            return List.copyOf(argv);
        }
        return List.of("ssh", "-o", "BatchMode=yes", "-o", "ConnectTimeout=20", host, "--",
                ShellQuote.remote(argv));
    }

    /** The program that must be on this computer's PATH for {@code program} to be run on the cluster. */
    public String localProgram(String program) {
        return host == null ? program : "ssh";
    }

    /** Whether a program is on this computer's PATH. */
    public boolean onPath(String program) {
        return Executables.find(program, environment).isPresent();
    }

    /**
     * Runs a command on the cluster and returns its exit code and output (stdout and stderr together).
     *
     * @throws IOException when it cannot be started or does not answer in time (the message names the program)
     */
    public ShortProcess.Result run(List<String> argv, Duration timeout) throws IOException {
        List<String> full = command(argv);
        String program = full.get(0);
        if (!onPath(program)) {
            throw new IOException(program + " was not found on PATH." + (host == null ? "" : " Install OpenSSH's "
                    + "client to submit through " + host + "."));
        }
        Optional<ShortProcess.Result> result = ShortProcess.run(full, environment, timeout);
        if (result.isEmpty()) {
            throw new IOException(String.join(" ", argv.subList(0, Math.min(2, argv.size()))) + " did not answer "
                    + "within " + timeout.toSeconds() + " s" + (host == null ? "." : " through ssh " + host + "."));
        }
        ShortProcess.Result r = result.get();
        if (host != null && r.exitCode() == 255) {
            throw new IOException("ssh " + host + " failed: " + firstLines(r.output()) + " Check that 'ssh " + host
                    + "' logs in without a password prompt (a key in your SSH agent).");
        }
        return r;
    }

    /** Submits a batch script that is on the cluster; returns the job id. */
    public String submit(String script) throws IOException {
        ShortProcess.Result r = run(List.of("sbatch", "--parsable", script), COMMAND_TIMEOUT);
        if (r.exitCode() != 0) {
            throw new IOException("sbatch refused the job: " + firstLines(r.output()));
        }
        try {
            return SlurmReplies.jobId(r.output());
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Asks Slurm to cancel a job. */
    public void cancel(String jobId) throws IOException {
        ShortProcess.Result r = run(List.of("scancel", jobId), COMMAND_TIMEOUT);
        if (r.exitCode() != 0) {
            throw new IOException("scancel " + jobId + " failed: " + firstLines(r.output()));
        }
    }

    /**
     * The job's state: squeue while the controller knows the job, then sacct, then scontrol; a finished job's exit
     * code from sacct, scontrol, or the file the batch script leaves beside the checkout. Empty when nothing knows
     * the job (the exit code file is then asked by the caller, which knows where it is).
     */
    public Optional<JobStatus> status(String jobId) throws IOException {
        ShortProcess.Result q = run(List.of("squeue", "-h", "-t", "all", "-j", jobId, "-o",
                SlurmReplies.SQUEUE_FORMAT), COMMAND_TIMEOUT);
        Optional<JobStatus> queued = q.exitCode() == 0 ? SlurmReplies.squeue(q.output(), jobId) : Optional.empty();
        if (q.exitCode() != 0 && !SlurmReplies.unknownJob(q.output())) {
            throw new IOException("squeue failed: " + firstLines(q.output()));
        }
        if (queued.isPresent() && !queued.get().state().finished()) {
            return queued;
        }
        Optional<JobStatus> accounted = sacct(jobId);
        if (accounted.isPresent()) {
            return accounted;
        }
        ShortProcess.Result s = run(List.of("scontrol", "show", "job", "-o", jobId), COMMAND_TIMEOUT);
        Optional<JobStatus> controlled = s.exitCode() == 0 ? SlurmReplies.scontrol(s.output()) : Optional.empty();
        if (queued.isPresent()) {
            // squeue said it ended; scontrol adds the exit code when it agrees
            return controlled.filter(c -> c.state().finished()).or(() -> queued);
        }
        return controlled;
    }

    private Optional<JobStatus> sacct(String jobId) throws IOException {
        if (host == null && !onPath("sacct")) {
            return Optional.empty();
        }
        ShortProcess.Result a = run(List.of("sacct", "-n", "-P", "-X", "-j", jobId, "-o",
                SlurmReplies.SACCT_FORMAT), COMMAND_TIMEOUT);
        if (a.exitCode() != 0 || SlurmReplies.accountingDisabled(a.output())) {
            return Optional.empty();
        }
        return SlurmReplies.sacct(a.output(), jobId);
    }

    /** The first line of a small file on the cluster, or empty when it is not there. */
    public Optional<String> firstLine(String file) throws IOException {
        if (host == null) {
            Path p = Path.of(file);
            if (!Files.isRegularFile(p)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : Optional.of(lines.get(0).strip());
        }
        ShortProcess.Result r = run(List.of("head", "-n", "1", file), COMMAND_TIMEOUT);
        return r.exitCode() == 0 && !r.output().isBlank() ? Optional.of(r.output().strip()) : Optional.empty();
    }

    /**
     * Appends what a file on the cluster holds beyond {@code offset} bytes to a local file (over SSH; a cluster
     * reached here writes the local file itself). Returns the new offset.
     */
    public long fetch(String remoteFile, long offset, Path local) throws IOException {
        if (host == null) {
            return offset;
        }
        List<String> argv = List.of("tail", "-c", "+" + (offset + 1), remoteFile);
        Path part = Files.createTempFile(local.toAbsolutePath().getParent(), ".fetch-", ".part");
        try {
            List<String> full = command(argv);
            ProcessBuilder pb = new ProcessBuilder(resolved(full)).redirectOutput(part.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().clear();
            pb.environment().putAll(environment);
            Process p = pb.redirectInput(ProcessBuilder.Redirect.from(ShortProcess.nullDevice())).start();
            if (!p.waitFor(COMMAND_TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IOException("Reading the job's output through ssh " + host + " took too long.");
            }
            if (p.exitValue() != 0) {
                return offset;
            }
            long n = Files.size(part);
            if (n > 0) {
                try (OutputStream out = Files.newOutputStream(local, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND)) {
                    Files.copy(part, out);
                }
            }
            return offset + n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return offset;
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /**
     * Copies a workspace to the cluster: {@code rsync -a} when it is on PATH, else {@code scp -r}. The remote folder
     * is created first and must not exist yet with other content (its name holds the reproduction's id).
     */
    public void copy(Path localWorkspace, String remoteWorkspace) throws IOException {
        if (host == null) {
            return;
        }
        ShortProcess.Result mk = run(List.of("mkdir", "-p", remoteWorkspace), COMMAND_TIMEOUT);
        if (mk.exitCode() != 0) {
            throw new IOException("The folder " + remoteWorkspace + " could not be created on " + host + ": "
                    + firstLines(mk.output()));
        }
        List<String> argv;
        if (onPath("rsync")) {
            // the remote path goes through the remote shell; remote_root is checked to hold no special characters
            argv = List.of("rsync", "-a", "-e", "ssh -o BatchMode=yes", localWorkspace.toAbsolutePath() + "/",
                    host + ":" + remoteWorkspace + "/");
        } else if (onPath("scp")) {
            argv = new ArrayList<>(List.of("scp", "-r", "-q", "-o", "BatchMode=yes"));
            try (var entries = Files.list(localWorkspace)) {
                entries.map(p -> p.toAbsolutePath().toString()).sorted().forEach(argv::add);
            }
            argv.add(host + ":" + remoteWorkspace + "/");
        } else {
            throw new IOException("Neither rsync nor scp was found on PATH; install one to copy the workspace to "
                    + host + ".");
        }
        Optional<ShortProcess.Result> r = ShortProcess.run(argv, environment, COPY_TIMEOUT);
        if (r.isEmpty() || r.get().exitCode() != 0) {
            throw new IOException(argv.get(0) + " could not copy the workspace to " + host + ":" + remoteWorkspace
                    + (r.isEmpty() ? " in time." : ": " + firstLines(r.get().output())));
        }
    }

    private List<String> resolved(List<String> argv) throws IOException {
        List<String> out = new ArrayList<>(argv);
        out.set(0, Executables.find(argv.get(0), environment).orElseThrow(() -> new IOException(argv.get(0)
                + " was not found on PATH.")).toString());
        return out;
    }

    /** The first lines of a reply, on one line, without control characters. */
    static String firstLines(String output) {
        String text = output.strip().lines().limit(3).reduce((a, b) -> a + " " + b).orElse("no output");
        return ProfileKey.printable(text.length() > 300 ? text.substring(0, 300) : text);
    }
}
