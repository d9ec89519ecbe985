package org.provex.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.provex.core.diff.DiffFixtures.map;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.provex.core.formats.EnvironmentSnapshot;
import org.provex.core.formats.EnvironmentSnapshotReader;
import org.provex.core.formats.SecretMasker;
import org.provex.core.formats.UvLock;
import org.provex.core.formats.UvLockReader;

class DiffEnvironmentTest {

    private static EnvironmentSnapshot snapshot(Map<String, String> packages, String python,
                                                Map<String, String> environ, String gpu, String driver, String cuda) {
        return EnvironmentSnapshotReader.read("environment_snapshot_test.txt",
                DiffFixtures.env(packages, python, environ, gpu, driver, cuda));
    }

    @Test
    void aThousandPackagesAreClassifiedExactly() {
        Map<String, String> left = new TreeMap<>();
        for (int i = 0; i < 1_000; i++) {
            left.put(String.format("pkg-%04d", i), "1." + (i % 7) + ".0");
        }
        Map<String, String> right = new TreeMap<>(left);
        for (int i = 0; i < 10; i++) {
            right.put(String.format("pkg-%04d", i), "2.0.0");                 // major upgrades
        }
        for (int i = 10; i < 15; i++) {
            right.put(String.format("pkg-%04d", i), "0.9.0");                 // major downgrades
        }
        right.put("pkg-0020", "1.6.1");                                      // 1.6.0 -> 1.6.1: patch
        right.remove("pkg-0998");
        right.remove("pkg-0999");
        right.put("zz-new-a", "0.1");
        right.put("zz-new-b", "0.2");
        right.put("zz-new-c", "0.3");
        EnvironmentDiff d = EnvironmentDiff.of(snapshot(left, "3.12.4", Map.of(), "A100", "550.1", "12.4"),
                snapshot(right, "3.12.4", Map.of(), "A100", "550.1", "12.4"), false);
        assertThat(d.packages()).hasSize(21);
        assertThat(d.packages()).filteredOn(c -> c.state() == CellState.UPGRADED).hasSize(11);
        assertThat(d.packages()).filteredOn(c -> c.state() == CellState.DOWNGRADED).hasSize(5)
                .allSatisfy(c -> assertThat(c.level()).isEqualTo(VersionLevel.MAJOR));
        assertThat(d.packages()).filteredOn(c -> c.state() == CellState.REMOVED).extracting(FieldChange::label)
                .containsExactly("pkg-0998", "pkg-0999");
        assertThat(d.packages()).filteredOn(c -> c.state() == CellState.ADDED).extracting(FieldChange::right)
                .containsExactly("0.1", "0.2", "0.3");
        assertThat(d.packages()).filteredOn(c -> c.key().equals("pkg-0020")).extracting(FieldChange::level)
                .containsExactly(VersionLevel.PATCH);
        assertThat(d.platform()).isEmpty();
        assertThat(d.gpu()).isEmpty();
    }

    @Test
    void packageNamesMeetAcrossSpellingsAndOddVersionsAreClassified() {
        Map<String, String> left = map("PyYAML", "6.0.1", "torch", "2.1.0+cu121", "mylib",
                "git+https://github.com/org/mylib@3f2a1b", "Jinja2", "3.1.4");
        Map<String, String> right = map("pyyaml", "6.0.2", "torch", "2.1.0+cu124", "mylib", "0.4.0",
                "jinja2", "3.1.4");
        EnvironmentDiff d = EnvironmentDiff.of(snapshot(left, "3.11.9", Map.of(), "A100", "535.183.01", "12.1"),
                snapshot(right, "3.11.9", Map.of(), "A100", "535.183.01", "12.1"), false);
        assertThat(d.packages()).extracting(FieldChange::key, FieldChange::state, FieldChange::level).containsExactly(
                tuple("mylib", CellState.CHANGED, VersionLevel.OTHER),
                tuple("pyyaml", CellState.UPGRADED, VersionLevel.PATCH),
                tuple("torch", CellState.CHANGED, VersionLevel.LOCAL));
        assertThat(d.packages().get(2).how()).isEqualTo("changed (local build)");
    }

    @Test
    void pythonPlatformAndGpu() {
        EnvironmentDiff d = EnvironmentDiff.of(
                snapshot(Map.of(), "3.11.9", Map.of(), "NVIDIA A100-SXM4-80GB", "535.183.01", "12.1"),
                snapshot(Map.of(), "3.12.4", Map.of(), "NVIDIA GeForce RTX 4090", "550.127.05", "12.4"), false);
        assertThat(d.platform()).extracting(FieldChange::label, FieldChange::left, FieldChange::right,
                FieldChange::how).containsExactly(tuple("Python", "3.11.9", "3.12.4", "upgraded (minor)"));
        assertThat(d.gpu()).extracting(FieldChange::key, FieldChange::how).containsExactly(
                tuple("devices", "changed"), tuple("driver", "upgraded (major)"), tuple("cuda", "upgraded (minor)"));
        assertThat(d.gpu().get(0).right()).isEqualTo("1 × NVIDIA GeForce RTX 4090 (81920 MiB)");
    }

