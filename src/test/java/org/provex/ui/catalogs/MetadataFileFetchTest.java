package org.provex.ui.catalogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.model.Rid;
import org.provex.testserver.DerivaTestServer;
import org.provex.ui.detail.DetailContent.FileRow;
import org.provex.ui.detail.ExecutionDetailViewModel;
import org.provex.ui.detail.FileViewerModel;

/**
 * The execution detail's file viewer on a synced live catalog: a metadata file the sync did not fetch is fetched
 * when selected (verified, stored, parsed), and without the server it says how to get it.
 */
class MetadataFileFetchTest {

    /** A finished training run of the demo catalog, with an environment snapshot, uv.lock and Hydra files. */
    private static final Rid RUN = Rid.of("1-AS10");

    @TempDir
    Path dir;
    private LiveWindow w;
    private ExecutionDetailViewModel detail;

    @BeforeEach
    void synced() throws Exception {
        w = new LiveWindow(dir);
        w.add("local");
        w.server.faults().failNext(100_000, 403, LiveWindow.ALL_BUT_CONFIGURATIONS);   // files missing after the sync
        w.catalogs.sync().syncNow();
        w.server.reset();
        detail = new ExecutionDetailViewModel(w.ctx);
        detail.load(RUN);
        assertThat(detail.state().get()).isEqualTo(ExecutionDetailViewModel.State.LOADED);
    }

    @AfterEach
    void close() {
        w.close();
    }

    private List<FileRow> notCached() {
        return detail.content().get().files().stream().filter(f -> !f.cached()).toList();
    }

    @Test
    void aFileNotCachedYetIsFetchedWhenSelected() {
        FileRow environment = notCached().stream().filter(FileRow::isEnvironment).findFirst().orElseThrow();
        long before = w.server.count("^/hatrac/");
        FileViewerModel files = detail.files();
        files.select(environment);
        assertThat(w.server.count("^/hatrac/")).isEqualTo(before + 1);
        assertThat(files.message().get()).isNull();
        assertThat(files.text().get()).isNotBlank();
        assertThat(files.masked().get()).isTrue();
        assertThat(files.environment().packages()).isNotEmpty();
        assertThat(files.fetched()).contains(environment.md5());

        files.select(null);
        files.select(environment);   // now read from the cache
        assertThat(w.server.count("^/hatrac/")).isEqualTo(before + 1);
        assertThat(files.text().get()).isNotBlank();
        assertThat(files.environment().packages()).isNotEmpty();
    }

    @Test
    void offlineItSaysTheFileIsNotCachedYet() {
        FileRow file = notCached().get(0);
        w.server.close();
        detail.files().select(file);
        assertThat(detail.files().message().get())
                .isEqualTo(file.name() + " is not cached; connect and sync to read it.");
        assertThat(detail.files().text().get()).isEmpty();
        assertThat(detail.files().loading().get()).isFalse();
    }

    @Test
    void aFileThatNeedsALoginSaysSo() {
        FileRow file = notCached().get(0);
        w.server.hatracAccess(DerivaTestServer.Access.LOGIN_REQUIRED);
        detail.files().select(file);
        assertThat(detail.files().message().get()).startsWith("Could not fetch " + file.name() + " from the catalog")
                .contains("requires a login");
    }
}
