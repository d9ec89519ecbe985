package org.provex.core.live;

import java.io.IOException;
import java.util.Collection;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.provex.core.audit.FileGaps;
import org.provex.core.cache.query.ExecutionDetail;
import org.provex.core.model.AssetFile;
import org.provex.core.sync.SyncListener;

/**
 * Where the metadata file bodies a cache does not hold yet can still come from: the live catalog's object store.
 * A fetched body is verified against the catalog row before it is stored in the cache and returned. The demo and
 * other cache-only sessions have {@link #NONE}.
 */
public interface RemoteFiles {

    /** Nothing to fetch from. */
    RemoteFiles NONE = new RemoteFiles() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public Optional<byte[]> fetch(AssetFile file) {
            return Optional.empty();
        }
    };

    /** False when no file can ever be fetched (the demo). */
    boolean available();

    /**
     * Downloads a file's body into the cache, verified, and returns it. Blocking: call it only from background work.
     *
     * @return empty when the file is not an object of this catalog's store (or has no MD5)
     * @throws org.provex.core.catalog.http.CatalogException with a message to show: offline, needs a login, checksum
     *     mismatch, ...
     */
    Optional<byte[]> fetch(AssetFile file) throws IOException;

    /**
     * Evidence before an answer: downloads the metadata files these runs' audits and comparisons read that the cache
     * lacks (verified, a few at a time) and says why the rest is missing. Blocking: call it only from background
     * work. The default, for sessions with nothing to fetch from, fetches nothing.
     *
     * @param progress told of planned, fetched and failed files
     */
    default FileGaps fetchMissing(Collection<ExecutionDetail> runs, SyncListener progress,
                                  BooleanSupplier cancelled) {
        return FileGaps.NOT_DOWNLOADED;
    }
}
