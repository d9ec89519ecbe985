package org.provex.core.cache.ingest;

/** Progress of a load, called on the loading thread. Every method has a do-nothing default. */
public interface IngestListener {

    IngestListener NONE = new IngestListener() {
    };

    /** A catalog table ({@code schema:table}) is about to be read. */
    default void tableStarted(String table) {
    }

    /** A table was read completely. */
    default void tableFinished(String table, long rows) {
    }

    /** A metadata file body was fetched and stored. */
    default void fileFetched(String filename, long bytes) {
    }
}
