package org.provex.bench;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up time to the first rendered executions table, against the floor of a bare JavaFX stage with a 42-row
 * table ({@link BareTableStage}), all measured the same way in one run: milliseconds from JVM start to the first
 * laid-out frame with rows, best of N separate processes. For the shaded jar on the JDK that runs this, and for the
 * app image on its own jlink'd runtime (the floor then runs on that runtime too). "warm" opens an already prepared
 * demo catalog; "cold" is a first launch: a fresh data directory, so the demo is prepared during start-up. Also the
 * heap in use after start (after a GC). Needs a display (run it under xvfb-run). Not a test.
 *
 * <p>Run: {@code mvn -B -Ppackage package} (or just {@code package} without the image), then
 * {@code xvfb-run -a -s "-screen 0 1440x900x24" java -cp target/test-classes org.provex.bench.StartupBench
 * [--runs 3] [--jar target/provex.jar] [--image target/jpackage/provex]}.
 */
public final class StartupBench {

    private static final Pattern PROVEX = Pattern.compile(
            "first executions table rendered (\\d+) ms after the JVM started(?:; heap (\\d+) MB)?");
    private static final Pattern FLOOR = Pattern.compile(
            "bare table rendered (\\d+) ms after the JVM started; heap (\\d+) MB");

    private record Sample(long millis, long heapMb) {
    }

    private StartupBench() {
    }

    /** Heap in use after a full collection, in MB (what a start leaves behind). */
    static long heapMegabytes() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    public static void main(String[] args) throws Exception {
        java.util.Map<String, String> options = new java.util.HashMap<>(java.util.Map.of("--runs", "3", "--jar",
                "target/provex.jar", "--image", "target/jpackage/provex", "--classes", "target/test-classes"));
        for (int i = 0; i < args.length - 1; i += 2) {
            if (options.put(args[i], args[i + 1]) == null) {
                throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        int runs = Integer.parseInt(options.get("--runs"));
        Path jar = Path.of(options.get("--jar"));
        Path image = Path.of(options.get("--image"));
        Path classes = Path.of(options.get("--classes"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path work = Files.createTempDirectory("provex-startup-");
        Path prepared = work.resolve("prepared");
        run(List.of(java, "-jar", jar.toString(), "demo"), prepared);

        List<String> rows = new ArrayList<>();
        Sample floorJar = best(runs, () -> sample(List.of(java, "-cp", jar + File.pathSeparator + classes,
                BareTableStage.Main.class.getName()), prepared, FLOOR));
        rows.add(row("bare JavaFX table (JDK, JavaFX from the jar)", floorJar, floorJar));
        List<String> provexJar = List.of(java, "-jar", jar.toString(), "--exit-after-first-render");
        rows.add(row("provex.jar, warm", best(runs, () -> sample(provexJar, prepared, PROVEX)), floorJar));
        rows.add(row("provex.jar, cold (first launch)", best(runs, () -> sample(provexJar, fresh(work), PROVEX)),
                floorJar));

        Path launcher = image.resolve("bin/provex");
        if (Files.isExecutable(launcher)) {
            String imageJava = image.resolve("lib/runtime/bin/java").toString();
            Sample floorImage = best(runs, () -> sample(List.of(imageJava, "-cp", image.resolve("lib/app/provex.jar")
                    + File.pathSeparator + classes, BareTableStage.Main.class.getName()), prepared, FLOOR));
            rows.add(row("bare JavaFX table (image runtime)", floorImage, floorImage));
            List<String> provexImage = List.of(launcher.toString(), "--exit-after-first-render");
            rows.add(row("app image, warm", best(runs, () -> sample(provexImage, prepared, PROVEX)), floorImage));
            rows.add(row("app image, cold (first launch)", best(runs, () -> sample(provexImage, fresh(work),
                    PROVEX)), floorImage));
        }
        System.out.printf(Locale.ROOT, "%-46s %9s %7s %8s%n", "start-up to first rendered table (best of " + runs
                + ")", "ms", "ratio", "heap MB");
        rows.forEach(System.out::println);
    }

    private static String row(String what, Sample s, Sample floor) {
        return String.format(Locale.ROOT, "%-46s %9d %7.2f %8d", what, s.millis(), (double) s.millis()
                / floor.millis(), s.heapMb());
    }

    private interface Measure {
        Sample get() throws Exception;
    }

    private static Sample best(int runs, Measure m) throws Exception {
        List<Sample> all = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            all.add(m.get());
        }
        return all.stream().min(Comparator.comparingLong(Sample::millis)).orElseThrow();
    }

    private static Path fresh(Path work) throws IOException {
        return Files.createTempDirectory(work, "fresh-");
    }

    private static Sample sample(List<String> command, Path home, Pattern pattern) throws Exception {
        String err = run(command, home);
        Matcher m = pattern.matcher(err);
        if (!m.find()) {
            throw new IllegalStateException(command + " printed no start-up time:\n" + err);
        }
        return new Sample(Long.parseLong(m.group(1)), m.group(2) == null ? -1 : Long.parseLong(m.group(2)));
    }

    private static String run(List<String> command, Path home) throws Exception {
        Files.createDirectories(home);
        Path err = Files.createTempFile("provex-startup-", ".err");
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(err.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("PROVEX_HOME", home.toString());
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(command + " did not finish");
        }
        String text = Files.readString(err, StandardCharsets.UTF_8);
        Files.delete(err);
        if (p.exitValue() != 0) {
            throw new IllegalStateException(command + " failed:\n" + text);
        }
        return text;
    }
}
