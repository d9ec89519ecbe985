package org.provex.core.reproduce.launch.slurm;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what sbatch, squeue, sacct and scontrol print. The formats are the ones Provex asks for (parsable, one line
 * per job, fields separated by {@code |}), so a reply that does not fit is reported rather than guessed at.
 */
public final class SlurmReplies {

    /** {@code squeue -h -t all -j ID -o} this. */
    public static final String SQUEUE_FORMAT = "%i|%T|%r|%M|%N";
    /** {@code sacct -n -P -X -j ID -o} this. */
    public static final String SACCT_FORMAT = "JobID,State,ExitCode,Elapsed,NodeList";

    private static final Pattern JOB_ID = Pattern.compile("(\\d{1,18})(?:;[A-Za-z0-9._-]*)?");
    private static final Pattern EXIT = Pattern.compile("(\\d+):(\\d+)");
    private static final Pattern PAIR = Pattern.compile("(\\w+(?:/\\w+)?)=(\\S*)");

    private SlurmReplies() {
    }

    /**
     * The job id of {@code sbatch --parsable}: {@code 1234} or {@code 1234;cluster}.
     *
     * @throws IllegalArgumentException when the output holds no job id
     */
    public static String jobId(String parsable) {
        for (String line : parsable.split("\\R")) {
            Matcher m = JOB_ID.matcher(line.strip());
            if (m.matches()) {
                return m.group(1);
            }
        }
        throw new IllegalArgumentException("sbatch printed no job id: " + ProfileKey.printable(parsable.strip()));
    }

    /** The job's line of {@code squeue -h -t all -o SQUEUE_FORMAT}, or empty when squeue does not list it. */
    public static Optional<JobStatus> squeue(String output, String jobId) {
        for (String line : output.split("\\R")) {
            String[] f = line.strip().split("\\|", -1);
            if (f.length >= 3 && f[0].equals(jobId)) {
                return Optional.of(new JobStatus(JobState.parse(f[1]), f[2], null, null, f.length > 3 ? f[3] : "",
                        f.length > 4 ? f[4] : "", "squeue"));
            }
        }
        return Optional.empty();
    }

    /** The allocation's line of {@code sacct -n -P -X -o SACCT_FORMAT}, or empty. */
    public static Optional<JobStatus> sacct(String output, String jobId) {
        for (String line : output.split("\\R")) {
            String[] f = line.strip().split("\\|", -1);
            if (f.length >= 3 && f[0].equals(jobId)) {
                Matcher m = EXIT.matcher(f[2].strip());
                Integer code = m.matches() ? Integer.valueOf(m.group(1)) : null;
                Integer signal = m.matches() && !m.group(2).equals("0") ? Integer.valueOf(m.group(2)) : null;
                String reason = f[1].toUpperCase(Locale.ROOT).startsWith("CANCELLED BY") ? f[1].strip() : "";
                return Optional.of(new JobStatus(JobState.parse(f[1]), reason, code, signal,
                        f.length > 3 ? f[3] : "", f.length > 4 ? f[4] : "", "sacct"));
            }
        }
        return Optional.empty();
    }

    /** {@code scontrol show job -o ID}: one line of Key=Value pairs; empty when it names no job state. */
    public static Optional<JobStatus> scontrol(String output) {
        Map<String, String> values = new HashMap<>();
        Matcher m = PAIR.matcher(output);
        while (m.find()) {
            values.putIfAbsent(m.group(1), m.group(2));
        }
        String state = values.get("JobState");
        if (state == null) {
            return Optional.empty();
        }
        Matcher exit = EXIT.matcher(values.getOrDefault("ExitCode", ""));
        Integer code = exit.matches() ? Integer.valueOf(exit.group(1)) : null;
        Integer signal = exit.matches() && !exit.group(2).equals("0") ? Integer.valueOf(exit.group(2)) : null;
        JobState parsed = JobState.parse(state);
        return Optional.of(new JobStatus(parsed, values.getOrDefault("Reason", ""), parsed.finished() ? code : null,
                signal, values.getOrDefault("RunTime", ""), values.getOrDefault("NodeList", ""), "scontrol"));
    }

    /** sacct's answer on a cluster without slurmdbd. */
    public static boolean accountingDisabled(String output) {
        return output.toLowerCase(Locale.ROOT).contains("accounting storage is disabled");
    }

    /** squeue's or scontrol's answer for a job the controller has forgotten (or never had). */
    public static boolean unknownJob(String output) {
        return output.toLowerCase(Locale.ROOT).contains("invalid job id");
    }
}
