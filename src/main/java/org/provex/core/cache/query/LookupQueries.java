package org.provex.core.cache.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.Jdbc;
import org.provex.core.cache.MetaKeys;
import org.provex.core.model.AssetFile;
import org.provex.core.model.AssetRole;
import org.provex.core.model.Rid;
import org.provex.core.model.Snaptime;
import org.provex.core.model.Workflow;

/** Workflows, file provenance, RID resolution and what the cache reflects. */
public final class LookupQueries {

    private static final Map<String, String> COUNTED = new LinkedHashMap<>();

    static {
        COUNTED.put("executions", "SELECT count(*) FROM execution");
        COUNTED.put("workflows", "SELECT count(*) FROM workflow");
        COUNTED.put("datasets", "SELECT count(*) FROM dataset");
        COUNTED.put("dataset_versions", "SELECT count(*) FROM dataset_version");
        COUNTED.put("inputs", "SELECT count(*) FROM execution_input");
        COUNTED.put("assets", "SELECT count(*) FROM asset");
        COUNTED.put("asset_links", "SELECT count(*) FROM asset_link");
        COUNTED.put("execution_nesting", "SELECT count(*) FROM execution_nesting");
    }

    private final CacheDatabase db;

    public LookupQueries(CacheDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** Every workflow with its types and execution count, by name then RID. */
    public List<WorkflowSummary> workflows() {
        return db.read(c -> {
            List<Object[]> rows = Rows.list(c, "SELECT w.rid, (SELECT count(*) FROM execution e "
                    + "WHERE e.workflow_rid = w.rid) AS n FROM workflow w ORDER BY w.name COLLATE NOCASE, w.rid",
                    rs -> new Object[] {rs.getString(1), rs.getLong(2)});
            List<WorkflowSummary> result = new ArrayList<>();
            for (Object[] r : rows) {
                Workflow w = Rows.workflow(c, (String) r[0]).orElseThrow();
                result.add(new WorkflowSummary(w, (Long) r[1]));
            }
            return result;
        });
    }

    /** The runs that used an asset row, whatever its table. */
    public List<AssetUse> fileUsesByRid(Rid asset) {
        return fileUses("a.rid = ?", asset.value());
    }

    /** The runs that used a file of this name (exact, case-insensitive). */
    public List<AssetUse> fileUsesByName(String filename) {
        return fileUses("a.filename = ?", filename.strip());
    }

    /** The runs that used a file with this content. */
    public List<AssetUse> fileUsesByMd5(String md5) {
        return fileUses("a.md5 = ?", md5.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The runs that used a file whose name contains {@code part} (case-insensitive), newest run first, at most
     * {@code limit}: what a partial file name typed into the search finds.
     */
    public List<AssetUse> fileUsesByNamePart(String part, int limit) {
        return fileUses("a.filename LIKE ? ESCAPE '\\'", "%" + like(part.strip()) + "%",
                " ORDER BY (SELECT e.rct FROM execution e WHERE e.rid = l.execution_rid) DESC, l.execution_rid, a.rid"
                + " LIMIT " + Math.max(0, limit));
    }

    /** Workflows whose name contains {@code part} (case-insensitive), by name, at most {@code limit}. */
    public List<ResolvedRid> workflowsByName(String part, int limit) {
        return db.read(c -> Rows.list(c, "SELECT rid, name FROM workflow WHERE name LIKE ? ESCAPE '\\' "
                + "ORDER BY name COLLATE NOCASE, rid LIMIT ?", rs -> new ResolvedRid(Jdbc.rid(rs, "rid"),
                ResolvedRid.Kind.WORKFLOW, rs.getString("name")), "%" + like(part.strip()) + "%", Math.max(0, limit)));
    }

    /** Datasets whose description contains {@code part} (case-insensitive), at most {@code limit}. */
    public List<ResolvedRid> datasetsByDescription(String part, int limit) {
        return db.read(c -> Rows.list(c, "SELECT rid, description FROM dataset WHERE description LIKE ? "
                + "ESCAPE '\\' ORDER BY rid LIMIT ?", rs -> new ResolvedRid(Jdbc.rid(rs, "rid"),
                ResolvedRid.Kind.DATASET, rs.getString("description")), "%" + like(part.strip()) + "%",
                Math.max(0, limit)));
    }

    /** Escapes LIKE's wildcards so the user's text matches literally. */
    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private List<AssetUse> fileUses(String condition, String value) {
        return fileUses(condition, value, " ORDER BY l.execution_rid, l.role, a.rid");
    }

    private List<AssetUse> fileUses(String condition, String value, String order) {
        return db.read(c -> {
            List<AssetUse> uses = Rows.list(c, "SELECT l.execution_rid, l.role, " + Rows.ASSET_COLUMNS
                    + " FROM asset a JOIN asset_link l ON l.asset_rid = a.rid WHERE " + condition
                    + order, rs -> new AssetUse(Jdbc.rid(rs, "execution_rid"),
                    AssetRole.valueOf(rs.getString("role")), Rows.asset(rs)), value);
            List<AssetUse> typed = new ArrayList<>();
            for (AssetUse u : uses) {
                typed.add(new AssetUse(u.execution(), u.role(), Rows.withTypes(c, u.asset())));
            }
            return typed;
        });
    }

    /** Every {@code Execution_Metadata} asset (without types), for fetching their bodies. */
    public List<AssetFile> metadataAssets() {
        return db.read(c -> Rows.list(c, "SELECT " + Rows.ASSET_COLUMNS + " FROM asset a WHERE a.asset_table = ? "
                + "ORDER BY a.rid", Rows::asset, AssetFile.METADATA_TABLE));
    }

    /** What a RID names in this cache. */
    public Optional<ResolvedRid> resolve(Rid rid) {
        String r = rid.value();
        return db.read(c -> Rows.first(c,
                "SELECT 'EXECUTION' AS kind, description AS label FROM execution WHERE rid = ? "
                + "UNION ALL SELECT 'WORKFLOW', name FROM workflow WHERE rid = ? "
                + "UNION ALL SELECT 'DATASET', description FROM dataset WHERE rid = ? "
                + "UNION ALL SELECT 'DATASET_VERSION', dataset_rid || '@' || coalesce(version, '?') "
                + "FROM dataset_version WHERE rid = ? "
                + "UNION ALL SELECT 'ASSET', coalesce(filename, url) FROM asset WHERE rid = ?",
                rs -> new ResolvedRid(rid, ResolvedRid.Kind.valueOf(rs.getString("kind")), rs.getString("label")),
                r, r, r, r, r));
    }

    /** The snapshot, sync time, model shape and row counts of the cache. */
    public CacheMeta meta() {
        return db.read(c -> {
            Map<String, String> values = new LinkedHashMap<>();
            for (String[] kv : Rows.list(c, "SELECT key, value FROM catalog_meta",
                    rs -> new String[] {rs.getString(1), rs.getString(2)})) {
                values.put(kv[0], kv[1]);
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : COUNTED.entrySet()) {
                counts.put(e.getKey(), count(c, e.getValue()));
            }
            String synced = values.get(MetaKeys.SYNCED_AT);
            return new CacheMeta(values.get(MetaKeys.SOURCE), Snaptime.parseOrNull(values.get(MetaKeys.SNAPTIME)),
                    synced == null ? null : Instant.parse(synced), values.get(MetaKeys.MODEL_SHAPE),
                    MetaKeys.notesFromJson(values.get(MetaKeys.MODEL_NOTES)), counts);
        });
    }

    private static long count(Connection c, String sql) throws SQLException {
        return Rows.first(c, sql, rs -> rs.getLong(1)).orElse(0L);
    }
}
