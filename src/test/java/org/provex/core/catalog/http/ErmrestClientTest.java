package org.provex.core.catalog.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.provex.core.catalog.TableRef;
import org.provex.core.model.Rid;
import org.provex.testserver.SeedCatalog;
import tools.jackson.databind.node.ObjectNode;

class ErmrestClientTest extends LiveFixture {

    private static final TableRef EXECUTION = SeedCatalog.EXECUTION;

    @Test
    void readsTheCatalogSnaptimeAndModel() throws IOException {
        server.publish(SeedCatalog.small(T1, 1));
        ErmrestClient client = client();
        assertThat(client.catalogSnaptime()).isEqualTo(T1);
        assertThat(client.schema(T1).path("schemas").path("deriva-ml").path("tables").has("Execution")).isTrue();
        assertThat(new ErmrestClient(new DerivaHttp(server.aliasLocation(), Credentials.none(), BASE, retry()))
                .catalogSnaptime()).isEqualTo(T1);
    }

    @Test
    void pagesUntilAShortPageWithExactRequestCounts() throws IOException {
        SeedCatalog seed = SeedCatalog.small(T1, 25);
        server.publish(seed);
        List<ObjectNode> rows = new ArrayList<>();
        long n = client().pageRows(EXECUTION, T1, 10, rows::add);
        assertThat(n).isEqualTo(25);
        assertThat(rows).isEqualTo(seed.rowsOf(EXECUTION));
        assertThat(server.count("/entity/deriva-ml:Execution@sort\\(RID\\)\\?limit=10$")).isEqualTo(1);
        // 10 + 10 + 5: the short page is the last one (the snapshot is pinned), no empty page is asked for
        assertThat(server.count("/entity/deriva-ml:Execution@sort\\(RID\\)@after\\([^)]+\\)\\?limit=10$"))
                .isEqualTo(2);
        assertThat(server.requests()).hasSize(3);
        assertThat(server.unboundedDataRequests()).isZero();
        assertThat(server.requests()).allMatch(r -> r.target().startsWith("/ermrest/catalog/1@" + T1 + "/"));
    }

    @Test
    void aPageKeepsEachRowsTextAsSent() throws IOException {
        SeedCatalog seed = SeedCatalog.small(T1, 5);
        server.publish(seed);
        ErmrestClient.Page page = client().rowPage(EXECUTION, T1, List.of(), 3);
        assertThat(page.rows()).isEqualTo(seed.rowsOf(EXECUTION).subList(0, 3));
        assertThat(page.json()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(page.json().get(i)).startsWith("{").endsWith("}");
            assertThat(ErmrestClient.MAPPER.readTree(page.json().get(i))).isEqualTo(page.rows().get(i));
        }
        assertThat(page.next()).containsExactly(page.rows().get(2).path("RID").asString());
        ErmrestClient.Page last = client().rowPage(EXECUTION, T1, page.next(), 3);
        assertThat(last.rows()).hasSize(2);
        assertThat(last.json()).hasSize(2);
        assertThat(last.next()).isNull();
    }

    @Test
    void shrinksThePageOnQueryTimeoutAndRetriesThatPage() throws IOException {
        server.publish(SeedCatalog.small(T1, 7));
        server.faults().queryTimeoutAbove(3);
        List<ObjectNode> rows = new ArrayList<>();
        client().pageRows(EXECUTION, T1, 16, rows::add);
        assertThat(rows).hasSize(7);
        assertThat(server.count("limit=16")).isEqualTo(1);
        assertThat(server.count("limit=8")).isEqualTo(1);
        assertThat(server.count("limit=4")).isEqualTo(1);
        assertThat(server.count("limit=2")).isEqualTo(4);   // 2+2+2+1: the short page ends it
        assertThat(sleeps).isEmpty();
    }

    @Test
    void givesUpWhenEvenOneRowTimesOut() throws IOException {
        server.publish(SeedCatalog.small(T1, 2));
        server.faults().queryTimeoutAbove(0);
        assertThatThrownBy(() -> client().pageRows(EXECUTION, T1, 4, r -> { }))
                .isInstanceOf(CatalogException.QueryTimeout.class).hasMessageContaining("ran too long");
        assertThat(server.count("limit=1$")).isEqualTo(1);
    }

