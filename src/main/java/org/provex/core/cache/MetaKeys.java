package org.provex.core.cache;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Keys of the {@code catalog_meta} table and the JSON form of the model notes stored there. */
public final class MetaKeys {

    /** {@link org.provex.core.catalog.CatalogSource#describe()} of the source the cache was loaded from. */
    public static final String SOURCE = "source";
    /** The catalog snaptime the cache content reflects. */
    public static final String SNAPTIME = "snaptime";
    /** When the last load committed, ISO-8601 UTC. */
    public static final String SYNCED_AT = "synced_at";
    public static final String MODEL_SHAPE = "model_shape";
    /** A JSON array of strings: what schema discovery noticed (missing tables, legacy columns). */
    public static final String MODEL_NOTES = "model_notes";
    /** Set by a sync: the catalog the sync state mirrors, {@code scheme://host[:port]/id}. */
    public static final String SYNC_CATALOG = "sync_catalog";
    /** Set by a sync: a digest of the provenance tables and columns the model was read with. */
    public static final String MODEL_FINGERPRINT = "model_fingerprint";
    /** Set by a sync: configuration.json files it could not read (a later sync tries them again). */
    public static final String MISSING_CONFIGURATIONS = "missing_configurations";
    /**
     * Set by a sync: how many metadata files it could not bring home ({@code 0}: all of them), or {@code not
     * attempted} when it fetched only the configuration files; anything but 0 makes the next sync try again.
     */
    public static final String MISSING_FILES = "missing_files";
    /**
     * Set by a sync once every stored link row keeps the RIDs a refresh selects it by ({@code source_row.ref1},
     * {@code ref2}); rows stored by an older Provex lack them until a sync fills them in.
     */
    public static final String SOURCE_REFS = "source_refs";
    /**
     * Set by a sync: the tables it mirrors, in order (a JSON array of qualified names), so that the next incremental
     * sync can ask what changed in them while it reads the model (the model fingerprint says whether they still hold).
     */
    public static final String MIRRORED_TABLES = "mirrored_tables";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MetaKeys() {
    }

    public static String notesJson(List<String> notes) {
        return JSON.writeValueAsString(notes);
    }

    public static List<String> notesFromJson(String json) {
        List<String> notes = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return notes;
        }
        JsonNode node = JSON.readTree(json);
        node.forEach(n -> notes.add(n.asString()));
        return notes;
    }
}
