package org.provex.core.sync;

import org.provex.core.catalog.http.ErmrestClient;

/**
 * How a sync reads.
 *
 * @param pageSize rows per request (shrunk automatically when the server reports a query timeout)
 * @param files whether the sync brings every metadata file home (environment snapshots, uv.lock, Hydra files, ...);
 *     when false it fetches only the configuration.json files the cache load needs, and the others are fetched
 *     when first needed
 * @param fileParallelism metadata files downloaded at a time
 * @param maxFileBytes metadata files larger than this stay on demand
 * @param parallelTables tables read at the same time (each on its own connection, one page ahead)
 */
public record SyncOptions(int pageSize, boolean files, int fileParallelism, long maxFileBytes, int parallelTables) {

    /** Tables read at once unless said otherwise: a few connections, not a crowd, at one server. */
    public static final int DEFAULT_PARALLEL_TABLES = 3;

    public SyncOptions {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive, not " + pageSize);
        }
        if (fileParallelism < 1) {
            throw new IllegalArgumentException("file parallelism must be positive, not " + fileParallelism);
        }
        if (parallelTables < 1) {
            throw new IllegalArgumentException("parallel tables must be positive, not " + parallelTables);
        }
    }

    public SyncOptions(int pageSize, boolean files, int fileParallelism, long maxFileBytes) {
        this(pageSize, files, fileParallelism, maxFileBytes, DEFAULT_PARALLEL_TABLES);
    }

    /** Every metadata file, {@value MetadataDownloads#DEFAULT_PARALLELISM} at a time. */
    public SyncOptions(int pageSize) {
        this(pageSize, true, MetadataDownloads.DEFAULT_PARALLELISM, MetadataDownloads.DEFAULT_MAX_BYTES);
    }

    public static SyncOptions defaults() {
        return new SyncOptions(ErmrestClient.DEFAULT_PAGE_SIZE);
    }

    /** The same options with the metadata files on ({@code true}) or only the configuration files. */
    public SyncOptions withFiles(boolean value) {
        return new SyncOptions(pageSize, value, fileParallelism, maxFileBytes, parallelTables);
    }

    /** The same options reading this many tables at a time. */
    public SyncOptions withParallelTables(int value) {
        return new SyncOptions(pageSize, files, fileParallelism, maxFileBytes, value);
    }
}
