package org.provex.core.formats;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * A runtime environment snapshot ({@code environment_snapshot_*.txt}). Sections missing from the file are empty:
 * text fields are {@code ""}, maps and lists empty. {@code environment} holds the values as recorded, secrets
 * included; show {@link #maskedEnvironment()} instead.
 *
 * @param packages    distribution name (as written) to version, from {@code imports}
 * @param environment {@code os.environ}, unmasked
 * @param plainText   the whole text of an old, non-JSON snapshot; when present every other section is empty
 * @param raw         the parsed document, or a missing node for plain text
 */
public record EnvironmentSnapshot(SortedMap<String, String> packages, Python python, Platform platform, Gpu gpu,
                                  SortedMap<String, String> environment, List<String> argv, String cwd,
                                  List<String> sysPath, Optional<String> plainText, JsonNode raw) {

    /** Case-insensitive first so {@code Jinja2} sorts among the j's; then exact, so names differing in case stay. */
    public static final Comparator<String> NAME_ORDER =
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    public EnvironmentSnapshot {
        packages = sorted(packages, NAME_ORDER);
        environment = sorted(environment, Comparator.naturalOrder());
        argv = List.copyOf(argv);
        sysPath = List.copyOf(sysPath);
        plainText = plainText == null ? Optional.empty() : plainText;
        raw = raw == null ? MissingNode.getInstance() : raw;
    }

    /** A snapshot of an older deriva-ml that wrote free text; the text is kept, not interpreted. */
    public static EnvironmentSnapshot ofPlainText(String text) {
        return new EnvironmentSnapshot(new TreeMap<>(), Python.EMPTY, Platform.EMPTY, Gpu.EMPTY, new TreeMap<>(),
                List.of(), "", List.of(), Optional.of(text), MissingNode.getInstance());
    }

    public boolean isPlainText() {
        return plainText.isPresent();
    }

    /**
     * The text of an old, non-JSON snapshot with secret-looking values masked ({@link SecretMasker#maskText}); ""
     * for a JSON snapshot. Such text holds the same {@code os.environ} as the JSON form, so it is never shown as is
     * unless the user asks for secrets.
     */
    public String maskedPlainText() {
        return SecretMasker.maskText(plainText.orElse(""));
    }

    /** The environment with secret-looking values replaced by a mask, see {@link SecretMasker}. */
    public SortedMap<String, String> maskedEnvironment() {
        return SecretMasker.maskEnvironment(environment);
    }

    private static SortedMap<String, String> sorted(java.util.Map<String, String> map, Comparator<String> order) {
        TreeMap<String, String> copy = new TreeMap<>(order);
        if (map != null) {
            copy.putAll(map);
        }
        return Collections.unmodifiableSortedMap(copy);
    }

    /** From {@code platform.python_*} and {@code sys.executable}. */
    public record Python(String version, String implementation, String compiler, String executable) {
        public static final Python EMPTY = new Python("", "", "", "");
    }

    /**
     * From {@code platform.*}.
     *
     * @param osPrettyName {@code freedesktop_os_release.PRETTY_NAME} (Linux only), else ""
     */
    public record Platform(String system, String release, String machine, String node, String platform,
                           String osPrettyName) {
        public static final Platform EMPTY = new Platform("", "", "", "", "", "");
    }

    /**
     * From the {@code gpu} section.
     *
     * @param source       how deriva-ml probed, e.g. {@code nvidia-smi}
     * @param cudaVersion  torch's CUDA version, "" without torch/CUDA
     * @param cudnnVersion torch's cuDNN version as recorded (an integer such as {@code 90100}), or ""
     * @param probeError   the error deriva-ml recorded when probing failed, or ""
     */
    public record Gpu(boolean available, String source, List<GpuDevice> devices, String cudaVersion,
                      String cudnnVersion, String probeError) {
        public static final Gpu EMPTY = new Gpu(false, "", List.of(), "", "", "");

        public Gpu {
            devices = List.copyOf(devices);
        }
    }

    /** One nvidia-smi device; memory is as reported, e.g. {@code 81920 MiB}. */
    public record GpuDevice(String name, String memory, String driver) {
    }
}
