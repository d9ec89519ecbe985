package org.provex.core.reproduce.launch.slurm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.provex.core.settings.ClusterProfile;

/**
 * The fields of a cluster profile as people name them ({@code provex cluster profile set partition=gpu}), each with
 * what it means and the check a value must pass before it is stored or written into a batch script. Values are
 * checked, never cleaned up: a value that is not what the field takes is refused with a message that says what is.
 */
public enum ProfileKey {

    HOST("host", "Login node to submit through over SSH (user@login.example.org or a Host of your SSH config); "
            + "unset to run sbatch on this computer."),
    REMOTE_ROOT("remote_root", "Folder on the cluster where reproduction workspaces are created (needed with host), "
            + "e.g. /scratch/you/provex."),
    PARTITION("partition", "Slurm partition (--partition), e.g. gpu; several separated by commas."),
    ACCOUNT("account", "Slurm account to charge (--account)."),
    QOS("qos", "Slurm quality of service (--qos)."),
    TIME_LIMIT("time_limit", "Time limit (--time): minutes, H:MM:SS or D-HH:MM:SS, e.g. 4:00:00."),
    MEMORY("memory", "Memory per node (--mem), e.g. 32G or 16000M."),
    CPUS("cpus", "CPUs for the task (--cpus-per-task)."),
    GPUS("gpus", "GPUs (--gres=gpu:N); unset: as many as the original run used."),
    GPU_TYPE("gpu_type", "GPU type for --gres=gpu:TYPE:N, as your cluster names it, e.g. a100."),
    EXTRA_OPTIONS("extra_options", "Further sbatch options, one #SBATCH line each, e.g. --constraint=a100 "
            + "(repeat the key for several)."),
    MODULES("modules", "Environment modules loaded before the command, e.g. cuda/12.1 (repeat the key for several)."),
    CONTAINER_ENGINE("container_engine", "What runs a container workflow in the job: apptainer (default), "
            + "singularity, podman or docker."),
    POLL_SECONDS("poll_seconds", "How often a running job's state (and, over SSH, its output) is read; default "
            + SlurmDefaults.POLL_SECONDS + ", at least " + SlurmDefaults.MIN_POLL_SECONDS + ".");

    private static final Pattern HOST_VALUE = Pattern.compile("(?:[A-Za-z0-9._%+-]+@)?[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern PATH_VALUE = Pattern.compile("/[A-Za-z0-9._+/-]*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern NAMES = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(?:,[A-Za-z0-9][A-Za-z0-9._-]*)*");
    private static final Pattern TIME = Pattern.compile(
            "\\d{1,6}(?::\\d{1,2}(?::\\d{1,2})?)?|\\d{1,4}-\\d{1,2}(?::\\d{1,2}(?::\\d{1,2})?)?");
    private static final Pattern MEMORY_VALUE = Pattern.compile("\\d{1,9}[KMGT]?");
    private static final Pattern OPTION = Pattern.compile("--([a-z][a-z0-9-]*)(?:=([A-Za-z0-9._,:=/@+%|&*\\[\\]-]+))?");
    private static final Pattern MODULE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._+/-]*");
    /** Options Provex writes itself: the job's name, where its output goes, its folder, one job not an array. */
    private static final Set<String> PROVEX_OPTIONS = Set.of("job-name", "output", "error", "open-mode", "chdir",
            "wrap", "parsable", "array", "input", "test-only", "wait", "export-file", "batch");
    private static final Map<String, ProfileKey> OWN_KEY = Map.of("partition", PARTITION, "account", ACCOUNT,
            "qos", QOS, "time", TIME_LIMIT, "mem", MEMORY, "cpus-per-task", CPUS, "gres", GPUS, "gpus", GPUS);

    private final String key;
    private final String description;

