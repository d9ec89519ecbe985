package org.provex.core.catalog.http;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.provex.core.model.Snaptime;
import org.provex.testserver.DerivaTestServer;

/** A fresh test server per test, and clients for it whose retries record their waits instead of sleeping. */
abstract class LiveFixture {

    static final Snaptime T1 = Snaptime.of(Instant.parse("2026-01-01T00:00:00Z"));
    static final Snaptime T2 = Snaptime.of(Instant.parse("2026-02-01T00:00:00Z"));
    static final Snaptime T3 = Snaptime.of(Instant.parse("2026-03-01T00:00:00Z"));

    static final OkHttpClient BASE = new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(10)).build();

    DerivaTestServer server;
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() {
        server = DerivaTestServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    RetryPolicy retry() {
        return new RetryPolicy(3, Duration.ofMillis(200), sleeps::add);
    }

    DerivaHttp http(Credentials credentials) {
        return new DerivaHttp(server.location(), credentials, BASE, retry());
    }

    ErmrestClient client() {
        return new ErmrestClient(http(Credentials.none()));
    }
}