    @Test
    void snapshotPinnedReadsKeepTheOlderStateAfterAPublish() throws IOException {
        SeedCatalog first = SeedCatalog.small(T1, 3);
        server.publish(first);
        SeedCatalog.Builder next = first.toBuilder(T2);
        String added = next.row(EXECUTION, java.util.Map.of("Description", "new run"));
        String removed = first.rowsOf(EXECUTION).get(0).path("RID").asString();
        next.delete(EXECUTION, removed);
        server.publish(next.build());
        ErmrestClient client = client();

        assertThat(client.catalogSnaptime()).isEqualTo(T2);
        assertThat(rids(client, T1)).isEqualTo(first.rowsOf(EXECUTION).stream()
                .map(r -> r.path("RID").asString()).toList());
        assertThat(rids(client, T2)).contains(added).doesNotContain(removed);
        // a time between two snapshots clamps to the earlier one
        assertThat(rids(client, org.provex.core.model.Snaptime.of(T1.toInstant().plusSeconds(5))))
                .isEqualTo(rids(client, T1));
        assertThat(client.ridSet(EXECUTION, T1, 2)).contains(Rid.of(removed)).doesNotContain(Rid.of(added));

        RidResolution gone = client.resolveRid(Rid.of(removed), T2);
        assertThat(gone.deleted()).isTrue();
        assertThat(gone.table()).isEqualTo(EXECUTION);
        assertThat(gone.lastVisibleSnaptime()).contains(T1);
        RidResolution live = client.resolveRid(Rid.of(added.toLowerCase().replace("-", "")), null);
        assertThat(live.deleted()).isFalse();
        assertThat(live.rid()).isEqualTo(Rid.of(added));
        assertThatThrownBy(() -> client.resolveRid(Rid.of("ZZZZ-ZZZZ"), null))
                .isInstanceOf(CatalogException.NotFound.class);
    }

    @Test
    void readsOnlyRowsModifiedSince() throws IOException {
        SeedCatalog first = SeedCatalog.small(T1, 4);
        server.publish(first);
        String touched = first.rowsOf(EXECUTION).get(2).path("RID").asString();
        server.publish(first.toBuilder(T2).update(EXECUTION, touched, "Status", "Failed").build());
        List<ObjectNode> changed = new ArrayList<>();
        List<String> sent = new ArrayList<>();
        client().rowsModifiedSince(EXECUTION, T2, T1.toInstant(), 10, (row, json) -> {
            changed.add(row);
            sent.add(json);
        });
        assertThat(changed).extracting(r -> r.path("RID").asString()).containsExactly(touched);
        assertThat(sent).hasSize(1);
        assertThat(ErmrestClient.MAPPER.readTree(sent.get(0))).isEqualTo(changed.get(0));
        assertThat(server.count("/entity/deriva-ml:Execution/RMT::gt::2026-01-01T00%3A00%3A00.000000%2B00%3A00"
                + "@sort\\(RMT,RID\\)")).isEqualTo(1);   // one short page
    }

    @Test
    void anExpiredSnapshotSaysWhatHappened() throws IOException {
        server.publish(SeedCatalog.small(T1, 1));
        server.publish(SeedCatalog.small(T1, 1).toBuilder(T2).build());
        server.truncateHistoryBefore(T2);
        assertThatThrownBy(() -> client().pageRows(EXECUTION, T1, 10, r -> { }))
                .isInstanceOfSatisfying(CatalogException.SnapshotExpired.class, e -> {
                    assertThat(e.snaptime()).isEqualTo(T1);
                    assertThat(e.status()).isEqualTo(409);
                })
                .hasMessageContaining("Snapshot " + T1 + " of catalog 127.0.0.1:" + server.port() + "/1")
                .hasMessageContaining("older than the catalog's retained history")
                .hasMessageContaining("prior to any known revision");
        assertThat(sleeps).isEmpty();
    }

    @Test
    void mapsLoginAndAccessFailures() throws IOException {
        server.publish(SeedCatalog.small(T1, 1));
        server.catalogAccess(org.provex.testserver.DerivaTestServer.Access.LOGIN_REQUIRED);
        assertThatThrownBy(() -> client().catalogSnaptime())
                .isInstanceOf(CatalogException.NotAuthenticated.class).hasMessageContaining("requires a login");
        server.acceptBearer("good-token");
        Credentials login = Credentials.of("127.0.0.1", new Credential(Credential.Kind.BEARER, "good-token"));
        assertThat(new ErmrestClient(http(login)).catalogSnaptime()).isEqualTo(T1);
        server.catalogAccess(org.provex.testserver.DerivaTestServer.Access.FORBIDDEN);
        assertThatThrownBy(() -> new ErmrestClient(http(login)).catalogSnaptime())
                .isInstanceOf(CatalogException.Forbidden.class).hasMessageContaining("no access");
    }

    @Test
    void unknownTablesAreNotFound() throws IOException {
        server.publish(SeedCatalog.small(T1, 1));
        assertThatThrownBy(() -> client().pageRows(new TableRef("deriva-ml", "No Such: Table"), T1, 5, r -> { }))
                .isInstanceOf(CatalogException.NotFound.class).hasMessageContaining("No Such: Table does not exist");
    }

