package org.provex.core.reproduce.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.reproduce.Check;

/** The local target against a stand-in program on a PATH of the test's own. */
@DisabledOnOs(OS.WINDOWS)
class LocalTargetTest {

    @TempDir
    Path tmp;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "launch-test");
        t.setDaemon(true);
        return t;
    });

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** Collects what a launch reports. */
    static final class Recorder implements LaunchListener {
        final List<String> lines = new CopyOnWriteArrayList<>();
        final CountDownLatch ready = new CountDownLatch(1);
        volatile int exit = Integer.MIN_VALUE;
        volatile boolean cancelled;

        @Override
        public void output(String line) {
            lines.add(line);
            if (line.equals("ready")) {
                ready.countDown();
            }
        }

        @Override
        public void exited(int exitCode, boolean wasCancelled) {
            exit = exitCode;
            cancelled = wasCancelled;
        }
    }

    private LaunchRequest request(List<String> argv, Path cwd) {
        return new LaunchRequest(argv, cwd, StandIn.environment(tmp), tmp.resolve("out/output.log"));
    }

    @Test
    void runsTheExactArgumentListInItsFolderWithItsEnvironmentAndStreamsTheOutput() throws Exception {
        StandIn.write(tmp, "uv", 0, 0);
        Path cwd = Files.createDirectories(tmp.resolve("checkout"));
        List<String> argv = List.of("uv", "run", "--frozen", "deriva-ml-run", "+experiment=a b", "x=$(touch pwned)",
                "y=`touch pwned2`; rm -rf /", "z='quoted' \"double\"", "w=*", "");
        Recorder rec = new Recorder();
        LaunchHandle h = new LocalTarget().launch(request(argv, cwd), rec, pool);
        assertThat(h.completion().get(60, TimeUnit.SECONDS)).isZero();
        assertThat(StandIn.argv(tmp)).containsExactlyElementsOf(argv.subList(1, argv.size()));
        assertThat(StandIn.recorded(tmp, "cwd")).isEqualTo(cwd.toRealPath().toString());
        assertThat(StandIn.recorded(tmp, "mark")).isEqualTo("from-the-launch-environment");
        assertThat(cwd.resolve("pwned")).doesNotExist();
        assertThat(cwd.resolve("pwned2")).doesNotExist();
        assertThat(rec.lines).containsExactly("uv stand-in started", "to stderr", "uv stand-in finished");
        assertThat(rec.exit).isZero();
        assertThat(rec.cancelled).isFalse();
        assertThat(h.exitCode()).hasValue(0);
        assertThat(h.isRunning()).isFalse();
        assertThat(h.recentOutput()).containsExactlyElementsOf(rec.lines);
        assertThat(Files.readAllLines(tmp.resolve("out/output.log"))).containsExactlyElementsOf(rec.lines);
    }

    @Test
    void recordsANonZeroExitCode() throws Exception {
        StandIn.write(tmp, "uv", 3, 0);
        Recorder rec = new Recorder();
        LaunchHandle h = new LocalTarget().launch(request(List.of("uv", "run"), tmp), rec, pool);
        assertThat(h.completion().get(60, TimeUnit.SECONDS)).isEqualTo(3);
        assertThat(rec.exit).isEqualTo(3);
        assertThat(h.exitCode()).hasValue(3);
    }

    @Test
    void cancelEndsTheWholeProcessTree() throws Exception {
        StandIn.write(tmp, "uv", 0, 300);
        Recorder rec = new Recorder();
        LaunchHandle h = new LocalTarget().launch(request(List.of("uv", "run"), tmp), rec, pool);
        assertThat(rec.ready.await(60, TimeUnit.SECONDS)).as("the stand-in started its child").isTrue();
        long child = Long.parseLong(StandIn.recorded(tmp, "child.pid"));
        assertThat(ProcessHandle.of(child)).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());
        h.cancel();
        h.completion().get(60, TimeUnit.SECONDS);
        assertThat(ProcessHandle.of(h.pid()).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false)).as("the child is ended too")
                .isFalse();
        assertThat(h.cancelled()).isTrue();
        assertThat(rec.cancelled).isTrue();
        assertThat(rec.lines).doesNotContain("uv stand-in finished");
    }

    @Test
    void aMissingProgramFailsThePreflightAndTheLaunchWithAFix() {
        LaunchRequest r = request(List.of("provex-missing-tool", "run"), tmp);
        List<Check> checks = new LocalTarget().preflight(r);
        assertThat(checks).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(Check.Status.FAIL);
            assertThat(c.fix()).contains("provex-missing-tool").contains("PATH");
        });
        assertThatThrownBy(() -> new LocalTarget().launch(r, new Recorder(), pool)).isInstanceOf(IOException.class)
                .hasMessageContaining("provex-missing-tool was not found on PATH");
    }

    @Test
    void theProgramIsLookedUpOnTheLaunchEnvironmentsPathNotProvexsOwn() throws Exception {
        StandIn.write(tmp, "provex-standin-only-here", 0, 0);
        assertThat(Executables.find("provex-standin-only-here", System.getenv())).isEmpty();
        assertThat(Executables.find("provex-standin-only-here", StandIn.environment(tmp))).isPresent();
        assertThat(Executables.find("../bin/sh", StandIn.environment(tmp))).isEmpty();
        Map<String, String> none = Map.of();
        assertThat(Executables.find("sh", none)).isEmpty();
    }
}
