package org.provex.core.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.provex.core.cache.CacheDatabase;

/**
 * Row counts and a content digest of every cache table, to tell whether two caches (or one cache before and after a
 * failed sync) hold exactly the same rows. Rows are compared as text in sorted order, so physical order and rowids do
 * not matter; the FTS indexes are left out (they are derived from the execution table).
 */
record CacheDigest(Map<String, Long> counts, Map<String, String> digests) {

    /** The provenance tables only: what a person sees, without metadata and sync state. */
    static final Set<String> STATE = Set.of("catalog_meta", "source_row", "source_model");

    static CacheDigest of(CacheDatabase db) {
        return db.read(c -> {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'execution_search%' "
                    + "AND name NOT LIKE 'execution_grams%' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            Map<String, Long> counts = new TreeMap<>();
            Map<String, String> digests = new TreeMap<>();
            for (String table : tables) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            row.append(md.getColumnName(i)).append('=').append(rs.getString(i)).append('\u0001');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                counts.put(table, (long) rows.size());
                digests.put(table, sha256(String.join("\n", rows)));
            }
            return new CacheDigest(counts, digests);
        });
    }

    /** The same digest without metadata and sync state. */
    CacheDigest provenance() {
        Map<String, Long> c = new TreeMap<>(counts);
        Map<String, String> d = new TreeMap<>(digests);
        STATE.forEach(t -> {
            c.remove(t);
            d.remove(t);
        });
        return new CacheDigest(c, d);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
