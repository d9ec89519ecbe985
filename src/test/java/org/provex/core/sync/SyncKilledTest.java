package org.provex.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.demo.DemoCatalog;
import org.provex.core.demo.DemoCatalogGenerator;
import org.provex.core.demo.DemoOptions;

/**
 * A sync process killed with SIGKILL inside its write transaction leaves the cache file intact and exactly as it
 * was, and the next sync completes: once while a full sync is reading the tables into the file it builds aside, once
 * when that file is complete but not yet copied into the cache, once while an incremental sync rebuilds the
 * provenance tables.
 */
class SyncKilledTest extends SyncFixture {

    private Path file;
    private CacheDigest before;
    private DemoChanges changes;

    @BeforeEach
    void cacheHoldsTheFirstSnapshot() throws IOException {
        DemoCatalog demo = DemoCatalogGenerator.generate(DemoOptions.normal());
        server.publish(demo);
        file = dir.resolve("killed").resolve("cache.db");
        try (CacheDatabase db = CacheDatabase.open(file)) {
            syncNow(db);
            before = CacheDigest.of(db);
        }
        changes = new DemoChanges(demo, Duration.ofDays(1));
        server.publish(changes.state);
    }

    @Test
    void killedWhileAFullSyncRereadsTheTables() throws Exception {
        server.faults().latency(Duration.ofMillis(100));   // small pages, each slow: the sync takes seconds
        killAt("full", "TABLE 6");
        assertUnchangedThenCompletes();
    }

    @Test
    void killedWhileAnIncrementalSyncRebuildsTheCache() throws Exception {
        killAt("incremental", "STEP Updating the cache");
        assertUnchangedThenCompletes();
    }

    @Test
    void killedWhenAFullSyncHasBuiltTheNewContentButNotCopiedItIn() throws Exception {
        killAt("full", "STEP Saving the cache", "Saving the cache");
        Path build = file.resolveSibling(file.getFileName() + ".build");
        assertThat(build).as("the new content, built aside").exists();
        assertUnchangedThenCompletes();
        assertThat(build).as("removed when the cache is next opened").doesNotExist();
    }

    private void killAt(String mode, String mark, String... pauseAt) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                "java").toString(), "-cp", System.getProperty("java.class.path"), SyncProcess.class.getName(),
                file.toString(), Integer.toString(server.port()), mode));
        command.addAll(List.of(pauseAt));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals(mark)) {
                assertThat(line).doesNotStartWith("DONE").doesNotStartWith("FAILED");
            }
            assertThat(line).as("the child reached " + mark).isEqualTo(mark);
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        server.faults().reset();
    }

    private void assertUnchangedThenCompletes() throws IOException {
        try (CacheDatabase db = CacheDatabase.open(file)) {
            String integrity = db.read(c -> {
                try (var rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
                    return rs.next() ? rs.getString(1) : "";
                }
            });
            assertThat(integrity).isEqualTo("ok");
            assertThat(CacheDigest.of(db)).isEqualTo(before);
            SyncReport next = syncNow(db);
            assertThat(next.kind()).isEqualTo(SyncReport.Kind.INCREMENTAL);
            assertThat(next.snaptime()).isEqualTo(changes.state.at());
        }
    }
}
