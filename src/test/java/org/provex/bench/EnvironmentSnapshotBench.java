package org.provex.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.provex.core.formats.EnvironmentSnapshot;
import org.provex.core.formats.EnvironmentSnapshotReader;
import org.provex.core.formats.SecretMasker;

/**
 * Parsing cost of environment snapshots: the real fixture (81 packages, 16 variables) and a synthetic large one
 * (1,000 packages, 200 variables, some secret) that stands in for a conda-heavy GPU node.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EnvironmentSnapshotBench {

    private static final String FIXTURE = "environment_snapshot_20260512_141503.txt";

    private byte[] fixture;
    private byte[] synthetic;
    private EnvironmentSnapshot syntheticSnapshot;

    @Setup
    public void setUp() {
        fixture = resource("/fixtures/deriva-ml-files/" + FIXTURE);
        synthetic = synthetic(1_000, 200).getBytes(StandardCharsets.UTF_8);
        syntheticSnapshot = EnvironmentSnapshotReader.read("environment_snapshot_synthetic.txt", synthetic);
        if (syntheticSnapshot.packages().size() != 1_000 || syntheticSnapshot.environment().size() != 200) {
            throw new IllegalStateException("synthetic snapshot is not the intended size");
        }
    }

    @Benchmark
    public EnvironmentSnapshot realFixture() {
        return EnvironmentSnapshotReader.read(FIXTURE, fixture);
    }

    @Benchmark
    public EnvironmentSnapshot synthetic1000Packages200Variables() {
        return EnvironmentSnapshotReader.read("environment_snapshot_synthetic.txt", synthetic);
    }

    @Benchmark
    public SortedMap<String, String> maskSynthetic200Variables() {
        return SecretMasker.maskEnvironment(syntheticSnapshot.environment());
    }

    /** Same shape as deriva-ml's get_execution_environment(), written compactly as json.dump does. */
    static String synthetic(int packages, int variables) {
        StringBuilder b = new StringBuilder(packages * 40 + variables * 80 + 2_000);
        b.append("{\"imports\": {");
        for (int i = 0; i < packages; i++) {
            b.append(i == 0 ? "" : ", ").append("\"package-").append(i).append("\": \"")
                    .append(i % 7).append('.').append(i % 13).append('.').append(i).append('"');
        }
        b.append("}, \"os\": {\"cwd\": \"/home/researcher/project\", \"uid\": 1000, \"umask\": \"0o22\", ")
                .append("\"name\": \"posix\", \"environ\": {");
        for (int i = 0; i < variables; i++) {
            String name = switch (i % 20) {
                case 0 -> "SERVICE_" + i + "_API_KEY";
                case 1 -> "TOOL_" + i + "_TOKEN";
                default -> "SETTING_" + i;
            };
            String value = i % 50 == 2
                    ? "ghp_16C7e42F292c6912E7710c838347Ae178B4a"
                    : "/opt/tool-" + i + "/bin:/usr/bin";
            b.append(i == 0 ? "" : ", ").append('"').append(name).append("\": \"").append(value).append('"');
        }
        b.append("}}, \"sys\": {\"argv\": [\"train.py\", \"+experiment=big\"], ")
                .append("\"executable\": \"/home/researcher/project/.venv/bin/python3\", ")
                .append("\"maxsize\": 9223372036854775807}, ")
                .append("\"sys_path\": [\"/home/researcher/project\", \"/usr/lib/python3.11\"], ")
                .append("\"platform\": {\"system\": \"Linux\", \"release\": \"6.1.0-31-amd64\", ")
                .append("\"machine\": \"x86_64\", \"node\": \"gpu-01\", \"python_version\": \"3.11.7\", ")
                .append("\"python_implementation\": \"CPython\", ")
                .append("\"freedesktop_os_release\": {\"PRETTY_NAME\": \"Debian GNU/Linux 12 (bookworm)\"}}, ")
                .append("\"gpu\": {\"available\": true, \"source\": \"nvidia-smi\", \"count\": 8, \"devices\": [");
        for (int i = 0; i < 8; i++) {
            b.append(i == 0 ? "" : ", ")
                    .append("{\"name\": \"NVIDIA H100 80GB HBM3\", \"memory_total\": \"81559 MiB\", ")
                    .append("\"driver_version\": \"550.127.05\"}");
        }
        return b.append("]}}").toString();
    }

    private static byte[] resource(String path) {
        try (InputStream in = EnvironmentSnapshotBench.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
