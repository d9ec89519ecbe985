package org.provex.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up time to the first rendered executions table, against the floor of a bare JavaFX stage with a 42-row
 * table ({@link BareTableStage}), all measured the same way in one run: milliseconds from JVM start to the first
 * laid-out frame that shows a table row with text ({@code org.provex.ui.common.FirstRender}, used by both), best of
 * N separate processes. For the shaded jar on the JDK that runs this, with the README's run command (the class-data
 * archive {@code mvn package} wrote beside the jar, {@code java -XX:SharedArchiveFile=target/provex.jsa -jar
 * target/provex.jar}) and with {@code java -jar} alone; optionally also on a second JDK, with an archive this bench
 * dumps for that JDK the way {@code mvn package} does (packaging/cds/ClassArchive.java; the time the dump took is
 * printed: it is what the archive adds to {@code mvn package}); and for the app image on its own jlink'd runtime (the
 * floor then runs on that runtime too). "warm" opens an already
 * prepared demo catalog; "cold" is a first launch: a fresh data directory, so the demo is prepared during start-up.
 * The runs are interleaved (one of each kind per round), so a change of the machine's load hits every kind alike;
 * the load average before and after is printed. Also the process CPU time and the heap in use (after a GC) at that
 * frame. Needs a display (run it under xvfb-run). Not a test.
 *
 * <p>Run: {@code mvn -B -Ppackage package} (or just {@code package} without the image), then
 * {@code xvfb-run -a -s "-screen 0 1440x900x24" java -cp target/test-classes org.provex.bench.StartupBench
 * [--runs 3] [--jar target/provex.jar] [--image target/jpackage/provex] [--jdk PATH_TO_ANOTHER_JDK]
 * [--classlist packaging/cds/provex.classlist]}; the archive is the jar's sibling {@code provex.jsa} and must have been
 * made by the java that runs this (it is when that java is the first on the PATH during {@code mvn package}).
 */
public final class StartupBench {

    private static final Pattern RENDERED = Pattern.compile(
            "rendered (\\d+) ms after the JVM started(?:; cpu (-?\\d+) ms)?; heap (\\d+) MB");

    private record Sample(long millis, long cpuMillis, long heapMb) {
    }

