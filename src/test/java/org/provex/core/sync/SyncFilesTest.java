package org.provex.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.catalog.http.CatalogException;
import org.provex.core.demo.DemoCatalog;
import org.provex.core.demo.DemoCatalogGenerator;
import org.provex.core.demo.DemoOptions;
import tools.jackson.databind.node.ObjectNode;

/** The file phase of a sync: every metadata file brought home, verified, once per MD5; failures named, never fatal. */
class SyncFilesTest extends SyncFixture {

    private static final DemoCatalog DEMO = DemoCatalogGenerator.generate(DemoOptions.normal());
    private static final List<ObjectNode> METADATA = DEMO.rowsOf("deriva-ml:Execution_Metadata");

    @Test
    void aSyncBringsEveryMetadataFileHomeOncePerMd5() throws IOException {
        server.publish(DEMO);
        CacheDatabase db = cache("all");
        SyncReport report = syncNow(db);

        Set<String> md5s = METADATA.stream().map(r -> r.path("MD5").asString()).collect(Collectors.toSet());
        assertThat(report.files().failed()).isZero();
        assertThat(report.filesFetched()).isEqualTo(md5s.size());
        assertThat(report.bytesFetched()).isEqualTo(METADATA.stream().collect(Collectors.toMap(
                r -> r.path("MD5").asString(), r -> r.path("Length").asLong(), (a, b) -> a)).values().stream()
                .mapToLong(Long::longValue).sum());
        assertThat(md5s).allMatch(md5 -> db.blobs().has(md5));
        assertThat(server.count("^/hatrac/Execution_Metadata/")).isEqualTo(md5s.size());
        assertThat(server.count("^/hatrac/Execution_Asset/")).as("large assets stay on demand").isZero();
    }

    @Test
    void withoutFilesOnlyTheConfigurationsComeAndTheNextSyncWithFilesBringsTheRest() throws IOException {
        server.publish(DEMO);
        CacheDatabase db = cache("configs");
        SyncReport report = sync(db, 500, false).sync(SyncListener.NONE, () -> false);
        long configurations = METADATA.stream().filter(r -> r.path("Filename").asString().equals("configuration.json"))
                .map(r -> r.path("MD5").asString()).distinct().count();
        assertThat(report.filesFetched()).isEqualTo(configurations);
        server.reset();

        SyncReport unchanged = syncNow(db);

        assertThat(unchanged.kind()).isEqualTo(SyncReport.Kind.UNCHANGED);
        assertThat(unchanged.filesFetched()).isEqualTo(METADATA.stream().map(r -> r.path("MD5").asString())
                .distinct().count() - configurations);
        assertThat(server.count("^/ermrest/")).as("the rows are not read again").isEqualTo(1);
        server.reset();
        assertThat(syncNow(db).requests()).as("once everything is home, one request again").isEqualTo(1);
    }

    @Test
    void aForbiddenAndACorruptFileAmongManyAreNamedAndTheRestIsCached() throws IOException {
        server.publish(DEMO);
        ObjectNode forbidden = row("environment_snapshot_");
        ObjectNode corrupt = row("-config.yaml");
        server.faults().failNext(1_000, 403, Pattern.quote(forbidden.path("URL").asString()));
        server.faults().corruptFiles(Pattern.quote(corrupt.path("URL").asString()));
        CacheDatabase db = cache("faulty");

        SyncReport report = syncNow(db);

        assertThat(report.kind()).isEqualTo(SyncReport.Kind.FULL);
        assertThat(report.executions()).isEqualTo(DEMO.rowCount("deriva-ml:Execution"));
        assertThat(report.files().failed()).isEqualTo(2);
        Map<String, CatalogException> failures = report.files().failures().stream().collect(Collectors.toMap(
                f -> f.file().filename(), MetadataFiles.Failure::error));
        assertThat(failures.get(forbidden.path("Filename").asString()))
                .isInstanceOf(CatalogException.Forbidden.class).hasMessageContaining("no access");
        assertThat(failures.get(corrupt.path("Filename").asString()))
                .isInstanceOf(CatalogException.ChecksumMismatch.class);
        assertThat(server.count(Pattern.quote(corrupt.path("URL").asString()))).as("retried").isEqualTo(3);
        assertThat(db.blobs().has(forbidden.path("MD5").asString())).isFalse();
        assertThat(db.blobs().has(corrupt.path("MD5").asString())).isFalse();
        Set<String> others = METADATA.stream().map(r -> r.path("MD5").asString())
                .filter(m -> !m.equals(forbidden.path("MD5").asString()) && !m.equals(corrupt.path("MD5").asString()))
                .collect(Collectors.toSet());
        assertThat(others).isNotEmpty().allMatch(md5 -> db.blobs().has(md5));
        assertThat(report.filesFetched()).isEqualTo(others.size());

        server.reset();
        SyncReport next = syncNow(db);
        assertThat(next.kind()).isEqualTo(SyncReport.Kind.UNCHANGED);
        assertThat(next.filesFetched()).isEqualTo(2);
        assertThat(db.blobs().has(forbidden.path("MD5").asString())).isTrue();
    }

    @Test
    void anUnreachableObjectStoreStopsTheFilesNotTheRows() throws IOException {
        server.publish(DEMO);
        server.hatracAccess(org.provex.testserver.DerivaTestServer.Access.LOGIN_REQUIRED);
        CacheDatabase db = cache("login");

        SyncReport report = syncNow(db);

        assertThat(report.kind()).isEqualTo(SyncReport.Kind.FULL);
        assertThat(report.files().failed()).isEqualTo(METADATA.stream().map(r -> r.path("MD5").asString())
                .distinct().count());
        assertThat(server.count("^/hatrac/")).as("the batch stops at the first 'log in'")
                .isLessThanOrEqualTo(MetadataDownloads.DEFAULT_PARALLELISM);
        assertThat(report.files().failures()).allMatch(f -> f.error() instanceof CatalogException.NotAuthenticated);
    }

    @Test
    void progressCountsPlannedFetchedAndFailedFiles() throws IOException {
        server.publish(DEMO);
        ObjectNode forbidden = row("uv.lock");
        server.faults().failNext(1_000, 403, Pattern.quote(forbidden.path("URL").asString()));
        long[] planned = {0};
        long[] fetched = {0};
        List<String> failed = new java.util.concurrent.CopyOnWriteArrayList<>();
        syncNowWith(cache("progress"), new SyncListener() {
            @Override
            public synchronized void filesPlanned(long files, long bytes) {
                planned[0] = Math.max(planned[0], files);
            }

            @Override
            public synchronized void fileFetched(String filename, long bytes) {
                fetched[0]++;
            }

            @Override
            public void fileFailed(String filename, String reason) {
                failed.add(filename + ": " + reason);
            }
        });
        assertThat(planned[0]).isEqualTo(fetched[0] + 1);
        assertThat(failed).singleElement().asString().startsWith("uv.lock: ").contains("no access");
    }

    private SyncReport syncNowWith(CacheDatabase db, SyncListener listener) throws IOException {
        return sync(db, 500).sync(listener, () -> false);
    }

    private static ObjectNode row(String filenamePart) {
        return METADATA.stream().filter(r -> r.path("Filename").asString().contains(filenamePart)).findFirst()
                .orElseThrow();
    }
}
