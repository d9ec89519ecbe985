package org.provex.core.reproduce.launch.slurm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.formats.EnvironmentSnapshotReader;
import org.provex.core.settings.ClusterProfile;
import org.provex.core.reproduce.launch.RunResources;
import org.provex.core.settings.ClusterProfiles;
import org.provex.core.settings.Settings;
import org.provex.core.settings.SettingsStore;

/** Profile values are checked before they are stored; effective profiles say where each value came from. */
class ClusterProfileTest {

    @TempDir
    Path tmp;

    static ClusterProfile set(ClusterProfile p, String key, String... values) {
        return ProfileKey.of(key).orElseThrow().set(p, List.of(values));
    }

    @Test
    void goodValuesAreStoredAsGiven() {
        ClusterProfile p = ClusterProfile.EMPTY;
        p = set(p, "host", "me@login.hpc.example.edu");
        p = set(p, "remote_root", "/scratch/me/provex/");
        p = set(p, "partition", "gpu,gpu-long");
        p = set(p, "time-limit", "1-12:00:00");
        p = set(p, "memory", "32g");
        p = set(p, "cpus", "8");
        p = set(p, "gpus", "2");
        p = set(p, "extra_options", "--constraint=a100|h100", "--mail-type=END,FAIL");
        p = set(p, "modules", "cuda/12.1", "uv");
        p = set(p, "container_engine", "Apptainer");
        assertThat(p.host()).isEqualTo("me@login.hpc.example.edu");
        assertThat(p.remoteRoot()).isEqualTo("/scratch/me/provex");
        assertThat(p.memory()).isEqualTo("32G");
        assertThat(p.cpus()).isEqualTo(8);
        assertThat(p.extraOptions()).containsExactly("--constraint=a100|h100", "--mail-type=END,FAIL");
        assertThat(p.modules()).containsExactly("cuda/12.1", "uv");
        assertThat(p.containerEngine()).isEqualTo("apptainer");
        for (ProfileKey k : ProfileKey.values()) {
            assertThat(k.problem(p)).as(k.key()).isEmpty();
        }
        assertThat(set(p, "modules").modules()).isNull();
    }

    @Test
    void badValuesAreRefusedWithWhatTheKeyTakes() {
        ClusterProfile p = ClusterProfile.EMPTY;
        assertRefused(p, "host", "-oProxyCommand=touch pwned", "SSH destination");
        assertRefused(p, "host", "login host", "SSH destination");
        assertRefused(p, "remote_root", "~/provex", "'~' is not expanded");
        assertRefused(p, "remote_root", "relative/dir", "absolute path");
        assertRefused(p, "remote_root", "/scratch/../etc", "'..'");
        assertRefused(p, "remote_root", "/scratch/$(whoami)", "absolute path");
        assertRefused(p, "partition", "gpu;touch x", "partition name");
        assertRefused(p, "time_limit", "2 hours", "Slurm time");
        assertRefused(p, "memory", "lots", "32G");
        assertRefused(p, "cpus", "0", "from 1 to 4096");
        assertRefused(p, "gpus", "two", "whole number");
        assertRefused(p, "extra_options", "--output=/tmp/x", "Provex sets --output");
        assertRefused(p, "extra_options", "--partition=gpu", "partition key");
        assertRefused(p, "extra_options", "-p gpu", "sbatch option");
        assertRefused(p, "extra_options", "--comment=\"a b\"", "without spaces or quotes");
        assertRefused(p, "extra_options", "--x\n#SBATCH --wrap=evil", "control character");
        assertRefused(p, "modules", "cuda; rm -rf ~", "module name");
        assertRefused(p, "container_engine", "kubernetes", "apptainer, singularity, podman or docker");
        assertRefused(p, "poll_seconds", "1", "from 5");
        assertThatThrownBy(() -> set(p, "cpus", "1", "2")).hasMessageContaining("takes one value");
        assertThat(ProfileKey.of("nonsense")).isEmpty();
    }

    @Test
    void aHandEditedBadValueIsAProblemNotAScript() {
        ClusterProfile edited = new ClusterProfile(null, null, "gpu\n#SBATCH --x", null, null, null, null, null, null,
                null, null, null, null, null);
        ResolvedProfile r = ResolvedProfile.resolve(new ClusterProfiles(edited, java.util.Map.of()), "eye", null);
        assertThat(r.problems()).singleElement().asString().contains("partition").contains("cluster profile set "
                + "partition=");
    }

