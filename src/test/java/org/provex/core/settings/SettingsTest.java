package org.provex.core.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static final ClusterProfile PROFILE = new ClusterProfile("me@login.example.org", "/scratch/me", "gpu",
            null, null, "2:00:00", "32G", 8, 1, "a100", List.of("--constraint=a100"), List.of("cuda/12.1"), null, 30);

    private static Settings full() {
        return Settings.defaults()
                .withCatalog(new Settings.CatalogEntry("eye-ai", "https://www.eye-ai.org", "2"))
                .withLastCatalog("eye-ai")
                .withRepositoryMapping("https://github.com/org/repo", "/home/me/src/repo")
                .withRepositoryMapping("https://github.com/org/other", "/home/me/src/other")
                .withWindow(new Settings.WindowState(10, 20, 1280, 800, false, Map.of("executions", 0.62)))
                .withCluster(new ClusterProfiles(PROFILE, Map.of()));
    }

    @Test
    void removingARepositoryMappingKeepsEveryOtherSetting() {
        Settings before = full();
        Settings after = before.withoutRepositoryMapping("https://github.com/org/other");
        assertThat(after.repositoryMappings()).containsOnlyKeys("https://github.com/org/repo");
        assertThat(after.cluster()).as("the cluster profiles survive").isEqualTo(before.cluster());
        assertThat(after.catalogs()).isEqualTo(before.catalogs());
        assertThat(after.lastCatalog()).isEqualTo(before.lastCatalog());
        assertThat(after.window()).isEqualTo(before.window());
    }

    @Test
    void everyOtherChangeKeepsTheClusterProfiles() {
        Settings before = full();
        for (Settings after : List.of(before.withLastCatalog(null), before.withWindow(null),
                before.withRepositoryMapping("https://github.com/org/third", "/home/me/src/third"),
                before.withCatalog(new Settings.CatalogEntry("other", "https://example.org", "1")),
                before.withoutCatalog("other"))) {
            assertThat(after.cluster()).isEqualTo(before.cluster());
        }
    }
}
