package org.provex.testserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provex.core.model.Snaptime;
import tools.jackson.databind.JsonNode;

/** The test server itself, spoken to with raw requests: the ERMrest rules the client tests rely on. */
class DerivaTestServerTest {

    private static final Snaptime T1 = Snaptime.of(Instant.parse("2026-01-01T00:00:00Z"));
    private static final OkHttpClient HTTP = new OkHttpClient();

    private DerivaTestServer server;
    private SeedCatalog seed;

    @BeforeEach
    void start() throws IOException {
        server = DerivaTestServer.start();
        SeedCatalog.Builder b = SeedCatalog.builder(T1);
        b.row(SeedCatalog.WORKFLOW, Map.of("Name", "a:b (c)*", "Version", "2"));
        b.row(SeedCatalog.WORKFLOW, Map.of("Name", "Größe", "Version", "10"));
        seed = b.build();
        server.publish(seed);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void filtersOnEscapedValuesAndNormalisesRids() throws IOException {
        assertThat(get("/ermrest/catalog/1/entity/deriva-ml:Workflow/Name=a%3Ab%20%28c%29%2A?limit=5").size())
                .isEqualTo(1);
        assertThat(get("/ermrest/catalog/1/entity/deriva-ml:Workflow/Name=Gr%C3%B6%C3%9Fe?limit=5").get(0)
                .path("Version").asString()).isEqualTo("10");
        String rid = seed.rowsOf(SeedCatalog.WORKFLOW).get(0).path("RID").asString();
        String sloppy = rid.toLowerCase().replace("-", "");
        assertThat(get("/ermrest/catalog/1/entity/deriva-ml:Workflow/RID=" + sloppy + "?limit=5").size())
                .isEqualTo(1);
        JsonNode desc = get("/ermrest/catalog/1/attribute/deriva-ml:Workflow/Name@sort(Name::desc::)?limit=5");
        assertThat(desc.get(0).path("Name").asString()).isEqualTo("a:b (c)*");
        assertThat(desc.get(0).size()).isEqualTo(1);
    }

    @Test
    void answersLikeErmrestForErrors() throws IOException {
        assertThat(status("/ermrest/catalog/1/entity/deriva-ml:Nope?limit=1")).isEqualTo(409);
        assertThat(status("/ermrest/catalog/1/entity/deriva-ml:Workflow/Nope=1?limit=1")).isEqualTo(409);
        assertThat(status("/ermrest/catalog/9/schema")).isEqualTo(404);
        assertThat(status("/ermrest/catalog/1@2PX-WS30-E58W/schema")).isEqualTo(409);
        assertThat(status("/ermrest/catalog/1/entity/deriva-ml:Workflow/Name='x'?limit=1")).isEqualTo(400);
        assertThat(status("/ermrest/catalog/1/entity/deriva-ml:Workflow?limit=abc")).isEqualTo(400);
        assertThat(status("/ermrest/catalog/1/entity_rid/ZZZZ")).isEqualTo(404);
        try (Response r = HTTP.newCall(new Request.Builder().url(server.origin() + "/ermrest/catalog/1/entity/x")
                .put(RequestBody.create(new byte[0])).build()).execute()) {
            assertThat(r.code()).isEqualTo(405);
        }
        long unbounded = server.unboundedDataRequests();   // limit=abc and the PUT above count as unbounded
        assertThat(status("/ermrest/catalog/1/entity/deriva-ml:Workflow")).isEqualTo(200);
        assertThat(server.unboundedDataRequests()).isEqualTo(unbounded + 1);
    }

    @Test
    void sessionAnswersOnlyForAValidLogin() throws IOException {
        server.acceptCookie("abc");
        assertThat(status("/authn/session")).isEqualTo(404);
        try (Response r = HTTP.newCall(new Request.Builder().url(server.origin() + "/authn/session")
                .header("Cookie", "other=1; webauthn=abc").build()).execute()) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.body().string()).contains("\"display_name\":\"test-user@provex.invalid\"");
        }
        server.acceptBearer("tok");
        try (Response r = HTTP.newCall(new Request.Builder().url(server.origin() + "/authn/session")
                .header("Authorization", "Bearer wrong").build()).execute()) {
            assertThat(r.code()).isEqualTo(404);
        }
    }

    private JsonNode get(String target) throws IOException {
        try (Response r = HTTP.newCall(new Request.Builder().url(server.origin() + target).build()).execute()) {
            assertThat(r.code()).as(target).isEqualTo(200);
            return DerivaTestServer.parse(r.body().string());
        }
    }

    private int status(String target) throws IOException {
        try (Response r = HTTP.newCall(new Request.Builder().url(server.origin() + target).build()).execute()) {
            return r.code();
        }
    }
}
