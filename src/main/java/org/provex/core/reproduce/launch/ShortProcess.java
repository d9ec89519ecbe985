package org.provex.core.reproduce.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a short probe ({@code python3 --version}, {@code nvidia-smi ...}) from an argument list and returns its output,
 * or empty when the program is missing, fails or takes too long (then it is killed with its children).
 */
public final class ShortProcess {

    private static final Logger LOG = LoggerFactory.getLogger(ShortProcess.class);

    /** Exit code and combined output. */
    public record Result(int exitCode, String output) {
    }

    private ShortProcess() {
    }

    public static Optional<Result> run(List<String> argv, Map<String, String> environment, Duration timeout) {
        Optional<Path> program = Executables.find(argv.get(0), environment);
        if (program.isEmpty()) {
            return Optional.empty();
        }
        Path out = null;
        try {
            out = Files.createTempFile("provex-probe-", ".txt");
            List<String> resolved = new ArrayList<>(argv);
            resolved.set(0, program.get().toString());
            ProcessBuilder pb = new ProcessBuilder(resolved).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            pb.environment().clear();
            pb.environment().putAll(environment);
            Process p = pb.start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                ProcessTree.terminate(p.toHandle(), Duration.ofSeconds(1));
                return Optional.empty();
            }
            return Optional.of(new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            LOG.debug("Probe {} failed", argv, e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (out != null) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException e) {
                    LOG.debug("Could not delete {}", out, e);
                }
            }
        }
    }

    /** The file that reads as empty input ({@code /dev/null}, {@code NUL} on Windows). */
    public static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win")
                ? "NUL" : "/dev/null");
    }
}