    /** One kind of start: its command and data directory (null: a fresh one each time), and its floor. */
    private record Kind(String name, List<String> command, boolean fresh, String floor) {
    }

    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("--runs", "3", "--jar", "target/provex.jar", "--image",
                "target/jpackage/provex", "--classes", "target/test-classes", "--jdk", "", "--classlist",
                "packaging/cds/provex.classlist"));
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

        List<Kind> kinds = new ArrayList<>();
        String floorJar = "bare JavaFX table (JDK " + Runtime.version().feature() + ", JavaFX from the jar)";
        kinds.add(new Kind(floorJar, floor(java, jar, classes), false, floorJar));
        // the README's run command: the archive mvn package wrote beside the jar
        Path archive = jar.resolveSibling("provex.jsa");
        requireArchive(java, archive, jar);
        List<String> readme = withArchive(java, archive, jar);
        kinds.add(new Kind("provex.jar + archive (README), warm", readme, false, floorJar));
        kinds.add(new Kind("provex.jar + archive (README), cold", readme, true, floorJar));
        List<String> provexJar = List.of(java, "-jar", jar.toString(), "--exit-after-first-render");
        kinds.add(new Kind("provex.jar alone (java -jar), warm", provexJar, false, floorJar));
        kinds.add(new Kind("provex.jar alone (java -jar), cold", provexJar, true, floorJar));
        if (!options.get("--jdk").isEmpty()) {
            String other = Path.of(options.get("--jdk"), "bin", "java").toString();
            String floorOther = "bare JavaFX table (" + options.get("--jdk") + ")";
            kinds.add(new Kind(floorOther, floor(other, jar, classes), false, floorOther));
            // that JDK's own archive, dumped as mvn package dumps it when that JDK's java is the first on the PATH
            Path otherArchive = work.resolve("provex-other.jsa");
            long start = System.nanoTime();
            run(List.of(other, "-Xshare:dump", "-XX:SharedClassListFile=" + options.get("--classlist"),
                    "-XX:SharedArchiveFile=" + otherArchive, "-Xlog:disable", "-Xlog:all=error:stderr", "-cp",
                    jar.toString()), prepared);
            System.out.printf(Locale.ROOT, "archive dump for %s: %d ms, %d MB%n", other,
                    (System.nanoTime() - start) / 1_000_000, Files.size(otherArchive) >> 20);
            requireArchive(other, otherArchive, jar);
            List<String> otherReadme = withArchive(other, otherArchive, jar);
            kinds.add(new Kind("provex.jar + archive, other JDK, warm", otherReadme, false, floorOther));
            kinds.add(new Kind("provex.jar + archive, other JDK, cold", otherReadme, true, floorOther));
        }
        Path launcher = image.resolve("bin/provex");
        if (Files.isExecutable(launcher)) {
            String imageJava = image.resolve("lib/runtime/bin/java").toString();
            String floorImage = "bare JavaFX table (image runtime)";
            kinds.add(new Kind(floorImage, floor(imageJava, image.resolve("lib/app/provex.jar"), classes), false,
                    floorImage));
            List<String> provexImage = List.of(launcher.toString(), "--exit-after-first-render");
            kinds.add(new Kind("app image, warm", provexImage, false, floorImage));
            kinds.add(new Kind("app image, cold (first launch)", provexImage, true, floorImage));
        }

        String loadBefore = loadAverage();
        Map<String, List<Sample>> samples = new LinkedHashMap<>();
        for (int round = 0; round < runs; round++) {
            for (Kind k : kinds) {
                samples.computeIfAbsent(k.name(), n -> new ArrayList<>()).add(sample(k.command(), k.fresh()
                        ? Files.createTempDirectory(work, "fresh-") : prepared));
            }
        }
        System.out.printf(Locale.ROOT, "load average before: %s; after: %s%n", loadBefore, loadAverage());
        System.out.printf(Locale.ROOT, "%-50s %8s %6s %8s %5s  %s%n", "start-up to first rendered table (best of "
                + runs + ")", "ms", "ratio", "cpu ms", "heap", "all runs, ms");
        for (Kind k : kinds) {
            Sample best = best(samples.get(k.name()));
            Sample floor = best(samples.get(k.floor()));
            System.out.printf(Locale.ROOT, "%-50s %8d %6.2f %8d %5d  %s%n", k.name(), best.millis(),
                    (double) best.millis() / floor.millis(), best.cpuMillis(), best.heapMb(),
                    samples.get(k.name()).stream().map(s -> Long.toString(s.millis())).toList());
        }
    }

    private static List<String> withArchive(String java, Path archive, Path jar) {
        return List.of(java, "-XX:SharedArchiveFile=" + archive, "-jar", jar.toString(), "--exit-after-first-render");
    }

    /** Fails unless this java maps the archive (-Xshare:on refuses to start otherwise): no silent run without it. */
    private static void requireArchive(String java, Path archive, Path jar) throws Exception {
        try {
            run(List.of(java, "-Xshare:on", "-XX:SharedArchiveFile=" + archive, "-jar", jar.toString(), "--version"),
                    Files.createTempDirectory("provex-startup-"));
        } catch (IllegalStateException e) {
            throw new IllegalStateException(archive + " does not map into " + java + ": run mvn package with this java"
                    + " first on the PATH (" + e.getMessage() + ")", e);
        }
    }

    private static List<String> floor(String java, Path jar, Path classes) {
        return List.of(java, "-cp", jar + File.pathSeparator + classes, BareTableStage.Main.class.getName());
    }

    private static Sample best(List<Sample> all) {
        return all.stream().min(Comparator.comparingLong(Sample::millis)).orElseThrow();
    }

    private static String loadAverage() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static Sample sample(List<String> command, Path home) throws Exception {
        String err = run(command, home);
        Matcher m = RENDERED.matcher(err);
        if (!m.find()) {
            throw new IllegalStateException(command + " printed no start-up time:\n" + err);
        }
        // builds before FirstRender printed no CPU time
        return new Sample(Long.parseLong(m.group(1)), m.group(2) == null ? -1 : Long.parseLong(m.group(2)),
                Long.parseLong(m.group(3)));
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
