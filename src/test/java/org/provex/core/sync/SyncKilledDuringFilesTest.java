package org.provex.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.demo.DemoCatalog;
import org.provex.core.demo.DemoCatalogGenerator;
import org.provex.core.demo.DemoOptions;
import tools.jackson.databind.node.ObjectNode;

/**
 * A first sync killed with SIGKILL while it downloads metadata files: the cache stays empty and intact, the bodies
 * verified so far stay usable, and the next sync downloads only the rest.
 */
class SyncKilledDuringFilesTest extends SyncFixture {

    @Test
    void killedWhileDownloadingFilesTheNextSyncFetchesOnlyWhatIsMissing() throws Exception {
        DemoCatalog demo = DemoCatalogGenerator.generate(DemoOptions.normal());
        server.publish(demo);
        Path file = dir.resolve("killed").resolve("cache.db");
        CacheDigest empty;
        try (CacheDatabase db = CacheDatabase.open(file)) {
            empty = CacheDigest.of(db);
        }
        server.faults().latency(Duration.ofMillis(150), "^/hatrac/");   // each file slow: the phase takes seconds
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SyncProcess.class.getName(), file.toString(),
                Integer.toString(server.port()), "full")).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("FILE 6")) {
                assertThat(line).doesNotStartWith("DONE").doesNotStartWith("FAILED");
            }
            assertThat(line).as("the child stored six files").isEqualTo("FILE 6");
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        server.faults().reset();
        server.reset();

        Set<String> md5s = demo.rowsOf("deriva-ml:Execution_Metadata").stream().map(r -> r.path("MD5").asString())
                .collect(Collectors.toSet());
        try (CacheDatabase db = CacheDatabase.open(file)) {
            assertThat(CacheDigest.of(db)).as("the killed sync committed no rows").isEqualTo(empty);
            List<ObjectNode> rows = demo.rowsOf("deriva-ml:Execution_Metadata");
            long kept = rows.stream().filter(r -> verified(db, r)).map(r -> r.path("MD5").asString()).distinct()
                    .count();
            assertThat(kept).as("verified bodies kept").isGreaterThanOrEqualTo(6).isLessThan(md5s.size());

            SyncReport next = syncNow(db);

            assertThat(next.kind()).isEqualTo(SyncReport.Kind.FULL);
            assertThat(next.files().alreadyStored()).isGreaterThanOrEqualTo(kept);
            assertThat(next.filesFetched()).isEqualTo(md5s.size() - kept);
            assertThat(server.count("^/hatrac/")).isEqualTo(md5s.size() - kept);
            assertThat(md5s).allMatch(md5 -> db.blobs().has(md5));
            assertThat(next.executions()).isEqualTo(demo.rowCount("deriva-ml:Execution"));
        }
    }

    private static boolean verified(CacheDatabase db, ObjectNode row) {
        try {
            return db.blobs().read(row.path("MD5").asString(), row.path("Length").asLong()).isPresent();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
