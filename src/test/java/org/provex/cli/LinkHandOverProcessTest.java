package org.provex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.Launcher;
import org.provex.core.instance.WindowInstance;
import org.provex.core.links.RecordLink;
import org.provex.core.model.Rid;

/**
 * {@code provex LINK} started as a real second process while a window of the same data directory listens: the
 * process hands the link over and ends instead of opening a window (it has no display here, so a window it tried
 * to open would fail the test).
 */
class LinkHandOverProcessTest {

    @TempDir
    Path home;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void aSecondStartWithALinkHandsItToTheRunningWindowAndEnds() throws Exception {
        List<RecordLink> received = new CopyOnWriteArrayList<>();
        try (WindowInstance window = WindowInstance.listen(home, executor, received::add)) {
            Path err = home.resolve("err.txt");
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                    "https://data.example.org/chaise/record/#1/deriva-ml:Execution/RID=1-ABC4")
                    .redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("PROVEX_HOME", home.toString());
            pb.environment().remove("DISPLAY");
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            String printed = Files.readString(err, StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(printed).isZero();
            assertThat(printed).contains("the open Provex window shows the link's record");
            assertThat(received).singleElement().satisfies(link -> {
                assertThat(link.rid()).isEqualTo(Rid.of("1-ABC4"));
                assertThat(link.table()).isPresent();
            });
        }
    }
}
