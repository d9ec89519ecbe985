package org.provex.core.sync;

/**
 * Progress of a sync, called on the syncing thread (file downloads call it from the executor's threads). Every
 * method has a do-nothing default; implementations must be quick and thread-safe.
 */
public interface SyncListener {

    SyncListener NONE = new SyncListener() {
    };

    /** A step began: {@code "Checking catalog"}, {@code "Reading rows"}, {@code "Fetching files"}, ... */
    default void step(String description) {
    }

    /** A catalog table ({@code schema:table}) is about to be read; {@code index} counts from 1 up to {@code total}. */
    default void tableStarted(String table, int index, int total) {
    }

    /** A table was read: the rows that came over the network for it. */
    default void tableFinished(String table, long rowsRead) {
    }

    /** How many rows the sync expects to read in all (known a little after a full sync starts; may never come). */
    default void rowsExpected(long total) {
    }

    /** {@code rows} more rows arrived (called once per page). */
    default void rowsRead(long rows) {
    }

    /**
     * The files to download grew: {@code files} bodies of {@code bytes} in all so far (totals, not increments; files
     * already in the cache are not counted). Called as a sync finds them, so the totals may grow while files arrive.
     */
    default void filesPlanned(long files, long bytes) {
    }

    /** A metadata file body was downloaded, verified and stored. */
    default void fileFetched(String filename, long bytes) {
    }

    /** A metadata file could not be downloaded (after retries); {@code reason} says why and what to do. */
    default void fileFailed(String filename, String reason) {
    }
}
