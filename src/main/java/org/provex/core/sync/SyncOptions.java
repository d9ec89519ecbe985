package org.provex.core.sync;

import org.provex.core.catalog.http.ErmrestClient;

/**
 * How a sync reads.
 *
 * @param pageSize rows per request (shrunk automatically when the server reports a query timeout)
 */
public record SyncOptions(int pageSize) {

    public SyncOptions {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive, not " + pageSize);
        }
    }

    public static SyncOptions defaults() {
        return new SyncOptions(ErmrestClient.DEFAULT_PAGE_SIZE);
    }
}
