package org.provex.core.reproduce.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.reproduce.Check;

/** Container targets against stand-in engines: the image by digest, the configuration mounted read-only, stop. */
@DisabledOnOs(OS.WINDOWS)
class ContainerTargetTest {

    static final String IMAGE = "ghcr.io/lab/cifar@sha256:" + "ab".repeat(32);

    @TempDir
    Path tmp;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "container-test");
        t.setDaemon(true);
        return t;
    });

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private LaunchRequest request(ContainerRun run, int gpus) {
        Path ws = tmp.resolve("ws");
        RunResources resources = gpus == 0 ? RunResources.NONE : new RunResources(List.of(new RunResources.Default(
                RunResources.Resource.GPUS, gpus, "the original run saw a GPU")), List.of());
        return new LaunchRequest(List.of("docker", "run"), ws, StandIn.environment(tmp), ws.resolve("output.log"),
                new LaunchRequest.Workload("1-AS11-20261204-120000", "1-AS11", "demo", "d", ws, run, resources));
    }

    private ContainerRun run() {
        return new ContainerRun(IMAGE, List.of(new ContainerRun.Mount(tmp.resolve("ws/configuration.json"),
                "/provex/configuration.json", true)), List.of("deriva-ml-run", "x=$(touch pwned)"), false);
    }

    @Test
    void dockerRunsTheImageByDigestWithTheConfigurationReadOnlyAndTheOriginalsGpus() throws Exception {
        Files.createDirectories(tmp.resolve("ws"));
        StandIn.write(tmp, "docker", 0, 0);
        LaunchHandle h = new ContainerTarget(ContainerEngine.DOCKER).launch(request(run(), 1), null, pool);
        assertThat(h.completion().get(60, TimeUnit.SECONDS)).isZero();
        assertThat(StandIn.argv(tmp)).containsExactly("run", "--rm", "--name", "provex-1-AS11-20261204-120000",
                "--gpus", "all", "--mount", "type=bind,source=" + tmp.resolve("ws/configuration.json")
                        + ",target=/provex/configuration.json,readonly", IMAGE, "deriva-ml-run", "x=$(touch pwned)");
    }

    @Test
    void apptainerPullsTheDockerImageByDigestAndBindsReadOnly() {
        List<String> argv = new ContainerTarget(ContainerEngine.APPTAINER).preview(request(run(), 0)).argv();
        assertThat(argv).containsExactly("apptainer", "run", "--bind", tmp.resolve("ws/configuration.json")
                + ":/provex/configuration.json:ro", "docker://" + IMAGE, "deriva-ml-run", "x=$(touch pwned)");
    }

    @Test
    void preflightRefusesAScriptWorkflowAndChecksTheImageWithTheEngine() throws Exception {
        ContainerTarget docker = new ContainerTarget(ContainerEngine.DOCKER);
        assertThat(docker.preflight(request(null, 0))).singleElement().satisfies(c -> {
            assertThat(c.failed()).isTrue();
            assertThat(c.message()).contains("not a container image");
        });
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path fake = bin.resolve("docker");
        // not present locally (image inspect fails), but the registry has it (manifest inspect succeeds)
        Files.writeString(fake, "#!/bin/sh\n[ \"$1\" = manifest ] && exit 0\necho 'No such image' >&2\nexit 1\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(docker.preflight(request(run(), 0))).filteredOn(c -> c.id().equals("container_image"))
                .singleElement().satisfies(c -> {
                    assertThat(c.status()).isEqualTo(Check.Status.PASS);
                    assertThat(c.message()).contains("The registry has " + IMAGE);
                });
    }

    @Test
    void cancelStopsTheNamedContainerAsWellAsTheClient() throws Exception {
        Files.createDirectories(tmp.resolve("ws"));
        Path fake = Files.createDirectories(tmp.resolve("bin")).resolve("docker");
        // "stop" is recorded and answered at once; "run" waits for a child until it is ended
        Files.writeString(fake, "#!/bin/sh\nif [ \"$1\" = stop ]; then echo \"$@\" > '" + tmp.resolve("stop")
                + "'; exit 0; fi\nsleep 60 &\necho ready\nwait\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);
        LaunchHandle h = new ContainerTarget(ContainerEngine.DOCKER).launch(request(run(), 0), new LaunchListener() {
            @Override
            public void output(String line) {
                if (line.equals("ready")) {
                    ready.countDown();
                }
            }
        }, pool);
        assertThat(ready.await(60, TimeUnit.SECONDS)).isTrue();
        h.cancel();
        h.completion().get(60, TimeUnit.SECONDS);
        assertThat(h.cancelled()).isTrue();
        assertThat(Files.readString(tmp.resolve("stop")).strip()).isEqualTo("stop provex-1-AS11-20261204-120000");
    }
}
