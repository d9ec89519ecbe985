package org.provex.core.cache.ingest;

import java.io.IOException;
import java.util.List;
import org.provex.core.model.AssetFile;

/**
 * Gets the metadata file bodies a load needs into the blob store. The load names each file as soon as it reads the
 * file's row ({@link #want}) and waits only when it needs the bodies ({@link #await}, after the asset tables), so
 * a fetcher may download while the load goes on reading rows. A load over a {@code CatalogSource} that serves files
 * itself (the embedded demo) gets them one by one from the source; a sync downloads them in parallel from Hatrac.
 */
public interface FileFetcher {

    /** The load read the row of a file whose body it needs (its MD5 and URL are set). */
    void want(AssetFile file) throws IOException;

    /**
     * Waits until every wanted body is stored or given up.
     *
     * @return one warning per file that could not be stored and did not fail the load
     * @throws IOException a failure that fails the load (the transaction is rolled back)
     */
    List<String> await() throws IOException;
}
