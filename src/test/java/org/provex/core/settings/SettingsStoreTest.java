package org.provex.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void missingFileGivesDefaultsWithoutWarnings() {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        assertThat(store.load()).isEqualTo(Settings.defaults());
        assertThat(store.warnings()).isEmpty();
    }

    @Test
    void roundTripsEverySetting() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("nested/settings.json"));
        Settings s = Settings.defaults()
                .withCatalog(new Settings.CatalogEntry("eye-ai", "https://www.eye-ai.org", "2"))
                .withLastCatalog("eye-ai")
                .withRepositoryMapping("https://github.com/org/repo", "/home/me/src/repo")
                .withWindow(new Settings.WindowState(10, 20, 1280, 800, false, Map.of("executions", 0.62)));
        store.save(s);
        assertThat(store.load()).isEqualTo(s);
        try (var files = Files.list(dir.resolve("nested"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.json");
        }
    }

    @Test
    void corruptFileFallsBackToDefaultsAndIsKeptAside() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"catalogs\": [ {\"name\": \"x\"", StandardCharsets.UTF_8);
        SettingsStore store = new SettingsStore(file);
        assertThat(store.load()).isEqualTo(Settings.defaults());
        assertThat(store.warnings()).singleElement().asString().contains("damaged").contains("settings.json.corrupt");
        assertThat(dir.resolve("settings.json.corrupt")).hasContent("{\"catalogs\": [ {\"name\": \"x\"");
    }

    @Test
    void unknownKeysFromANewerVersionAreIgnored() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"lastCatalog\": \"demo\", \"futureOption\": 3}");
        assertThat(new SettingsStore(file).load().lastCatalog()).isEqualTo("demo");
    }

    @Test
    void windowStateWithoutAThemeStillLoadsAndTheThemeRoundTrips() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"window\": {\"x\": 1, \"y\": 2, \"width\": 900, \"height\": 600,"
                + " \"maximized\": true, \"dividers\": {\"executions\": 0.5}}}");
        SettingsStore store = new SettingsStore(file);
        Settings old = store.load();
        assertThat(old.window().width()).isEqualTo(900);
        assertThat(old.window().theme()).isNull();
        assertThat(old.window().dark()).isFalse();
        store.save(old.withWindow(old.window().withTheme(Settings.WindowState.DARK)));
        assertThat(store.load().window().dark()).isTrue();
        assertThat(store.load().window().dividers()).containsEntry("executions", 0.5);
    }

    @Test
    void dataDirectoryHonoursProvexHomeAndPerOsDefaults() {
        Path home = Path.of("/home/u");
        assertThat(DataDirectory.resolve(Map.of("PROVEX_HOME", "/tmp/px"), "Linux", home))
                .isEqualTo(Path.of("/tmp/px"));
        assertThat(DataDirectory.resolve(Map.of(), "Linux", home)).isEqualTo(Path.of("/home/u/.local/share/provex"));
        assertThat(DataDirectory.resolve(Map.of("XDG_DATA_HOME", "/x"), "Linux", home)).isEqualTo(Path.of("/x/provex"));
        assertThat(DataDirectory.resolve(Map.of(), "Mac OS X", home))
                .isEqualTo(Path.of("/home/u/Library/Application Support/Provex"));
        assertThat(DataDirectory.resolve(Map.of("APPDATA", "C:/Users/u/AppData/Roaming"), "Windows 11", home))
                .isEqualTo(Path.of("C:/Users/u/AppData/Roaming/Provex"));
    }

    @Test
    void catalogNamesMustBeSafeFolderNames() {
        DataDirectory data = new DataDirectory(dir);
        assertThat(data.cacheDatabase("eye-ai")).isEqualTo(dir.resolve("catalogs/eye-ai/cache.db"));
        assertThatThrownBy(() -> data.catalogDirectory("../etc")).hasMessageContaining("cannot be used");
        assertThatThrownBy(() -> data.catalogDirectory("a/b")).isInstanceOf(IllegalArgumentException.class);
    }
}
