package org.provex.core.reproduce.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.provex.core.formats.EnvironmentSnapshot;

/**
 * What the original run had, read from its environment snapshot, as defaults for the fields a cluster profile leaves
 * unset. A run that was itself a Slurm job recorded its allocation in {@code SLURM_*} variables; otherwise the GPUs
 * torch or nvidia-smi saw are the best evidence. Every default says where it came from.
 *
 * @param defaults what the original had, each with the reason
 * @param facts    recorded facts a person may want to act on (the partition the original ran on)
 */
public record RunResources(List<Default> defaults, List<String> facts) {

    public static final RunResources NONE = new RunResources(List.of(), List.of());
    private static final Pattern COUNT = Pattern.compile("\\d{1,3}");

    /** The resources a default can be for. */
    public enum Resource { GPUS, CPUS, MEMORY }

    /**
     * One default.
     *
     * @param value an Integer (GPUs, CPUs) or a String (memory in Slurm's {@code --mem} form, e.g. {@code 16000M})
     * @param why   where it comes from, e.g. "the original run saw 1 CUDA GPU (NVIDIA A100) (torch device count)"
     */
    public record Default(Resource resource, Object value, String why) {
    }

    /** The GPUs the original had, or -1 when it recorded nothing about GPUs. */
    public int gpus() {
        return defaults.stream().filter(d -> d.resource() == Resource.GPUS).map(d -> (Integer) d.value()).findFirst()
                .orElse(-1);
    }

    public RunResources {
        defaults = List.copyOf(defaults);
        facts = List.copyOf(facts);
    }

    /** Defaults from a snapshot; {@link #NONE} for a missing or plain-text one. */
    public static RunResources of(EnvironmentSnapshot snapshot) {
        if (snapshot == null || snapshot.isPlainText()) {
            return NONE;
        }
        Map<String, String> env = snapshot.environment();
        List<Default> defaults = new ArrayList<>();
        gpus(snapshot, env).ifPresent(defaults::add);
        String cpusText = env.getOrDefault("SLURM_CPUS_PER_TASK", "");
        if (COUNT.matcher(cpusText).matches() && Integer.parseInt(cpusText) > 0) {
            defaults.add(new Default(Resource.CPUS, Integer.parseInt(cpusText), "the original Slurm job had "
                    + cpusText + " CPUs per task (SLURM_CPUS_PER_TASK)"));
        }
        String mem = env.getOrDefault("SLURM_MEM_PER_NODE", "");
        if (mem.matches("\\d{1,9}")) {
            defaults.add(new Default(Resource.MEMORY, mem + "M", "the original Slurm job had " + mem + " MB "
                    + "(SLURM_MEM_PER_NODE)"));
        }
        List<String> facts = new ArrayList<>();
        String partition = env.getOrDefault("SLURM_JOB_PARTITION", "");
        if (!partition.isEmpty() && partition.matches("[A-Za-z0-9._,-]{1,100}")) {
            facts.add("The original ran on partition " + partition + " (SLURM_JOB_PARTITION); set partition="
                    + partition + " if this is the same cluster.");
        }
        return new RunResources(defaults, facts);
    }

    private static java.util.Optional<Default> gpus(EnvironmentSnapshot snapshot, Map<String, String> env) {
        String names = String.join(", ", snapshot.gpu().devices().stream().map(EnvironmentSnapshot.GpuDevice::name)
                .filter(n -> !n.isBlank()).distinct().toList());
        String what = names.isEmpty() ? "" : " (" + names + ")";
        for (String variable : List.of("SLURM_GPUS_ON_NODE", "SLURM_JOB_GPUS", "SLURM_STEP_GPUS")) {
            String value = env.getOrDefault(variable, "").strip();
            int n = variable.equals("SLURM_GPUS_ON_NODE") ? number(value) : listLength(value);
            if (n >= 0) {
                return gpu(n, "the original Slurm job had " + n + " GPU" + (n == 1 ? "" : "s") + what + " ("
                        + variable + ")");
            }
        }
        int torch = number(snapshot.raw().path("gpu").path("torch").path("device_count").asString(""));
        if (torch >= 0) {
            return gpu(torch, "the original run saw " + torch + " CUDA GPU" + (torch == 1 ? "" : "s") + what
                    + " (torch's device count)");
        }
        String visible = env.getOrDefault("CUDA_VISIBLE_DEVICES", "").strip();
        int listed = visible.toLowerCase(Locale.ROOT).startsWith("nodev") || visible.equals("-1") ? 0
                : listLength(visible);
        if (listed >= 0) {
            return gpu(listed, "the original run was given " + listed + " GPU" + (listed == 1 ? "" : "s") + what
                    + " (CUDA_VISIBLE_DEVICES)");
        }
        if (snapshot.gpu().available() && !snapshot.gpu().devices().isEmpty()) {
            int n = snapshot.gpu().devices().size();
            return gpu(n, "the original machine had " + n + " CUDA GPU" + (n == 1 ? "" : "s") + what
                    + " (nvidia-smi)");
        }
        if (snapshot.raw().path("gpu").has("available")) {
            return gpu(0, "the original run recorded no GPU");
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<Default> gpu(int n, String why) {
        return java.util.Optional.of(new Default(Resource.GPUS, n, why));
    }

    private static int number(String text) {
        String t = text.strip();
        return COUNT.matcher(t).matches() ? Integer.parseInt(t) : -1;
    }

    /** The number of entries of a comma-separated list such as {@code 0,1} or {@code 0-3}, or -1. */
    private static int listLength(String text) {
        if (text.isEmpty() || !text.matches("[0-9A-Za-z:_,-]{1,200}")) {
            return -1;
        }
        int n = 0;
        for (String part : text.split(",")) {
            if (part.matches("\\d+-\\d+")) {
                String[] r = part.split("-");
                n += Math.max(0, Integer.parseInt(r[1]) - Integer.parseInt(r[0]) + 1);
            } else if (!part.isBlank()) {
                n++;
            }
        }
        return n;
    }
}
