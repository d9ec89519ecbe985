package org.provex.core.reproduce.launch;

import java.util.List;
import java.util.Map;

/**
 * What a target will do with a request, shown before anything runs: the exact command it runs, how it is started
 * when that is not the command itself (a batch job's submission), the files it writes beside the checkout (a batch
 * script), and the settings it takes from elsewhere, each with where it came from.
 *
 * @param argv    the command that runs the reproduction, as this target runs it
 * @param submit  the command that starts it when that is another one (sbatch through ssh), else empty
 * @param files   file name (in the workspace, beside the checkout) to its text
 * @param details settings the target uses (host, partition, GPUs...), in order
 * @param notes   sentences a person should read before launching (why a value was chosen)
 */
public record LaunchPreview(List<String> argv, List<String> submit, Map<String, String> files, List<Detail> details,
                            List<String> notes) {

    /**
     * One setting.
     *
     * @param key    a stable snake_case name, e.g. {@code partition}
     * @param source where it came from, e.g. "global profile", or ""
     */
    public record Detail(String key, String label, String value, String source) {
    }

    public LaunchPreview {
        argv = List.copyOf(argv);
        submit = List.copyOf(submit);
        files = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(files));
        details = List.copyOf(details);
        notes = List.copyOf(notes);
    }

    /** A request run as it is, on this computer. */
    public static LaunchPreview direct(List<String> argv) {
        return new LaunchPreview(argv, List.of(), Map.of(), List.of(), List.of());
    }
}
