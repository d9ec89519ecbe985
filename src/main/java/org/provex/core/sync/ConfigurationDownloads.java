package org.provex.core.sync;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.provex.core.cache.ingest.FileFetcher;
import org.provex.core.catalog.http.CatalogException;
import org.provex.core.model.AssetFile;

/**
 * The file phase of a sync: the configuration.json bodies the load needs, downloaded (and verified) in parallel on
 * the caller's executor from the moment the load reads their rows, while it goes on reading the other tables. A
 * file the server will not give (needs a login, forbidden, gone) becomes a warning and its run's inputs stay
 * unpinned until a later sync can read it; any other failure (the network, a checksum mismatch) fails the sync, and
 * no new download starts after it.
 */
final class ConfigurationDownloads implements FileFetcher {

    private final MetadataFiles files;
    private final Executor executor;
    private final SyncRun run;
    private final String catalog;
    private final SyncListener listener;
    private final Set<String> wanted = new HashSet<>();
    private final Set<String> requested = new HashSet<>();
    private final List<AssetFile> wantedFiles = new ArrayList<>();
    private final List<CompletableFuture<Void>> running = new ArrayList<>();
    private final List<MetadataFiles.Failure> failures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean stop = new AtomicBoolean();

    ConfigurationDownloads(MetadataFiles files, Executor executor, SyncRun run, String catalog) {
        this.files = files;
        this.executor = executor;
        this.run = run;
        this.catalog = catalog;
        this.listener = run.files();
    }

    @Override
    public void want(AssetFile file) {
        if (!files.fetchable(file)) {
            return;
        }
        String md5 = file.md5().toLowerCase(Locale.ROOT);
        if (wanted.add(md5)) {
            wantedFiles.add(file);
        }
        if (files.isStored(file) || !requested.add(md5)) {
            return;
        }
        running.add(CompletableFuture.runAsync(() -> download(file), executor));
    }

    private void download(AssetFile file) {
        if (stop.get() || run.cancelled.getAsBoolean()) {
            stop.set(true);
            return;
        }
        try {
            long bytes = files.open(file).map(b -> (long) b.length).orElse(0L);
            listener.fileFetched(file.filename(), bytes);
        } catch (CatalogException e) {
            failures.add(new MetadataFiles.Failure(file, e));
            stop.compareAndSet(false, !isUnavailable(e));
        } catch (IOException e) {
            failures.add(new MetadataFiles.Failure(file, new CatalogException.Incomplete("the file " + file.url(), e)));
            stop.set(true);
        }
    }

    @Override
    public List<String> await() throws IOException {
        try {
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
        if (run.cancelled.getAsBoolean()) {
            throw new SyncCancelledException(catalog);
        }
        List<String> warnings = new ArrayList<>();
        for (MetadataFiles.Failure f : failures) {
            if (!isUnavailable(f.error())) {
                throw f.error();
            }
            warnings.add(f.file().filename() + " (" + f.file().rid() + ") was not fetched: " + f.error().getMessage());
        }
        return warnings;
    }

    /** Distinct fetchable bodies the load wanted that are still not stored (valid after {@link #await}). */
    int missing() {
        return (int) wantedFiles.stream().filter(f -> !files.isStored(f)).count();
    }

    static boolean isUnavailable(CatalogException e) {
        return e instanceof CatalogException.NotAuthenticated || e instanceof CatalogException.Forbidden
                || e instanceof CatalogException.NotFound;
    }
}
