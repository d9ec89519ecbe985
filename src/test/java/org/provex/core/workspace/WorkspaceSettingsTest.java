package org.provex.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.settings.DataDirectory;
import org.provex.core.settings.Settings;

/** The window and a command share one data directory: neither's settings change undoes the other's. */
class WorkspaceSettingsTest {

    @TempDir
    Path home;

    @Test
    void aChangeSavedByTheWindowKeepsWhatACommandSavedSinceTheWindowStarted() throws Exception {
        Workspace window = new Workspace(new DataDirectory(home));
        window.updateSettings(s -> s.withCatalog(new Settings.CatalogEntry("old", "https://old.example.org", "1")));

        Workspace command = new Workspace(new DataDirectory(home));
        command.updateSettings(s -> s.withCatalog(new Settings.CatalogEntry("prod", "https://www.example.org", "2"))
                .withoutCatalog("old").withRepositoryMapping("https://github.com/org/repo", "/home/me/repo"));

        window.updateSettings(s -> s.withWindow(new Settings.WindowState(1, 2, 1200, 800, false, Map.of())));

        Settings saved = new Workspace(new DataDirectory(home)).settings();
        assertThat(saved.catalogs()).extracting(Settings.CatalogEntry::name).containsExactly("prod");
        assertThat(saved.repositoryMappings()).containsKey("https://github.com/org/repo");
        assertThat(saved.window()).isNotNull();
        assertThat(window.settings()).as("the window now knows the command's change").isEqualTo(saved);
    }

    @Test
    void aSettingsFileDamagedSinceTheStartIsReplacedByThisProcesssCopyWithTheChange() throws Exception {
        Workspace window = new Workspace(new DataDirectory(home));
        window.updateSettings(s -> s.withCatalog(new Settings.CatalogEntry("prod", "https://www.example.org", "2")));
        Path file = new DataDirectory(home).settingsFile();
        Files.writeString(file, "{\"catalogs\": [");

        window.updateSettings(s -> s.withLastCatalog("prod"));

        Settings saved = new Workspace(new DataDirectory(home)).settings();
        assertThat(saved.catalogs()).extracting(Settings.CatalogEntry::name).containsExactly("prod");
        assertThat(saved.lastCatalog()).isEqualTo("prod");
        assertThat(file.resolveSibling("settings.json.corrupt")).hasContent("{\"catalogs\": [");
    }
}