    @Test
    void variablesFoldNoiseAndMaskSecretsUnlessRevealed() {
        Map<String, String> left = map("PATH", "/a/bin", "PWD", "/a", "SHLVL", "1", "TERM_PROGRAM", "iTerm",
                "SLURM_JOB_ID", "100", "WANDB_API_KEY", "wandb-left-secret", "NOTES", "ok",
                "SSH_CONNECTION", "1.2.3.4 22", "OMP_NUM_THREADS", "8");
        Map<String, String> right = map("PATH", "/b/bin", "PWD", "/b", "SHLVL", "2", "TERM_PROGRAM", "vscode",
                "SLURM_JOB_ID", "200", "WANDB_API_KEY", "wandb-right-secret",
                "NOTES", "ghp_abcdefghijklmnopqrstuvwxyz0123456789", "OMP_NUM_THREADS", "8");
        EnvironmentSnapshot a = snapshot(Map.of(), "3.12.4", left, "A100", "550.1", "12.4");
        EnvironmentSnapshot b = snapshot(Map.of(), "3.12.4", right, "A100", "550.1", "12.4");
        EnvironmentDiff masked = EnvironmentDiff.of(a, b, false);
        assertThat(masked.variables()).extracting(FieldChange::key).containsExactly("NOTES", "PATH", "WANDB_API_KEY");
        assertThat(masked.foldedVariables()).extracting(FieldChange::key)
                .containsExactly("PWD", "SHLVL", "SLURM_JOB_ID", "SSH_CONNECTION", "TERM_PROGRAM");
        assertThat(masked.toString()).doesNotContain("wandb-left-secret", "wandb-right-secret", "ghp_abcdef");
        assertThat(masked.variables()).filteredOn(c -> c.key().equals("NOTES"))
                .extracting(FieldChange::left, FieldChange::right).containsExactly(tuple("ok", SecretMasker.MASK));
        assertThat(masked.variables()).filteredOn(c -> c.key().equals("WANDB_API_KEY"))
                .extracting(FieldChange::state).containsExactly(CellState.CHANGED);
        EnvironmentDiff revealed = EnvironmentDiff.of(a, b, true);
        assertThat(revealed.secretsRevealed()).isTrue();
        assertThat(revealed.toString()).contains("wandb-left-secret", "wandb-right-secret", "ghp_abcdef");
    }

    @Test
    void noiseListIsDocumentedAndKeepsTheVariablesThatMatter() {
        assertThat(List.of("PWD", "OLDPWD", "SHLVL", "_", "TERM", "TERM_SESSION_ID", "COLUMNS", "LINES", "SSH_TTY",
                "XDG_SESSION_ID", "DISPLAY", "SLURM_JOB_ID", "SLURM_JOBID")).allMatch(NoiseVariables::isNoise);
        assertThat(List.of("PATH", "HOME", "VIRTUAL_ENV", "CUDA_VISIBLE_DEVICES", "OMP_NUM_THREADS",
                "SLURM_JOB_PARTITION", "pwd")).noneMatch(NoiseVariables::isNoise);
    }

    @Test
    void uvLockByPackageVersionAndSource() {
        UvLock a = UvLockReader.read("uv.lock", """
                version = 1
                [[package]]
                name = "torch"
                version = "2.4.1"
                source = { registry = "https://packages.example.org/simple" }
                [[package]]
                name = "mylib"
                version = "0.3.0"
                source = { registry = "https://packages.example.org/simple" }
                [[package]]
                name = "tqdm"
                version = "4.66.5"
                source = { registry = "https://packages.example.org/simple" }
                """);
        UvLock b = UvLockReader.read("uv.lock", """
                version = 1
                [[package]]
                name = "torch"
                version = "2.5.1"
                source = { registry = "https://packages.example.org/simple" }
                [[package]]
                name = "mylib"
                version = "0.3.0"
                source = { git = "https://github.com/org/mylib?rev=main#3f2a1b9" }
                """);
        List<FieldChange> changes = EnvironmentDiff.uvLock(a, b);
        assertThat(changes).extracting(FieldChange::key, FieldChange::state).containsExactly(
                tuple("mylib", CellState.CHANGED), tuple("torch", CellState.UPGRADED),
                tuple("tqdm", CellState.REMOVED));
        assertThat(changes.get(0).right()).startsWith("0.3.0 [git+https://github.com/org/mylib");
    }
}