    ProfileKey(String key, String description) {
        this.key = key;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    public boolean isList() {
        return this == EXTRA_OPTIONS || this == MODULES;
    }

    public static Optional<ProfileKey> of(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        for (ProfileKey k : values()) {
            if (k.key.equals(n)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** Every key, for messages. */
    public static String names() {
        List<String> out = new ArrayList<>();
        for (ProfileKey k : values()) {
            out.add(k.key);
        }
        return String.join(", ", out);
    }

    /** This field's value in a profile (a String, Integer or list), or null when unset. */
    public Object get(ClusterProfile p) {
        return switch (this) {
            case HOST -> p.host();
            case REMOTE_ROOT -> p.remoteRoot();
            case PARTITION -> p.partition();
            case ACCOUNT -> p.account();
            case QOS -> p.qos();
            case TIME_LIMIT -> p.timeLimit();
            case MEMORY -> p.memory();
            case CPUS -> p.cpus();
            case GPUS -> p.gpus();
            case GPU_TYPE -> p.gpuType();
            case EXTRA_OPTIONS -> p.extraOptions();
            case MODULES -> p.modules();
            case CONTAINER_ENGINE -> p.containerEngine();
            case POLL_SECONDS -> p.pollSeconds();
        };
    }

    /**
     * The profile with this field set to the checked values (one for a single field, any number for a list), or
     * unset when {@code raw} is empty.
     *
     * @throws InvalidProfileException naming the value and what the field takes
     */
    public ClusterProfile set(ClusterProfile p, List<String> raw) {
        if (raw.isEmpty()) {
            return with(p, null);
        }
        if (!isList() && raw.size() > 1) {
            throw new InvalidProfileException(key + " takes one value; " + raw.size() + " were given.");
        }
        if (isList()) {
            List<String> checked = new ArrayList<>();
            for (String r : raw) {
                checked.add((String) parse(r));
            }
            return with(p, checked);
        }
        return with(p, parse(raw.get(0)));
    }

    /** The problem with a stored value (settings.json may be edited by hand), or empty when it is fine. */
    public Optional<String> problem(ClusterProfile p) {
        Object value = get(p);
        if (value == null) {
            return Optional.empty();
        }
        try {
            if (value instanceof List<?> list) {
                for (Object item : list) {
                    parse(String.valueOf(item));
                }
            } else {
                Object parsed = parse(String.valueOf(value));
                if (!parsed.equals(value)) {
                    return Optional.of(key + " '" + printable(String.valueOf(value)) + "' is not in the form Provex "
                            + "stores; set it again.");
                }
            }
            return Optional.empty();
        } catch (InvalidProfileException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Checks one value as typed and returns it as stored (a String or an Integer). */
    public Object parse(String raw) {
        String v = raw == null ? "" : raw.strip();
        if (v.isEmpty() || ShellQuote.hasControl(v) || v.length() > 400) {
            throw refused(raw, v.isEmpty() ? "it is empty (use unset to clear a key)"
                    : "it contains a control character or is too long");
        }
        return switch (this) {
            case HOST -> matching(v, HOST_VALUE, "an SSH destination: host, user@host or a Host alias of your SSH "
                    + "config (set a port there, not here)");
            case REMOTE_ROOT -> remoteRoot(v);
            case PARTITION -> matching(v, NAMES, "a partition name, or several separated by commas");
            case ACCOUNT, QOS, GPU_TYPE -> matching(v, NAME, "a Slurm name (letters, digits, '.', '_', '-')");
            case TIME_LIMIT -> v.equalsIgnoreCase("unlimited") || v.equalsIgnoreCase("infinite") ? "UNLIMITED"
                    : matching(v, TIME, "a Slurm time: minutes, H:MM:SS, D-HH or D-HH:MM:SS");
            case MEMORY -> matching(v.toUpperCase(Locale.ROOT), MEMORY_VALUE, "an amount such as 32G, 16000M or "
                    + "64000 (megabytes)");
            case CPUS -> number(v, 1, 4096);
            case GPUS -> number(v, 0, 64);
            case EXTRA_OPTIONS -> option(v);
            case MODULES -> matching(v, MODULE, "a module name such as cuda/12.1");
            case CONTAINER_ENGINE -> engine(v);
            case POLL_SECONDS -> number(v, SlurmDefaults.MIN_POLL_SECONDS, 3600);
        };
    }

    private String remoteRoot(String v) {
        if (v.startsWith("~")) {
            throw refused(v, "'~' is not expanded; give the absolute path, e.g. /home/you/provex");
        }
        String path = matching(v, PATH_VALUE, "an absolute path of letters, digits and . _ + / - (no spaces)");
        for (String segment : path.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                throw refused(v, "it contains a '.' or '..' segment");
            }
        }
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private String option(String v) {
        var m = OPTION.matcher(v);
        if (!m.matches()) {
            throw refused(v, "an sbatch option --name or --name=value, without spaces or quotes (short options such "
                    + "as -p are not taken; use their long names)");
        }
        String name = m.group(1);
        if (PROVEX_OPTIONS.contains(name)) {
            throw refused(v, "Provex sets --" + name + " itself (the job's name, output, folder and that it is one "
                    + "job)");
        }
        ProfileKey own = OWN_KEY.get(name);
        if (own != null) {
            throw refused(v, "use the profile's " + own.key + " key for --" + name);
        }
        return v;
    }

    private String engine(String v) {
        String e = v.toLowerCase(Locale.ROOT);
        if (!Set.of("apptainer", "singularity", "podman", "docker").contains(e)) {
            throw refused(v, "apptainer, singularity, podman or docker");
        }
        return e;
    }

    private Integer number(String v, int min, int max) {
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw refused(v, "a whole number from " + min + " to " + max);
    }

    private String matching(String v, Pattern pattern, String expected) {
        if (!pattern.matcher(v).matches()) {
            throw refused(v, expected);
        }
        return v;
    }

    private InvalidProfileException refused(String value, String expected) {
        return new InvalidProfileException("Refused " + key + " '" + printable(value) + "': " + expected + ".");
    }

    private ClusterProfile with(ClusterProfile p, Object v) {
        java.util.EnumMap<ProfileKey, Object> m = new java.util.EnumMap<>(ProfileKey.class);
        for (ProfileKey k : values()) {
            m.put(k, k == this ? v : k.get(p));
        }
        return new ClusterProfile((String) m.get(HOST), (String) m.get(REMOTE_ROOT), (String) m.get(PARTITION),
                (String) m.get(ACCOUNT), (String) m.get(QOS), (String) m.get(TIME_LIMIT), (String) m.get(MEMORY),
                (Integer) m.get(CPUS), (Integer) m.get(GPUS), (String) m.get(GPU_TYPE), strings(m.get(EXTRA_OPTIONS)),
                strings(m.get(MODULES)), (String) m.get(CONTAINER_ENGINE), (Integer) m.get(POLL_SECONDS));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object v) {
        return (List<String>) v;
    }

    static String printable(String text) {
        String s = text.replaceAll("\\p{Cntrl}", "?");
        return s.length() > 80 ? s.substring(0, 79) + "\u2026" : s;
    }
}