    @Test
    void aCatalogOverridesTheGlobalProfileFieldByFieldAndTheRunFillsResources() {
        ClusterProfile global = set(set(set(ClusterProfile.EMPTY, "host", "login"), "remote_root", "/s/p"),
                "partition", "cpu");
        ClusterProfile eye = set(set(ClusterProfile.EMPTY, "partition", "gpu"), "memory", "64G");
        ClusterProfiles all = ClusterProfiles.NONE.with(null, global).with("eye", eye);
        RunResources oneGpu = RunResources.of(EnvironmentSnapshotReader.read("env.txt", """
                {"gpu": {"available": true, "source": "nvidia-smi", "count": 4,
                         "devices": [{"name": "NVIDIA A100-SXM4-80GB", "memory_total": "81920 MiB",
                                      "driver_version": "550.54"}],
                         "torch": {"device_count": 1, "cuda_version": "12.1"}},
                 "os": {"environ": {"SLURM_CPUS_PER_TASK": "8", "SLURM_JOB_PARTITION": "a100"}}}
                """));
        ResolvedProfile r = ResolvedProfile.resolve(all, "eye", oneGpu);
        assertThat(r.profile().host()).isEqualTo("login");
        assertThat(r.profile().partition()).isEqualTo("gpu");
        assertThat(r.profile().memory()).isEqualTo("64G");
        assertThat(r.profile().gpus()).isEqualTo(1);
        assertThat(r.profile().cpus()).isEqualTo(8);
        assertThat(r.sources()).containsEntry(ProfileKey.HOST, ResolvedProfile.Source.GLOBAL)
                .containsEntry(ProfileKey.PARTITION, ResolvedProfile.Source.CATALOG)
                .containsEntry(ProfileKey.GPUS, ResolvedProfile.Source.RUN);
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).startsWith("gpus 1: the original run saw 1 CUDA GPU "
                + "(NVIDIA A100-SXM4-80GB)"))
                .anySatisfy(n -> assertThat(n).contains("partition a100"));
        assertThat(r.overSsh()).isTrue();
        assertThat(r.problems()).isEmpty();

        ResolvedProfile other = ResolvedProfile.resolve(all, "other", oneGpu);
        assertThat(other.profile().partition()).isEqualTo("cpu");
        ResolvedProfile pinned = ResolvedProfile.resolve(all.with("eye", set(eye, "gpus", "2")), "eye", oneGpu);
        assertThat(pinned.profile().gpus()).isEqualTo(2);
        assertThat(pinned.notes()).anySatisfy(n -> assertThat(n).startsWith("gpus 2 from the catalog profile, "
                + "although the original run saw 1"));
    }

    @Test
    void gpuDefaultsComeFromWhatTheRunRecorded() {
        assertThat(RunResources.of(EnvironmentSnapshotReader.read("e", "{\"os\": {\"environ\": "
                + "{\"SLURM_JOB_GPUS\": \"0,1\"}}}")).defaults()).singleElement()
                .satisfies(d -> assertThat(d.value()).isEqualTo(2));
        assertThat(RunResources.of(EnvironmentSnapshotReader.read("e", "{\"os\": {\"environ\": "
                + "{\"CUDA_VISIBLE_DEVICES\": \"0-3\"}}}")).defaults().get(0).value()).isEqualTo(4);
        assertThat(RunResources.of(EnvironmentSnapshotReader.read("e", "{\"gpu\": {\"available\": false}}"))
                .defaults().get(0).value()).isEqualTo(0);
        assertThat(RunResources.of(EnvironmentSnapshotReader.read("e", "{\"python\": {}}")).defaults()).isEmpty();
        assertThat(RunResources.of(null)).isEqualTo(RunResources.NONE);
    }

    @Test
    void profilesRoundTripThroughSettingsAndGoWithTheirCatalog() throws Exception {
        SettingsStore store = new SettingsStore(tmp.resolve("settings.json"));
        ClusterProfile g = set(set(ClusterProfile.EMPTY, "host", "login"), "modules", "cuda/12.1", "uv");
        Settings s = Settings.defaults().withCatalog(new Settings.CatalogEntry("eye", "https://h", "1"))
                .withCluster(ClusterProfiles.NONE.with(null, g).with("eye", set(ClusterProfile.EMPTY, "gpus", "1")));
        store.save(s);
        Settings back = store.load();
        assertThat(back).isEqualTo(s);
        assertThat(back.cluster().effective("eye").modules()).containsExactly("cuda/12.1", "uv");
        assertThat(back.withoutCatalog("eye").cluster().catalogs()).isEmpty();
        assertThat(back.withoutCatalog("eye").cluster().global()).isEqualTo(g);
    }

    private static void assertRefused(ClusterProfile p, String key, String value, String message) {
        assertThatThrownBy(() -> set(p, key, value)).as(key + "=" + value).isInstanceOf(InvalidProfileException.class)
                .hasMessageContaining(message);
    }
}
