package org.provex.core.reproduce.launch.slurm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import org.provex.core.reproduce.Check;
import org.provex.core.reproduce.UntrustedValues;
import org.provex.core.reproduce.launch.BatchJob;
import org.provex.core.reproduce.launch.ContainerEngine;
import org.provex.core.reproduce.launch.ContainerRun;
import org.provex.core.reproduce.launch.LaunchHandle;
import org.provex.core.reproduce.launch.LaunchListener;
import org.provex.core.reproduce.launch.LaunchPreview;
import org.provex.core.reproduce.launch.LaunchRequest;
import org.provex.core.reproduce.launch.LaunchTarget;
import org.provex.core.settings.ClusterProfiles;

/**
 * Runs a reproduction as a Slurm batch job: writes {@value BatchScript#FILE} beside the checkout, copies the
 * workspace to the cluster when it is reached through a login node, submits the script with {@code sbatch
 * --parsable} and follows the job (see {@link SlurmJob}). The cluster profile of the reproduction's catalog decides
 * the job's options; what the original run used fills what the profile leaves unset.
 */
public final class SlurmTarget implements LaunchTarget {

    public static final String ID = "slurm";
    private static final String SCHEDULER = "slurm";

    private final Supplier<ClusterProfiles> profiles;
    private final Map<String, String> environment;
    private final Clock clock;
    private final Duration pollOverride;

