package org.provex.core.sync;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import okhttp3.OkHttpClient;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.catalog.http.CatalogLocation;
import org.provex.core.catalog.http.Credentials;
import org.provex.core.catalog.http.DerivaHttp;
import org.provex.core.catalog.http.RetryPolicy;

/**
 * A sync in a process of its own, for {@link SyncKilledTest}: {@code SyncProcess CACHE_FILE PORT full|incremental
 * [STEP]}.
 * Prints {@code TABLE n} as each table starts, {@code STEP ...} at each step and {@code FILE n} as the n-th metadata
 * file is stored, so the test knows when to kill it; given a step, the sync stops there until it is killed.
 */
public final class SyncProcess {

    private SyncProcess() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable e) {
            // the pool's and the HTTP client's threads would keep this process alive: a failure must end it, so that
            // the test reading its output fails instead of waiting forever
            System.out.println("FAILED " + e);
            System.out.flush();
            System.exit(2);
        }
        System.out.println("DONE");
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        String pauseAt = args.length > 3 ? args[3] : null;   // the sync waits there (to be killed)
        DerivaHttp http = new DerivaHttp(new CatalogLocation("http", "127.0.0.1", Integer.parseInt(args[1]), "1"),
                Credentials.none(), new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30)).build(),
                RetryPolicy.none());
        try (CacheDatabase db = CacheDatabase.open(Path.of(args[0]))) {
            SyncListener announce = new SyncListener() {
                @Override
                public synchronized void tableStarted(String table, int index, int total) {
                    System.out.println("TABLE " + index);
                    System.out.flush();
                }

                private int files;

                @Override
                public synchronized void fileFetched(String filename, long bytes) {
                    System.out.println("FILE " + ++files);
                    System.out.flush();
                }

                @Override
                public synchronized void step(String description) {
                    System.out.println("STEP " + description);
                    System.out.flush();
                    if (description.equals(pauseAt)) {
                        pause();
                    }
                }
            };
            CatalogSync sync = new CatalogSync(db, http, Executors.newFixedThreadPool(2), new SyncOptions(20));
            if (args[2].equals("full")) {
                sync.fullSync(announce, () -> false);
            } else {
                sync.sync(announce, () -> false);
            }
        }
    }

    /** Holds the sync at this step until the test kills the process (nothing ever releases it). */
    private static void pause() {
        try {
            new java.util.concurrent.CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
