package org.provex.core.reproduce.plan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.provex.core.reproduce.launch.ShortProcess;

/**
 * Probes the machine a reproduction will run on. The local probe asks {@code python3 --version} and
 * {@code nvidia-smi} on the PATH of the launch environment; a remote target (a cluster) supplies its own.
 */
@FunctionalInterface
public interface MachineProbe {

    MachineFacts facts();

    /** This computer, probed through programs on the given environment's PATH. */
    static MachineProbe local(Map<String, String> environment) {
        return () -> Local.probe(environment);
    }

    /**
     * A probe that asks once and then answers from memory: the machine does not change while Provex runs, and
     * starting probe processes for every plan would cost more than the rest of the plan.
     */
    static MachineProbe once(MachineProbe probe) {
        java.util.concurrent.atomic.AtomicReference<MachineFacts> facts = new java.util.concurrent.atomic
                .AtomicReference<>();
        return () -> facts.updateAndGet(f -> f != null ? f : probe.facts());
    }

    /** Parsing of what the local probe's programs print. */
    final class Local {
        private static final Duration TIMEOUT = Duration.ofSeconds(10);
        private static final Pattern PYTHON = Pattern.compile("Python\\s+([0-9][0-9A-Za-z.+-]*)");
        private static final Pattern CUDA = Pattern.compile("CUDA Version:\\s*([0-9.]+)");

        private Local() {
        }

        static MachineFacts probe(Map<String, String> env) {
            String python = run(List.of("python3", "--version"), env).map(Local::python).orElse("");
            List<String> gpus = new ArrayList<>();
            String driver = "";
            Optional<String> query = run(List.of("nvidia-smi", "--query-gpu=name,driver_version",
                    "--format=csv,noheader"), env);
            if (query.isPresent()) {
                for (String line : query.get().split("\\R")) {
                    String[] parts = line.split(",");
                    if (parts.length >= 2 && !parts[0].isBlank()) {
                        gpus.add(parts[0].strip());
                        driver = parts[1].strip();
                    }
                }
            }
            String cuda = gpus.isEmpty() ? "" : run(List.of("nvidia-smi"), env).map(Local::cuda).orElse("");
            return new MachineFacts(python, System.getProperty("os.name", ""), System.getProperty("os.arch", ""),
                    gpus, driver, cuda);
        }

        static String python(String versionOutput) {
            Matcher m = PYTHON.matcher(versionOutput);
            return m.find() ? m.group(1) : "";
        }

        static String cuda(String smiOutput) {
            Matcher m = CUDA.matcher(smiOutput);
            return m.find() ? m.group(1) : "";
        }

        private static Optional<String> run(List<String> argv, Map<String, String> env) {
            return ShortProcess.run(argv, env, TIMEOUT).filter(r -> r.exitCode() == 0).map(ShortProcess.Result::output);
        }
    }
}
