package org.provex.core.model;

import java.time.Instant;
import java.util.List;

/**
 * A row of an asset table: {@code Execution_Metadata} (configuration and environment files),
 * {@code Execution_Asset}, {@code File}, or a domain asset table such as {@code Image}. One row may
 * be linked to many executions (rows are content-addressed by MD5 and file name).
 *
 * @param table  the asset table as {@code schema:table}
 * @param url    a Hatrac path (server-relative, already escaped) or an external URL
 * @param md5    lower-case hex digest
 * @param length bytes, or -1 when unknown
 * @param types  {@code Asset_Type} terms (or a legacy vocabulary's)
 */
public record AssetFile(Rid rid, String table, String url, String filename, long length, String md5,
                        String description, List<String> types, Instant created, Instant modified) {

    public static final String METADATA_TABLE = "deriva-ml:Execution_Metadata";
    public static final String UNKNOWN_PROVENANCE_URL = "tag:deriva-ml,unknown-provenance:file";

    public AssetFile {
        types = types == null ? List.of() : List.copyOf(types);
    }

    public boolean isMetadata() {
        return METADATA_TABLE.equals(table);
    }

    public boolean isUnknownProvenance() {
        return UNKNOWN_PROVENANCE_URL.equals(url);
    }

    /** The file's kind from its name and types, for choosing a reader. */
    public MetadataKind kind() {
        return MetadataKind.of(filename, types);
    }
}
