package org.provex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Copies the shaded jar somewhere else and runs it as a user would: separate process, no display. */
class ProvexJarIT {

    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {
    }

    private Result java(Path jar, Path home, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().put("PROVEX_HOME", home.toString());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.redirectOutput(dir.resolve("out.txt").toFile());
        pb.redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("provex finished").isTrue();
        return new Result(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void theShadedJarRunsOnItsOwnWithoutADisplay() throws Exception {
        Path jar = Files.copy(Path.of(System.getProperty("provex.jar")), dir.resolve("copied-provex.jar"));
        Path home = dir.resolve("home");

        Result help = java(jar, home, "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("executions", "show", "workflows", "datasets", "demo");

        Result version = java(jar, home, "--version");
        assertThat(version.exit()).isZero();
        List<String> lines = version.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.subList(0, 3)).containsExactly("Provex " + System.getProperty("provex.version"),
                "Build commit: " + System.getProperty("provex.commit"),
                "Java: " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                        + System.getProperty("java.vm.name") + ")");
        assertThat(lines.get(3)).startsWith("JavaFX: " + System.getProperty("provex.javafx"));

        Result list = java(jar, home, "executions", "--format", "json", "--limit", "5");
        assertThat(list.exit()).as(list.err()).isZero();
        JsonNode rows = JsonMapper.builder().build().readTree(list.out());
        assertThat(rows).hasSize(5);
        assertThat(list.err()).contains("preparing the demo catalog");
        assertThat(home.resolve("catalogs/demo/cache.db")).exists();
        assertThat(home.resolve("demo/cifar10-model/.git")).isDirectory();
        assertThat(home.resolve("settings.json")).exists();

        Result bad = java(jar, home, "show", "not-a-rid@@");
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.err().strip().lines()).hasSize(1);
        assertThat(bad.err()).doesNotContain("Exception");
    }

    /**
     * The README's run command maps the class-data archive mvn package wrote: with -Xshare:on the JVM refuses to start
     * unless it can, and Provex's classes come from it. Run with the java the archive was made for, the first on the
     * PATH (packaging/cds/ClassArchive.java).
     */
    @Test
    void theRunCommandMapsTheClassArchiveThatTheBuildWrote() throws Exception {
        Path jar = Path.of(System.getProperty("provex.jar"));
        Path archive = jar.resolveSibling("provex.jsa");
        org.junit.jupiter.api.Assumptions.assumeFalse(Boolean.getBoolean("provex.skipArchive"), "-Dprovex.skipArchive");
        assertThat(archive).exists();
        ProcessBuilder pb = new ProcessBuilder(javaOnPath(), "-Xshare:on", "-XX:SharedArchiveFile=" + archive,
                "-Xlog:class+load=info:file=" + dir.resolve("classes.txt"), "-jar", jar.toString(), "--version")
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("PROVEX_HOME", dir.resolve("home").toString());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("provex finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8)).isZero();
        assertThat(Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8)).startsWith("Provex ");
        assertThat(Files.readAllLines(dir.resolve("classes.txt"), StandardCharsets.UTF_8))
                .filteredOn(line -> line.contains(" org.provex.Launcher "))
                .singleElement().asString().contains("source: shared objects file");
    }

    private static String javaOnPath() {
        String name = System.getProperty("os.name").startsWith("Windows") ? "java.exe" : "java";
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, name))) {
                return Path.of(d, name).toString();
            }
        }
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }
}
