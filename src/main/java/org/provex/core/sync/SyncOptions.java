package org.provex.core.sync;

import org.provex.core.catalog.http.ErmrestClient;

/**
 * How a sync reads.
 *
 * @param pageSize rows per request (shrunk automatically when the server reports a query timeout)
 * @param parallelTables tables read at the same time (each on its own connection, one page ahead)
 */
public record SyncOptions(int pageSize, int parallelTables) {

    /** Tables read at once unless said otherwise: a few connections, not a crowd, at one server. */
    public static final int DEFAULT_PARALLEL_TABLES = 3;

    public SyncOptions {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive, not " + pageSize);
        }
        if (parallelTables < 1) {
            throw new IllegalArgumentException("parallel tables must be positive, not " + parallelTables);
        }
    }

    public SyncOptions(int pageSize) {
        this(pageSize, DEFAULT_PARALLEL_TABLES);
    }

    public static SyncOptions defaults() {
        return new SyncOptions(ErmrestClient.DEFAULT_PAGE_SIZE);
    }
}
