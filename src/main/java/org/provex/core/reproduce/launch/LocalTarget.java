package org.provex.core.reproduce.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.provex.core.reproduce.Check;

/**
 * Runs on this computer: a child process started from an argument list (never a shell), in the request's working
 * directory and environment, its input empty and its output (stdout and stderr together) appended to the log file.
 */
public final class LocalTarget implements LaunchTarget {

    public static final String ID = "local";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "This computer";
    }

    @Override
    public List<Check> preflight(LaunchRequest request) {
        List<Check> checks = new ArrayList<>();
        String program = request.argv().get(0);
        Optional<Path> found = Executables.find(program, request.environment());
        if (found.isPresent()) {
            checks.add(Check.pass("program_" + program, program + " is on PATH (" + found.get() + ")."));
        } else {
            checks.add(Check.fail("program_" + program, program + " was not found on PATH.",
                    "The reproduction cannot start without it.", fixFor(program)));
        }
        return checks;
    }

    @Override
    public LaunchHandle launch(LaunchRequest request, LaunchListener listener, Executor executor) throws IOException {
        String program = request.argv().get(0);
        Path resolved = Executables.find(program, request.environment()).orElseThrow(() -> new IOException(program
                + " was not found on PATH. " + fixFor(program)));
        List<String> argv = new ArrayList<>(request.argv());
        argv.set(0, resolved.toString());
        Files.createDirectories(request.logFile().toAbsolutePath().getParent());
        long offset = Files.exists(request.logFile()) ? Files.size(request.logFile()) : 0;
        ProcessBuilder pb = new ProcessBuilder(argv).directory(request.workingDirectory().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(request.logFile().toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(ShortProcess.nullDevice()));
        Map<String, String> env = pb.environment();
        env.clear();
        env.putAll(request.environment());
        Process process = pb.start();
        return LocalLaunch.follow(process, request.logFile(), offset, listener, executor);
    }

    /**
     * Follows a launch of an earlier session again, when its process is still alive and is the same process (same
     * start time): its output is read from the log file from {@code offset}; its exit code cannot be observed.
     */
    public Optional<LaunchHandle> reattach(long pid, Instant startedAt, Path logFile, long offset,
                                           LaunchListener listener, Executor executor) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(h -> sameStart(h, startedAt));
        return handle.map(h -> LocalLaunch.reattach(h, logFile, offset, listener, executor));
    }

    /** Whether the process with this id is still the one started at that time (ids are reused). */
    public static boolean isAlive(long pid, Instant startedAt) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(h -> sameStart(h, startedAt)).isPresent();
    }

    private static boolean sameStart(ProcessHandle h, Instant startedAt) {
        Optional<Instant> start = h.info().startInstant();
        // the recorded time is taken just after the start; allow for the clock granularity of the process table
        return start.isEmpty() || startedAt == null
                || Math.abs(start.get().toEpochMilli() - startedAt.toEpochMilli()) < 10_000;
    }

    private static String fixFor(String program) {
        return switch (program) {
            case "uv" -> "Install uv (Astral's Python package manager) and make sure 'uv' is on PATH.";
            case "docker" -> "Install Docker (or start Docker Desktop) and make sure 'docker' is on PATH.";
            default -> "Install " + program + " or add its folder to PATH.";
        };
    }
}
