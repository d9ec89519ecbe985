package org.provex.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the app image that {@code mvn -Ppackage package} built, as an installed Provex: its own launcher and jlink'd
 * runtime, no JDK, no display. Checks the Linux installers' contents where they were built. Runs only in the
 * package profile.
 */
class PackagedAppIT {

    private static final Path IMAGE = Path.of(System.getProperty("provex.image", "target/jpackage/provex"));
    private static final Path INSTALLERS = Path.of(System.getProperty("provex.installers", "target/jpackage"));

    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {
    }

    private Result run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("PROVEX_HOME", dir.resolve("home").toString());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().remove("JAVA_HOME");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.redirectOutput(dir.resolve("out.txt").toFile());
        pb.redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
        return new Result(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private static Path launcher() {
        Path linux = IMAGE.resolve("bin/provex");
        Path windows = IMAGE.resolve("provex-cli.exe");
        Path mac = IMAGE.resolve("Contents/MacOS/Provex");
        return Stream.of(linux, windows, mac).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new AssertionError("no launcher in " + IMAGE + ": run mvn -B -Ppackage package"));
    }

    @Test
    void theImageRunsTheCommandLineOnItsOwnRuntime() throws Exception {
        Path provex = launcher();

        Result version = run(List.of(provex.toString(), "--version"));
        assertThat(version.exit()).as(version.err()).isZero();
        List<String> lines = version.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("Provex ").doesNotContain("unknown");
        assertThat(lines.get(1)).startsWith("Build commit: ");
        assertThat(lines.get(2)).as("the bundled runtime, not a JDK from the environment")
                .startsWith("Java: " + System.getProperty("java.version"));
        assertThat(lines.get(3)).startsWith("JavaFX: 21.");

        Result list = run(List.of(provex.toString(), "executions", "--limit", "1", "--format", "json"));
        assertThat(list.exit()).as(list.err()).isZero();
        JsonNode rows = JsonMapper.builder().build().readTree(list.out());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("rid").asString()).matches("[0-9A-Z]+(-[0-9A-Z]{4})*");
        assertThat(dir.resolve("home/catalogs/demo/cache.db")).as("data stays in the data directory").exists();

        Result text = run(List.of(provex.toString(), "executions", "--limit", "1"));
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out().lines().count()).as("a header and one run").isEqualTo(2);

        String rid = rows.get(0).get("rid").asString();
        Result open = run(List.of(provex.toString(), "open", "https://demo.provex.invalid/id/1/" + rid));
        assertThat(open.exit()).as(open.err()).isZero();
        assertThat(open.out()).contains(rid);
        Result badLink = run(List.of(provex.toString(), "provex:https://demo.provex.invalid/id/1/not-a-rid!"));
        assertThat(badLink.exit()).as("a bad link from the desktop is refused before any window").isEqualTo(2);
        assertThat(badLink.err()).contains("is not a RID");
    }

    @Test
    void theRuntimeHoldsOnlyTheModulesProvexNeeds() throws Exception {
        Path release = Stream.of(IMAGE.resolve("lib/runtime/release"), IMAGE.resolve("runtime/release"),
                IMAGE.resolve("Contents/runtime/Contents/Home/release")).filter(Files::exists).findFirst()
                .orElseThrow();
        String modules = Files.readAllLines(release).stream().filter(l -> l.startsWith("MODULES="))
                .findFirst().orElseThrow();
        assertThat(modules).contains("java.base", "java.sql", "java.desktop", "jdk.jsobject")
                .doesNotContain("jdk.compiler", "jdk.jshell", "java.rmi", "jdk.httpserver");
    }

    @Test
    void theDebianPackageInstallsTheLauncherDesktopEntryAndPathLink() throws Exception {
        Path deb;
        try (Stream<Path> files = Files.list(INSTALLERS)) {
            deb = files.filter(f -> f.getFileName().toString().endsWith(".deb")).findFirst().orElse(null);
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(deb != null, "no .deb was built on this platform");
        Result contents = run(List.of("dpkg-deb", "--contents", deb.toString()));
        assertThat(contents.exit()).as(contents.err()).isZero();
        assertThat(contents.out()).contains("./opt/provex/bin/provex", "./opt/provex/lib/provex-provex.desktop",
                "./opt/provex/lib/provex.png", "./opt/provex/lib/app/provex.jar");
        Path control = dir.resolve("control");
        Result extract = run(List.of("dpkg-deb", "--control", deb.toString(), control.toString()));
        assertThat(extract.exit()).as(extract.err()).isZero();
        assertThat(Files.readString(control.resolve("postinst")))
                .contains("ln -sf /opt/provex/bin/provex /usr/bin/provex", "xdg-desktop-menu install");
        assertThat(Files.readString(control.resolve("prerm"))).contains("rm -f /usr/bin/provex");
        Path root = dir.resolve("root");
        Result unpack = run(List.of("dpkg-deb", "--extract", deb.toString(), root.toString()));
        assertThat(unpack.exit()).as(unpack.err()).isZero();
        String desktop = Files.readString(root.resolve("opt/provex/lib/provex-provex.desktop"));
        assertThat(desktop).contains("Name=Provex", "Exec=/opt/provex/bin/provex %u",
                "Icon=/opt/provex/lib/provex.png", "Categories=Science;Development;",
                "MimeType=x-scheme-handler/provex;");
    }
}