    @Test
    void anOfflineServerIsOffline() throws IOException {
        int port = server.port();
        server.close();
        DerivaHttp http = new DerivaHttp(new CatalogLocation("http", "127.0.0.1", port, "1"), Credentials.none(),
                BASE, retry());
        assertThatThrownBy(() -> new ErmrestClient(http).catalogSnaptime())
                .isInstanceOf(CatalogException.Offline.class).hasMessageContaining("Cannot reach 127.0.0.1");
    }

    @Test
    void aSlowServerTimesOutAfterTheRetries() throws IOException {
        server.publish(SeedCatalog.small(T1, 1));
        server.faults().latency(Duration.ofMillis(400));
        okhttp3.OkHttpClient impatient = BASE.newBuilder().readTimeout(Duration.ofMillis(100)).build();
        DerivaHttp http = new DerivaHttp(server.location(), Credentials.none(), impatient, retry());
        assertThatThrownBy(() -> new ErmrestClient(http).catalogSnaptime())
                .isInstanceOf(CatalogException.Offline.class).hasMessageContaining("no answer in time");
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void retriesABurstOfServerErrorsWithBackoff() throws IOException {
        server.publish(SeedCatalog.small(T1, 1));
        server.faults().failNext(2, 503, null);
        assertThat(client().catalogSnaptime()).isEqualTo(T1);
        assertThat(server.requests()).hasSize(3);
        assertThat(sleeps).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    void stopsRetryingAtTheBound() throws IOException {
        server.publish(SeedCatalog.small(T1, 1));
        server.faults().failNext(5, 500, null);
        assertThatThrownBy(() -> client().catalogSnaptime())
                .isInstanceOfSatisfying(CatalogException.ServerError.class,
                        e -> assertThat(e.status()).isEqualTo(500))
                .hasMessageContaining("try again");
        assertThat(server.requests()).hasSize(3);
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void aTruncatedOrDroppedBodyIsAnErrorNotAPartialPage() throws IOException {
        server.publish(SeedCatalog.small(T1, 6));
        for (var kind : org.provex.testserver.Faults.BodyFault.values()) {
            server.reset();
            sleeps.clear();
            server.faults().damageNextBodies(3, kind, "/entity/");
            List<ObjectNode> rows = new ArrayList<>();
            assertThatThrownBy(() -> client().pageRows(EXECUTION, T1, 100, rows::add))
                    .as(kind.name()).isInstanceOf(CatalogException.Incomplete.class);
            assertThat(rows).as(kind.name()).isEmpty();
            assertThat(server.count("/entity/")).as(kind.name()).isEqualTo(3);
        }
        server.reset();
        server.faults().damageNextBodies(1, org.provex.testserver.Faults.BodyFault.TRUNCATE, "/entity/");
        List<ObjectNode> rows = new ArrayList<>();
        client().pageRows(EXECUTION, T1, 100, rows::add);   // one broken response is retried
        assertThat(rows).hasSize(6);
    }

    @Test
    void toleratesDuplicateSystemKeysLastWins() throws IOException {
        SeedCatalog seed = SeedCatalog.small(T1, 5);
        server.publish(seed);
        server.duplicateSystemKeys(true);
        List<ObjectNode> rows = new ArrayList<>();
        client().pageRows(EXECUTION, T1, 2, rows::add);
        assertThat(rows).isEqualTo(seed.rowsOf(EXECUTION));
    }

    @Test
    void theServerRejectsRawCharactersLikeErmrest() throws IOException {
        server.publish(SeedCatalog.small(T1, 1));
        String raw = server.origin() + "/ermrest/catalog/1/entity/deriva-ml:Execution/Description=a+b@sort(RID)"
                + "?limit=1";
        try (Response r = BASE.newCall(new Request.Builder().url(raw).build()).execute()) {
            assertThat(r.code()).isEqualTo(400);
            assertThat(r.body().string()).startsWith("Request malformed.");
        }
        String mismatch = server.origin() + "/ermrest/catalog/1/entity/deriva-ml:Execution@sort(RID)@after(a,b)"
                + "?limit=1";
        try (Response r = BASE.newCall(new Request.Builder().url(mismatch).build()).execute()) {
            assertThat(r.code()).isEqualTo(400);
            assertThat(r.body().string()).contains("page key of length 2 does not match the \"sort\" key of length 1");
        }
    }

    private static List<String> rids(ErmrestClient client, org.provex.core.model.Snaptime at) throws IOException {
        List<String> rids = new ArrayList<>();
        client.pageRows(EXECUTION, at, 2, r -> rids.add(r.path("RID").asString()));
        return rids;
    }
}