    /**
     * @param environment  the environment of commands run for jobs found again (their launch had its own)
     * @param pollOverride the poll interval instead of the profile's (tests), or null
     */
    public SlurmTarget(Supplier<ClusterProfiles> profiles, Map<String, String> environment, Clock clock,
                       Duration pollOverride) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.environment = Map.copyOf(environment);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pollOverride = pollOverride;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Slurm cluster";
    }

    /** The job a request becomes: its profile, where it goes on the cluster, its command and script. */
    record Job(ResolvedProfile profile, SlurmCluster cluster, String workspace, List<String> argv, String script) {
        String scriptPath() {
            return workspace + "/" + BatchScript.FILE;
        }
    }

    /** The profile a request is submitted with. */
    public ResolvedProfile profile(LaunchRequest request) {
        LaunchRequest.Workload w = workload(request);
        return ResolvedProfile.resolve(profiles.get(), w.catalog(), w.resources());
    }

    Job job(LaunchRequest request) {
        LaunchRequest.Workload w = workload(request);
        ResolvedProfile p = ResolvedProfile.resolve(profiles.get(), w.catalog(), w.resources());
        SlurmCluster cluster = new SlurmCluster(p.profile().host(), request.environment());
        String remote = clusterWorkspace(p, w.workspace());
        Function<Path, String> where = path -> clusterPath(w.workspace(), remote, path);
        List<String> argv = request.argv();
        ContainerRun container = w.container();
        if (container != null) {
            ContainerEngine engine = ContainerEngine.of(p.containerEngine());
            boolean gpus = p.profile().gpus() != null && p.profile().gpus() > 0;
            argv = engine.argv(container.withGpus(gpus), "provex-" + w.id(), where);
        }
        BatchScript.Spec spec = new BatchScript.Spec("provex-" + w.id(), w.id(), w.original(), w.catalog(),
                w.description(), where.apply(request.workingDirectory()), remote, argv, p);
        return new Job(p, cluster, remote, argv, BatchScript.render(spec));
    }

    @Override
    public LaunchPreview preview(LaunchRequest request) {
        try {
            Job j = job(request);
            List<LaunchPreview.Detail> details = new ArrayList<>();
            details.add(new LaunchPreview.Detail("submit_through", "Submitted through", j.cluster().host() == null
                    ? "this computer" : "ssh " + j.cluster().host(), ""));
            details.add(new LaunchPreview.Detail("cluster_workspace", "Workspace on the cluster", j.workspace(), ""));
            for (ProfileKey k : ProfileKey.values()) {
                Object v = k.get(j.profile().profile());
                if (v != null && k != ProfileKey.HOST && k != ProfileKey.REMOTE_ROOT) {
                    ResolvedProfile.Source s = j.profile().sources().get(k);
                    details.add(new LaunchPreview.Detail(k.key(), k.key(), v instanceof List<?> l
                            ? String.join(", ", l.stream().map(String::valueOf).toList()) : String.valueOf(v),
                            s == null ? "" : s.words()));
                }
            }
            List<String> notes = new ArrayList<>(j.profile().notes());
            notes.addAll(j.profile().problems());
            return new LaunchPreview(j.argv(), j.cluster().command(List.of("sbatch", "--parsable", j.scriptPath())),
                    Map.of(BatchScript.FILE, j.script()), details, notes);
        } catch (RuntimeException e) {
            return new LaunchPreview(request.argv(), List.of(), Map.of(), List.of(), List.of(e.getMessage()));
        }
    }

    @Override
    public List<Check> preflight(LaunchRequest request) {
        List<Check> checks = new ArrayList<>();
        if (request.workload() == null) {
            checks.add(Check.fail("slurm_workload", "The Slurm target runs reproductions only.", "", ""));
            return checks;
        }
        Job j;
        try {
            j = job(request);
        } catch (RuntimeException e) {
            checks.add(Check.fail("batch_script", "The batch script cannot be written: " + e.getMessage(),
                    "Nothing can be submitted.", "Change the cluster profile (provex cluster profile ...)."));
            return checks;
        }
        for (String problem : j.profile().problems()) {
            checks.add(Check.fail("cluster_profile", problem, "Nothing can be submitted with this profile.", ""));
        }
        checks.addAll(SlurmPreflight.access(j, request.environment(), request.container()));
        checks.add(SlurmPreflight.resources(j.profile()));
        return checks;
    }

    @Override
    public LaunchHandle launch(LaunchRequest request, LaunchListener listener, Executor executor) throws IOException {
        LaunchRequest.Workload w = workload(request);
        Job j;
        try {
            j = job(request);
        } catch (RuntimeException e) {
            throw new IOException("The batch script cannot be written: " + e.getMessage(), e);
        }
        if (!j.profile().problems().isEmpty()) {
            throw new IOException(String.join(" ", j.profile().problems()));
        }
        Files.writeString(w.workspace().resolve(BatchScript.FILE), j.script(), StandardCharsets.UTF_8);
        Path log = request.logFile();
        long size = Files.exists(log) ? Files.size(log) : 0;
        j.cluster().copy(w.workspace(), j.workspace());
        String id = j.cluster().submit(j.scriptPath());
        BatchJob job = new BatchJob(SCHEDULER, id, j.cluster().host(), j.workspace(), j.workspace() + "/"
                + log.getFileName(), "pending", "Submitted to Slurm as job " + id + ".", false, null,
                clock.instant());
        return start(new SlurmJob(j.cluster(), job, log, size, size, poll(j.profile()), clock, listener), executor);
    }

    @Override
    public Optional<LaunchHandle> resume(BatchJob job, Path logFile, long offset, LaunchListener listener,
                                         Executor executor) {
        if (!SCHEDULER.equals(job.scheduler())) {
            return Optional.empty();
        }
        long fetched;
        try {
            fetched = Files.exists(logFile) ? Files.size(logFile) : 0;
        } catch (IOException e) {
            fetched = 0;
        }
        ResolvedProfile p = ResolvedProfile.resolve(profiles.get(), null, null);
        SlurmJob handle = new SlurmJob(new SlurmCluster(job.host(), environment), job, logFile, offset, fetched,
                poll(p), clock, listener);
        return Optional.of(start(handle, executor));
    }

    @Override
    public Optional<BatchJob> refresh(BatchJob job) {
        if (!SCHEDULER.equals(job.scheduler()) || job.finished()) {
            return Optional.empty();
        }
        try {
            Instant now = clock.instant();
            return Optional.of(read(new SlurmCluster(job.host(), environment), job, now).orElse(gone(job, now)));
        } catch (IOException e) {
            return Optional.of(job.withState(job.state(), "The state could not be read now (" + e.getMessage()
                    + ").", false, null, job.updated()));
        }
    }

    @Override
    public void cancel(BatchJob job) throws IOException {
        new SlurmCluster(job.host(), environment).cancel(job.id());
    }

    private static SlurmJob start(SlurmJob handle, Executor executor) {
        executor.execute(handle::run);
        return handle;
    }

    private Duration poll(ResolvedProfile p) {
        return pollOverride != null ? pollOverride : Duration.ofSeconds(p.pollSeconds());
    }

    /**
     * One reading of a job's state; empty when neither the scheduler nor the exit code file knows the job.
     *
     * @throws IOException when the scheduler could not be asked
     */
    static Optional<BatchJob> read(SlurmCluster cluster, BatchJob job, Instant now) throws IOException {
        Optional<JobStatus> status = cluster.status(job.id());
        if (status.isPresent() && !status.get().state().finished()) {
            return Optional.of(job.withState(status.get().state().word(), detail(status.get()), false, null, now));
        }
        Integer recorded = exitCodeFile(cluster, job);
        if (status.isPresent()) {
            JobStatus s = status.get();
            Integer code = recorded != null ? recorded : s.exitCode() != null ? s.exitCode()
                    : s.state() == JobState.COMPLETED ? Integer.valueOf(0) : null;
            return Optional.of(job.withState(s.state().word(), detail(s), true, code, now));
        }
        if (recorded != null) {
            return Optional.of(job.withState(recorded == 0 ? JobState.COMPLETED.word() : JobState.FAILED.word(),
                    "Slurm no longer lists job " + job.id() + "; its batch script recorded exit code " + recorded
                            + ".", true, recorded, now));
        }
        return Optional.empty();
    }

    /** A job nothing knows any more. */
    static BatchJob gone(BatchJob job, Instant now) {
        return job.withState(BatchJob.UNKNOWN, "Slurm no longer knows job " + job.id() + " and its batch script "
                + "left no exit code; see the log for how it ended.", true, null, now);
    }

    private static Integer exitCodeFile(SlurmCluster cluster, BatchJob job) throws IOException {
        Optional<String> line = cluster.firstLine(job.workspace() + "/" + BatchScript.EXIT_CODE_FILE);
        if (line.isPresent() && line.get().matches("\\d{1,3}")) {
            return Integer.valueOf(line.get());
        }
        return null;
    }

    /**
     * The state in a sentence after its word, e.g. "Waiting in the queue: other jobs have higher priority." for
     * pending; a meaning that only repeats the word ("running", "cancelled") is left out, so the sentence starts with
     * what else is known ("Node gpu-07; ran 0:05."), and is empty when nothing is.
     */
    private static String detail(JobStatus s) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        String why = s.reasonWords();
        String meaning = s.state().meaning().equalsIgnoreCase(s.state().word()) ? "" : s.state().meaning();
        if (!meaning.isEmpty() || !why.isEmpty()) {
            parts.add(meaning.isEmpty() ? why : why.isEmpty() ? meaning : meaning + ": " + why);
        }
        if (!s.nodes().isEmpty()) {
            parts.add("node " + s.nodes());
        }
        if (!s.elapsed().isEmpty() && !s.elapsed().equals("0:00")) {
            parts.add("ran " + s.elapsed());
        }
        if (s.state().finished() && s.exitCode() != null && s.state() != JobState.COMPLETED) {
            parts.add("exit code " + s.exitCode());
        }
        if (s.signal() != null) {
            parts.add("signal " + s.signal());
        }
        if (parts.isEmpty()) {
            return "";
        }
        String sentence = String.join("; ", parts);
        return UntrustedValues.printable(Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".");
    }

    private static LaunchRequest.Workload workload(LaunchRequest request) {
        if (request.workload() == null) {
            throw new IllegalArgumentException("The Slurm target runs reproductions only.");
        }
        return request.workload();
    }

    /** The reproduction's folder as the cluster sees it: under remote_root over SSH, else the same path. */
    static String clusterWorkspace(ResolvedProfile p, Path local) {
        String root = p.profile().remoteRoot();
        if (p.overSsh()) {
            if (root == null) {
                throw new InvalidProfileException("Submitting through " + p.profile().host() + " needs the folder "
                        + "on the cluster for workspaces: provex cluster profile set remote_root=/scratch/you/provex");
            }
            return root + "/" + local.getFileName();
        }
        return local.toAbsolutePath().toString();
    }

    private static String clusterPath(Path localWorkspace, String clusterWorkspace, Path path) {
        Path rel = localWorkspace.toAbsolutePath().relativize(path.toAbsolutePath());
        if (rel.startsWith("..")) {
            throw new IllegalArgumentException(path + " is not inside the reproduction's workspace " + localWorkspace
                    + ".");
        }
        return rel.toString().isEmpty() ? clusterWorkspace : clusterWorkspace + "/" + rel.toString()
                .replace('\\', '/');
    }
}
