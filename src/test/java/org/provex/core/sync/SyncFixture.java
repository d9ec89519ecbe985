package org.provex.core.sync;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.catalog.http.Credentials;
import org.provex.core.catalog.http.DerivaHttp;
import org.provex.core.catalog.http.RetryPolicy;
import org.provex.testserver.DerivaTestServer;

/** A fresh test server and cache folder per test; clients whose retries record their waits instead of sleeping. */
abstract class SyncFixture {

    static final OkHttpClient BASE = new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(20)).build();

    @TempDir
    Path dir;
    DerivaTestServer server;
    ExecutorService pool;
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final List<CacheDatabase> opened = new ArrayList<>();

    @BeforeEach
    void startServer() {
        server = DerivaTestServer.start();
        pool = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "sync-test-files");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterEach
    void stopServer() {
        opened.forEach(CacheDatabase::close);
        pool.shutdownNow();
        server.close();
    }

    CacheDatabase cache(String name) {
        CacheDatabase db = CacheDatabase.open(dir.resolve(name).resolve("cache.db"));
        opened.add(db);
        return db;
    }

    DerivaHttp http(Credentials credentials) {
        return new DerivaHttp(server.location(), credentials, BASE, new RetryPolicy(3, Duration.ofMillis(200),
                sleeps::add));
    }

    CatalogSync sync(CacheDatabase db, int pageSize) {
        return sync(db, pageSize, true);
    }

    /** With {@code files} off, only the configuration.json files the load needs are downloaded. */
    CatalogSync sync(CacheDatabase db, int pageSize, boolean files) {
        return new CatalogSync(db, http(Credentials.none()), pool, new SyncOptions(pageSize).withFiles(files));
    }

    SyncReport syncNow(CacheDatabase db) throws IOException {
        return sync(db, 500).sync(SyncListener.NONE, () -> false);
    }
}
