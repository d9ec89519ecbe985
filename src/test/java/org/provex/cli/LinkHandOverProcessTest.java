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
import org.provex.core.instance.WindowLock;
import org.provex.core.links.RecordLink;
import org.provex.core.model.Rid;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code provex LINK} started as a real second process while a window of the same data directory listens, or while
 * another start (this test's process, holding the real operating-system lock) is opening that window: the process
 * hands the link over and ends instead of opening a window (it has no display here, so a window it tried to open
 * would fail the test).
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
            Process p = startWithLink();
            String printed = finish(p);
            assertThat(p.exitValue()).as(printed).isZero();
            assertThat(printed).contains("the open Provex window shows the link's record");
            assertReceived(received);
        }
    }

    @Test
    void aStartWithALinkWaitsForTheWindowThatAnotherStartIsOpening() throws Exception {
        List<RecordLink> received = new CopyOnWriteArrayList<>();
        // this process is the first of two starts in the same instant: it holds the lock, its window not yet listening
        WindowLock first = WindowLock.claim(home).orElseThrow();
        Process second = startWithLink();
        awaitPrinted(second, "waiting to give it the link");
        try (WindowInstance window = WindowInstance.listen(home, first, executor, received::add)) {
            String printed = finish(second);
            assertThat(second.exitValue()).as(printed).isZero();
            assertThat(printed).contains("the open Provex window shows the link's record");
            assertReceived(received);
        }
        // the window closed: its lock is free for the next start
        try (WindowLock next = WindowLock.claim(home).orElseThrow()) {
            assertThat(next).isNotNull();
        }
    }

    @Test
    void whenTheOtherStartEndsWithoutAWindowTheWaitingStartOpensItsOwn() throws Exception {
        WindowLock first = WindowLock.claim(home).orElseThrow();
        Process second = startWithLink();
        awaitPrinted(second, "waiting to give it the link");
        first.close();
        // it takes the lock and opens its own window, which fails here for want of a display
        String printed = finish(second);
        assertThat(second.exitValue()).as(printed).isEqualTo(1);
        assertThat(printed).contains("the window could not be opened");
    }

    private Process startWithLink() throws java.io.IOException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "https://data.example.org/chaise/record/#1/deriva-ml:Execution/RID=1-ABC4")
                .redirectError(err().toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("PROVEX_HOME", home.toString());
        pb.environment().remove("DISPLAY");
        return pb.start();
    }

    private Path err() {
        return home.resolve("err.txt");
    }

    /** Waits until the process has printed the text; fails at once if it ends first. */
    private void awaitPrinted(Process p, String text) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            if (Files.exists(err()) && printed().contains(text)) {
                return true;
            }
            assertThat(p.isAlive()).as(() -> "ended before printing '" + text + "': " + printed()).isTrue();
            return false;
        });
    }

    private String finish(Process p) throws Exception {
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return printed();
    }

    private String printed() {
        try {
            return Files.readString(err(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private static void assertReceived(List<RecordLink> received) {
        assertThat(received).singleElement().satisfies(link -> {
            assertThat(link.rid()).isEqualTo(Rid.of("1-ABC4"));
            assertThat(link.table()).isPresent();
        });
    }
}
