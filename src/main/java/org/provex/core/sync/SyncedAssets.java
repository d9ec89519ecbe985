package org.provex.core.sync;

import java.util.List;
import org.provex.core.model.AssetFile;
import org.provex.core.model.Rid;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the file columns of a stored asset row (URL, Filename, Length, MD5), enough to fetch its body. */
final class SyncedAssets {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SyncedAssets() {
    }

    /** The asset of a stored row, or null when the row has no RID or is not JSON. */
    static AssetFile asset(String table, String body) {
        JsonNode row;
        try {
            row = JSON.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
        return asset(table, row);
    }

    /** The asset of a row as read, or null when it has no RID. */
    static AssetFile asset(String table, JsonNode row) {
        String rid = text(row, "RID");
        if (rid == null) {
            return null;
        }
        JsonNode length = row.path("Length");
        return new AssetFile(Rid.of(rid), table, text(row, "URL"), text(row, "Filename"),
                length.isNumber() ? length.asLong() : -1, text(row, "MD5"), text(row, "Description"), List.of(),
                null, null);
    }

    private static String text(JsonNode row, String column) {
        JsonNode v = row.get(column);
        return v == null || v.isNull() ? null : v.asString();
    }
}
