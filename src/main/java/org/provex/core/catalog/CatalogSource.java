package org.provex.core.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A catalog as ERMrest returns it, read at one snapshot: the {@code /schema} document, the rows of
 * each table (entity JSON objects with RID, RCT, RMT, RCB, RMB and the table's columns) and the
 * bytes behind asset URLs. The embedded demo catalog implements it in memory; sync implements it
 * over HTTP. Cache ingestion reads only through this interface, so both load the same way.
 */
public interface CatalogSource {

    /** A name for messages, e.g. {@code demo.provex.invalid/1}. */
    String describe();

    /** The catalog snapshot every read of this source reflects. */
    String snaptime();

    /** The {@code /schema} document at that snapshot. */
    JsonNode schemaDocument() throws IOException;

    /**
     * Streams every row of {@code schema:table} in RID order to the consumer.
     *
     * @throws IOException when the rows cannot be read; nothing partial is reported as complete
     */
    void rows(String schema, String table, Consumer<ObjectNode> consumer) throws IOException;

    /**
     * Opens the bytes behind an asset URL (a Hatrac path), or empty when this source cannot serve
     * files for that URL (external URLs, tag URIs). The caller verifies MD5 and length.
     */
    Optional<InputStream> openFile(String url) throws IOException;
}
