package org.provex.core.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.provex.core.formats.TestFiles.SNAPSHOT;
import static org.provex.core.formats.TestFiles.fixture;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EnvironmentSnapshotReaderTest {

    @Test
    void readsTheRealFixture() {
        EnvironmentSnapshot s = EnvironmentSnapshotReader.read(SNAPSHOT, fixture(SNAPSHOT));

        assertThat(s.isPlainText()).isFalse();
        assertThat(s.packages()).hasSize(81)
                .containsEntry("torch", "2.5.1")
                .containsKeys("Jinja2", "SQLAlchemy", "deriva-ml", "nvidia-cudnn-cu12");
        // case-insensitive order: Jinja2 sits among the j's, not before every lower-case name
        assertThat(s.packages().headMap("Jinja2")).doesNotContainKey("jmespath").containsKey("bagit");
        assertThat(s.python()).isEqualTo(new EnvironmentSnapshot.Python("3.11.7", "CPython", "GCC 12.2.0",
                "/home/researcher/cifar10-model/.venv/bin/python3"));
        assertThat(s.platform()).isEqualTo(new EnvironmentSnapshot.Platform("Linux", "6.1.0-31-amd64", "x86_64",
                "a100-node-07", "Linux-6.1.0-31-amd64-x86_64-with-glibc2.36", "Debian GNU/Linux 12 (bookworm)"));
        EnvironmentSnapshot.Gpu gpu = s.gpu();
        assertThat(gpu.available()).isTrue();
        assertThat(gpu.source()).isEqualTo("nvidia-smi");
        assertThat(gpu.devices()).containsExactly(
                new EnvironmentSnapshot.GpuDevice("NVIDIA A100-SXM4-80GB", "81920 MiB", "550.127.05"));
        assertThat(gpu.cudaVersion()).isEqualTo("12.4");
        assertThat(gpu.cudnnVersion()).isEqualTo("90100");
        assertThat(gpu.probeError()).isEmpty();
        assertThat(s.environment()).hasSize(16).containsEntry("SLURM_JOB_PARTITION", "gpu-a100");
        assertThat(s.argv()).containsExactly("/home/researcher/cifar10-model/.venv/bin/deriva-ml-run",
                "+experiment=cifar10_extended", "deriva_ml.catalog_id=16", "deriva_ml.hostname=127.0.0.1:8080");
        assertThat(s.cwd()).isEqualTo("/home/researcher/cifar10-model");
        assertThat(s.sysPath()).hasSize(5).first().isEqualTo("/home/researcher/cifar10-model/.venv/bin");
        assertThat(s.raw().path("site").path("ENABLE_USER_SITE").isBoolean()).isTrue();
    }

    @Test
    void awsSecretsInTheFixtureAreMasked() {
        EnvironmentSnapshot s = EnvironmentSnapshotReader.read(SNAPSHOT, fixture(SNAPSHOT));

        assertThat(SecretMasker.isSecretName("AWS_SECRET_ACCESS_KEY")).isTrue();
        assertThat(s.environment().get("AWS_SECRET_ACCESS_KEY")).startsWith("FAKE-");
        assertThat(s.maskedEnvironment())
                .containsEntry("AWS_SECRET_ACCESS_KEY", SecretMasker.MASK)
                .containsEntry("AWS_ACCESS_KEY_ID", SecretMasker.MASK)
                .containsEntry("HOME", "/home/researcher")
                .containsEntry("PWD", "/home/researcher/cifar10-model")
                .containsEntry("WANDB_MODE", "offline")
                .hasSize(16);
        assertThat(s.maskedEnvironment().values()).noneMatch(v -> v.contains("FAKE") || v.contains("AKIA"));
    }

    @Test
    void missingAndOddSectionsAreEmpty() {
        EnvironmentSnapshot s = EnvironmentSnapshotReader.read("environment_snapshot_x.txt", """
                {"imports": {"numpy": "2.1.3", "odd": null, "weird": [1]}, "os": "not an object",
                 "platform": {"system": "Darwin", "freedesktop_os_release": null},
                 "gpu": {"available": false, "probe_error": "nvidia-smi not found", "devices": "none"},
                 "sys": {"argv": "run.py"}, "sys_path": {"a": 1}, "float": NaN}""");

        assertThat(s.packages()).containsEntry("numpy", "2.1.3").containsEntry("odd", "").containsEntry("weird", "[1]");
        assertThat(s.environment()).isEmpty();
        assertThat(s.cwd()).isEmpty();
        assertThat(s.platform().system()).isEqualTo("Darwin");
        assertThat(s.platform().osPrettyName()).isEmpty();
        assertThat(s.python()).isEqualTo(EnvironmentSnapshot.Python.EMPTY);
        assertThat(s.gpu()).isEqualTo(
                new EnvironmentSnapshot.Gpu(false, "", java.util.List.of(), "", "", "nvidia-smi not found"));
        assertThat(s.argv()).isEmpty();
        assertThat(s.sysPath()).isEmpty();

        EnvironmentSnapshot empty = EnvironmentSnapshotReader.read("environment_snapshot_x.txt", "{}");
        assertThat(empty.packages()).isEmpty();
        assertThat(empty.gpu()).isEqualTo(EnvironmentSnapshot.Gpu.EMPTY);
        assertThat(empty.platform()).isEqualTo(EnvironmentSnapshot.Platform.EMPTY);
        assertThat(empty.plainText()).isEmpty();
    }

    @Test
    void olderPlainTextSnapshotIsKeptAsText() {
        byte[] bytes = TestFiles.sample("environment_snapshot_20230301_101010.txt");

        EnvironmentSnapshot s = EnvironmentSnapshotReader.read("environment_snapshot_20230301_101010.txt", bytes);

        assertThat(s.isPlainText()).isTrue();
        assertThat(s.plainText()).contains(new String(bytes, StandardCharsets.UTF_8));
        assertThat(s.packages()).isEmpty();
        assertThat(s.environment()).isEmpty();
        assertThat(s.raw().isMissingNode()).isTrue();
    }

    @Test
    void truncatedSnapshotIsReportedWithLineAndColumn() {
        byte[] real = fixture(SNAPSHOT);
        byte[] half = Arrays.copyOf(real, real.length / 2);

        assertThatThrownBy(() -> EnvironmentSnapshotReader.read(SNAPSHOT, half))
                .isInstanceOfSatisfying(MetadataFormatException.class, e -> {
                    assertThat(e.fileName()).isEqualTo(SNAPSHOT);
                    assertThat(e.line()).hasValue(1);
                    assertThat(e.column()).isPresent();
                    assertThat(e.getMessage()).startsWith(SNAPSHOT + " is not valid JSON at line 1, column ")
                            .contains("the file looks truncated");
                });
    }

    @Test
    void jsonThatIsNotAnObjectOrIsEmptyIsAnError() {
        assertThatThrownBy(() -> EnvironmentSnapshotReader.read("environment_snapshot_x.txt", "[1, 2]"))
                .isInstanceOfSatisfying(MetadataFormatException.class,
                        e -> assertThat(e.location()).isEqualTo("top level"));
        assertThatThrownBy(() -> EnvironmentSnapshotReader.read("environment_snapshot_x.txt", " \n"))
                .isInstanceOf(MetadataFormatException.class)
                .hasMessageContaining("is empty");
    }
}
