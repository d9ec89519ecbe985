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
 * The execution detail on a synced live catalog whose metadata files did not all come home (the sync could not
 * fetch them): opening a run fetches its missing files first (verified, stored, parsed) and shows them; without the
 * server, or without access, the findings and the file viewer say which files are not downloaded and why.
 */
class MetadataFileFetchTest {

    /** A finished training run of the demo catalog, with an environment snapshot, uv.lock and Hydra files. */
    private static final Rid RUN = Rid.of("1-AS10");

    @TempDir
    Path dir;
    private LiveWindow w;
    private ExecutionDetailViewModel detail;

    @BeforeEach
    void syncedWithFilesMissing() throws Exception {
        w = new LiveWindow(dir);
        w.add("local");
        w.server.faults().failNext(100_000, 403, LiveWindow.ALL_BUT_CONFIGURATIONS);
        w.catalogs.sync().syncNow();
        w.server.reset();
        detail = new ExecutionDetailViewModel(w.ctx);
    }

    @AfterEach
    void close() {
        w.close();
    }

    private List<FileRow> notCached() {
        return detail.content().get().files().stream().filter(f -> !f.cached()).toList();
    }

    private void open() {
        detail.load(RUN);
        assertThat(detail.state().get()).isEqualTo(ExecutionDetailViewModel.State.LOADED);
    }

    @Test
    void openingARunFetchesItsMissingFilesFirst() {
        open();
        long fetched = w.server.count("^/hatrac/");
        assertThat(fetched).as("the run's environment snapshot, uv.lock and Hydra files").isPositive();
        assertThat(notCached()).isEmpty();
        assertThat(detail.content().get().findings()).noneMatch(f -> f.code().equals("not-downloaded"));

        FileRow environment = detail.content().get().files().stream().filter(FileRow::isEnvironment).findFirst()
                .orElseThrow();
        FileViewerModel files = detail.files();
        files.select(environment);
        assertThat(w.server.count("^/hatrac/")).as("read from the cache").isEqualTo(fetched);
        assertThat(files.message().get()).isNull();
        assertThat(files.environment().packages()).isNotEmpty();
    }

    @Test
    void offlineTheRunSaysWhichFilesAreNotDownloadedAndWhy() {
        w.server.close();
        open();
        assertThat(notCached()).isNotEmpty();
        assertThat(detail.content().get().findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("not-downloaded");
            assertThat(f.message()).startsWith("The environment snapshot (environment_snapshot_")
                    .contains("recorded in the catalog but not downloaded here: offline")
                    .endsWith("Sync the catalog when it is reachable.");
        });
        FileRow file = notCached().get(0);
        detail.files().select(file);
        assertThat(detail.files().message().get())
                .isEqualTo(file.name() + " is not downloaded here and the catalog cannot be reached (offline); sync"
                        + " when it is reachable to read it.");
        assertThat(detail.files().text().get()).isEmpty();
        assertThat(detail.files().loading().get()).isFalse();
    }

    @Test
    void aFileThatNeedsALoginSaysSo() {
        w.server.hatracAccess(DerivaTestServer.Access.LOGIN_REQUIRED);
        open();
        assertThat(detail.content().get().findings()).anySatisfy(f -> assertThat(f.message())
                .contains("not downloaded here: login needed").endsWith("Log in to the catalog's host, then sync."));
        FileRow file = notCached().get(0);
        detail.files().select(file);
        assertThat(detail.files().message().get()).startsWith("Could not fetch " + file.name() + " from the catalog")
                .contains("requires a login");
    }
}
