package org.provex.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A process of a benchmark: runs it with {@code PROVEX_HOME} set, times it (wall) and keeps its output. */
final class Command {

    /**
     * @param seconds wall time
     * @param cpuSeconds user + system CPU time of the process
     * @param maxRssMb its peak resident memory
     */
    record Result(double seconds, double cpuSeconds, double maxRssMb, String out, String err) {
    }

    private static final String TIME_MARK = "BENCH-TIME ";

    private Command() {
    }

    static Result run(Path home, List<String> command) throws IOException, InterruptedException {
        Files.createDirectories(home);
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        List<String> timed = new java.util.ArrayList<>(List.of("/usr/bin/time", "-f", TIME_MARK + "%e %U %S %M"));
        timed.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(timed).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("PROVEX_HOME", home.toString());
        long start = System.nanoTime();
        Process p = pb.start();
        int code = p.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        Files.delete(out);
        Files.delete(err);
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + code + ": " + stderr);
        }
        int mark = stderr.lastIndexOf(TIME_MARK);
        String[] t = stderr.substring(mark + TIME_MARK.length()).strip().split(" ");
        return new Result(seconds, Double.parseDouble(t[1]) + Double.parseDouble(t[2]), Double.parseDouble(t[3]) / 1024,
                stdout, stderr.substring(0, mark));
    }
}
