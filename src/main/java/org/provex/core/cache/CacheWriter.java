package org.provex.core.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.provex.core.model.AssetFile;
import org.provex.core.model.AssetLink;
import org.provex.core.model.Dataset;
import org.provex.core.model.DatasetVersion;
import org.provex.core.model.Execution;
import org.provex.core.model.ExecutionInput;
import org.provex.core.model.ExecutionNesting;
import org.provex.core.model.Rid;
import org.provex.core.model.RunDuration;
import org.provex.core.model.ScmVersion;
import org.provex.core.model.Snaptime;
import org.provex.core.model.Workflow;
import org.provex.core.model.WorkflowUrl;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Writes model records into the cache inside a transaction opened by {@link CacheDatabase}. Every
 * value is a bound parameter. A row whose key already exists is a {@link Outcome#DUPLICATE}; a link
 * whose parent row is missing is {@link Outcome#DANGLING} and is not stored. Parents must be written
 * before the rows that point to them (workflows, executions, datasets, versions, assets, then links).
 */
public final class CacheWriter implements AutoCloseable {

    /** What happened to one written row. */
    public enum Outcome { INSERTED, DUPLICATE, DANGLING }

    private static final List<String> DERIVED_CHILD_FIRST = List.of("execution_search", "execution_grams", "asset_link",
            "asset_type",
            "execution_input", "execution_nesting", "dataset_nesting", "dataset_type", "dataset_version", "asset",
            "execution", "dataset", "workflow_type", "workflow");
    private static final List<String> STATE = List.of("catalog_meta", "source_row", "source_model");
    private static final String SEARCH = "execution_search";
    /** The index of short words (migration V7; {@link SearchGrams}). */
    private static final String GRAMS = "execution_grams";
    private static final String GRAMS_OF_E = SearchGrams.FUNCTION + "(e.description, e.status_detail, "
            + "e.workflow_name)";
    /** FTS5's in-memory buffer of a bulk fill before it writes a segment (its default is 1 MB). */
    private static final int SEARCH_BUFFER_BYTES = 32 * 1024 * 1024;

    private final Connection connection;
    private final StatementCache statements;
    private final List<String> droppedIndexes = new ArrayList<>();
    private final java.util.Set<String> droppedFrom = new java.util.HashSet<>();
    private boolean searchReset;
    private boolean versionsStaged;
    private SourceRows sourceRows;
    private MemberRows memberRows;
    private boolean scoped;
    /** Executions of a refresh whose row is rewritten in place (see {@link #forgetForRefresh}) and not yet written. */
    private final java.util.Set<Rid> inPlace = new java.util.HashSet<>();

    CacheWriter(Connection connection) {
        this.connection = connection;
        this.statements = new StatementCache(connection);
    }

    /** Whether a full load writes this table from scratch (so a replacement built aside need not copy it). */
    static boolean replacedByFullLoad(String table) {
        return DERIVED_CHILD_FIRST.contains(table) || STATE.contains(table);
    }

    void clearAll() throws SQLException {
        dropSecondaryIndexes(List.of("source_row"));   // the stored rows are written again too
        clearProvenance();
        for (String table : STATE) {
            CacheDatabase.execute(connection, "DELETE FROM " + table);
        }
    }

    /**
     * Empties the provenance tables (everything the queries read) but keeps the metadata and the sync state, so that
     * they can be rebuilt from {@link #sourceRows()} in the same transaction.
     */
    public void clearProvenance() throws SQLException {
        dropSecondaryIndexes(DERIVED_CHILD_FIRST);
        resetSearch();
        for (String table : DERIVED_CHILD_FIRST) {
            if (!table.equals(SEARCH) && !table.equals(GRAMS)) {
                CacheDatabase.execute(connection, "DELETE FROM " + table);
            }
        }
    }

    /**
     * Empties the search indexes by dropping them and creating them again from their own definitions (as the
     * migrations left them in {@code sqlite_master}): deleting their rows one by one would take every row's text out
     * of the index again. Their write buffers are set large, so that the bulk fill in {@link #finish()} merges fewer
     * segments.
     */
    private void resetSearch() throws SQLException {
        for (String table : List.of(SEARCH, GRAMS)) {
            String definition = null;
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        definition = rs.getString(1);
                    }
                }
            }
            if (definition == null) {
                throw new SQLException("the cache has no " + table + " table");
            }
            CacheDatabase.execute(connection, "DROP TABLE " + table);
            CacheDatabase.execute(connection, definition);
            run("INSERT INTO " + table + " (" + table + ", rank) VALUES ('hashsize', ?)", SEARCH_BUFFER_BYTES);
        }
        searchReset = true;
    }

    /**
     * Everything is about to be loaded again: the secondary indexes of these tables go now and are built again,
     * once, from the loaded rows in {@link #finish()} (sorting once is cheaper than keeping them up to date row by
     * row). Inside the transaction, so a rollback brings them back.
     */
    private void dropSecondaryIndexes(List<String> tables) throws SQLException {
        if (tables.stream().allMatch(droppedFrom::contains)) {
            return;
        }
        droppedFrom.addAll(tables);
        List<String[]> found = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT name, sql FROM sqlite_master "
                + "WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ("
                + String.join(", ", java.util.Collections.nCopies(tables.size(), "?")) + ")")) {
            Jdbc.bind(ps, tables.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        for (String[] index : found) {
            CacheDatabase.execute(connection, "DROP INDEX \"" + index[0].replace("\"", "\"\"") + "\"");
            droppedIndexes.add(index[1]);
        }
    }

    /** The sync state, written in this transaction. */
    public SourceRows sourceRows() {
        if (sourceRows == null) {
            sourceRows = SourceRows.on(connection);
        }
        return sourceRows;
    }

    /** The dataset member store, written in this transaction. */
    public MemberRows memberRows() {
        if (memberRows == null) {
            memberRows = MemberRows.on(connection);
        }
        return memberRows;
    }

    /** Removes a metadata key (a key an older load wrote and this one does not). */
    public void removeMeta(String key) throws SQLException {
        run("DELETE FROM catalog_meta WHERE key = ?", key);
    }

    public void putMeta(String key, String value) throws SQLException {
        run("INSERT INTO catalog_meta (key, value) VALUES (?, ?) "
                + "ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value);
    }

    public Outcome workflow(Workflow w) throws SQLException {
        Outcome o = insert("INSERT OR IGNORE INTO workflow (rid, name, description, url, checksum, version, rct, rmt) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", w.rid(), w.name(), w.description(), w.url(), w.checksum(),
                w.version(), w.created(), w.modified());
        terms("INSERT OR IGNORE INTO workflow_type (workflow_rid, term) VALUES (?, ?)", w.rid(), w.types());
        return o;
    }

    public Outcome execution(Execution e) throws SQLException {
        var d = e.durations();
        if (inPlace.contains(e.rid()) && run("UPDATE execution SET workflow_rid = ?, description = ?, status = ?, "
                + "status_detail = ?, execution_duration = ?, execution_seconds = ?, download_duration = ?, "
                + "download_seconds = ?, upload_duration = ?, upload_seconds = ?, legacy_duration = ?, "
                + "legacy_seconds = ?, rct = ?, rmt = ? WHERE rid = ?", e.workflow(), e.description(), e.status(),
                e.statusDetail(), text(d.execution()), seconds(d.execution()), text(d.download()),
                seconds(d.download()), text(d.upload()), seconds(d.upload()), text(d.legacy()), seconds(d.legacy()),
                e.created(), e.modified(), e.rid()) > 0) {
            inPlace.remove(e.rid());   // written; a second row with the same RID is a duplicate, as in a full load
            return Outcome.INSERTED;
        }
        return insert("INSERT OR IGNORE INTO execution (rid, workflow_rid, description, status, status_detail, "
                + "execution_duration, execution_seconds, download_duration, download_seconds, upload_duration, "
                + "upload_seconds, legacy_duration, legacy_seconds, rct, rmt) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e.rid(), e.workflow(), e.description(),
                e.status(), e.statusDetail(), text(d.execution()), seconds(d.execution()), text(d.download()),
                seconds(d.download()), text(d.upload()), seconds(d.upload()), text(d.legacy()), seconds(d.legacy()),
                e.created(), e.modified());
    }

    /**
     * Records the per-run code version from that run's configuration.json: kept aside and written to the execution
     * rows at commit, in the one pass over them that also writes the other derived columns.
     */
    public void runVersion(Rid execution, ScmVersion version) throws SQLException {
        if (!versionsStaged) {
            CacheDatabase.execute(connection, "CREATE TEMP TABLE IF NOT EXISTS derived_version "
                    + "(rid TEXT PRIMARY KEY, version TEXT, head TEXT, dirty INTEGER)");
            CacheDatabase.execute(connection, "DELETE FROM temp.derived_version");
            versionsStaged = true;
        }
        run("INSERT OR REPLACE INTO temp.derived_version (rid, version, head, dirty) VALUES (?, ?, ?, ?)", execution,
                version.isEmpty() ? null : version.text(), version.headNode().orElse(null), version.dirty());
    }

    public Outcome nesting(ExecutionNesting n) throws SQLException {
        return insert("INSERT OR IGNORE INTO execution_nesting (parent_rid, child_rid, sequence) VALUES (?, ?, ?)",
                n.parent(), n.child(), n.sequence());
    }

    public Outcome dataset(Dataset d) throws SQLException {
        Outcome o = insert("INSERT OR IGNORE INTO dataset (rid, description, deleted, current_version_rid, rct, rmt) "
                + "VALUES (?, ?, ?, ?, ?, ?)", d.rid(), d.description(), d.deleted(), d.currentVersion(),
                d.created(), d.modified());
        terms("INSERT OR IGNORE INTO dataset_type (dataset_rid, term) VALUES (?, ?)", d.rid(), d.types());
        return o;
    }

    public Outcome datasetNesting(Rid parent, Rid child) throws SQLException {
        return insert("INSERT OR IGNORE INTO dataset_nesting (parent_rid, child_rid) VALUES (?, ?)", parent, child);
    }

    public Outcome datasetVersion(DatasetVersion v) throws SQLException {
        Snaptime snap = v.snapshot();
        return insert("INSERT OR IGNORE INTO dataset_version (rid, dataset_rid, version, is_dev, description, "
                + "execution_rid, minid, snapshot, snapshot_micros, rct, rmt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                v.rid(), v.dataset(), v.version(), v.isDev(), v.description(), v.execution(), v.minid(),
                snap == null ? null : snap.value(), snap == null ? null : snap.epochMicros(), v.created(),
                v.modified());
    }

    public Outcome input(ExecutionInput in) throws SQLException {
        return insert("INSERT OR IGNORE INTO execution_input (execution_rid, dataset_rid, dataset_version_rid, "
                + "version_label, snapshot, source) VALUES (?, ?, ?, ?, ?, ?)", in.execution(), in.dataset(),
                in.datasetVersion(), in.version(), in.snapshot() == null ? null : in.snapshot().value(),
                in.source().name());
    }

    public Outcome asset(AssetFile a) throws SQLException {
        Outcome o = insert("INSERT OR IGNORE INTO asset (rid, asset_table, url, filename, length, md5, description, "
                + "rct, rmt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", a.rid(), a.table(), a.url(), a.filename(),
                a.length() < 0 ? null : a.length(), a.md5() == null ? null : a.md5().toLowerCase(java.util.Locale.ROOT),
                a.description(), a.created(), a.modified());
        terms("INSERT OR IGNORE INTO asset_type (asset_rid, term) VALUES (?, ?)", a.rid(), a.types());
        return o;
    }

    public Outcome assetLink(AssetLink link) throws SQLException {
        return insert("INSERT OR IGNORE INTO asset_link (asset_rid, execution_rid, role) VALUES (?, ?, ?)",
                link.asset(), link.execution(), link.role().name());
    }

    /**
     * An incremental refresh: these executions and assets are about to be loaded again from their catalog rows.
     * Removes them (with their links, inputs, nesting, types and search entries; the rows around them stay) and
     * limits the derived columns and the search index refreshed at commit to these executions.
     */
    public void forgetForRefresh(Collection<Rid> executions, Collection<Rid> assets) throws SQLException {
        forgetForRefresh(executions, List.of(), assets);
    }

    /**
     * {@link #forgetForRefresh(Collection, Collection)}, where the executions in {@code rowsOnly} keep their row and
     * everything that hangs off it: {@link #execution} rewrites the row in place (no cascade through the tables that
     * point at it); only their search entries go, to be made again from the new texts with the derived columns.
     */
    public void forgetForRefresh(Collection<Rid> executions, Collection<Rid> rowsOnly, Collection<Rid> assets)
            throws SQLException {
        CacheDatabase.execute(connection, "CREATE TEMP TABLE IF NOT EXISTS scope_execution "
                + "(rid TEXT PRIMARY KEY, in_place INTEGER NOT NULL)");
        CacheDatabase.execute(connection, "DELETE FROM temp.scope_execution");
        for (Rid rid : executions) {
            run("INSERT OR IGNORE INTO temp.scope_execution (rid, in_place) VALUES (?, 0)", rid);
        }
        for (Rid rid : rowsOnly) {
            run("INSERT OR IGNORE INTO temp.scope_execution (rid, in_place) VALUES (?, 1)", rid);
        }
        inPlace.clear();
        inPlace.addAll(rowsOnly);
        inPlace.removeAll(executions);
        scoped = true;
        run("DELETE FROM execution_search WHERE rowid IN (SELECT rowid FROM execution WHERE rid IN "
                + "(SELECT rid FROM temp.scope_execution))");
        // the short-word index keeps no content: a row's tokens are taken out with the texts they were made from
        run("INSERT INTO " + GRAMS + " (" + GRAMS + ", rowid, grams) SELECT 'delete', e.rowid, " + GRAMS_OF_E
                + " FROM execution e WHERE e.rid IN (SELECT rid FROM temp.scope_execution)");
        run("DELETE FROM execution WHERE rid IN (SELECT rid FROM temp.scope_execution WHERE in_place = 0)");
        for (Rid rid : assets) {
            run("DELETE FROM asset WHERE rid = ?", rid);
        }
    }

    /** The executions linked to any of these assets now. */
    public java.util.Set<Rid> linkedExecutions(Collection<Rid> assets) throws SQLException {
        java.util.Set<Rid> found = new java.util.HashSet<>();
        for (Rid asset : assets) {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT execution_rid FROM asset_link WHERE asset_rid = ?")) {
                Jdbc.bind(ps, asset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(new Rid(rs.getString(1)));
                    }
                }
            }
        }
        return found;
    }

    /** Every workflow RID stored. */
    public java.util.Set<Rid> workflowRids() throws SQLException {
        java.util.Set<Rid> rids = new java.util.HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT rid FROM workflow");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rids.add(new Rid(rs.getString(1)));
            }
        }
        return rids;
    }

    /** Every dataset version stored. */
    public List<DatasetVersion> datasetVersions() throws SQLException {
        List<DatasetVersion> versions = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT rid, dataset_rid, version, description, "
                + "execution_rid, minid, snapshot, rct, rmt FROM dataset_version");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                versions.add(new DatasetVersion(Jdbc.rid(rs, "rid"), Jdbc.rid(rs, "dataset_rid"),
                        rs.getString("version"), rs.getString("description"), Jdbc.rid(rs, "execution_rid"),
                        rs.getString("minid"), Snaptime.parseOrNull(rs.getString("snapshot")),
                        Jdbc.instant(rs, "rct"), Jdbc.instant(rs, "rmt")));
            }
        }
        return versions;
    }

    /** A stored asset row (without its types), or empty. */
    public java.util.Optional<AssetFile> storedAsset(Rid rid) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT rid, asset_table, url, filename, length, md5, "
                + "description, rct, rmt FROM asset WHERE rid = ?")) {
            Jdbc.bind(ps, rid);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return java.util.Optional.empty();
                }
                long length = rs.getLong("length");
                boolean noLength = rs.wasNull();
                return java.util.Optional.of(new AssetFile(Jdbc.rid(rs, "rid"), rs.getString("asset_table"),
                        rs.getString("url"), rs.getString("filename"), noLength ? -1 : length, rs.getString("md5"),
                        rs.getString("description"), List.of(), Jdbc.instant(rs, "rct"), Jdbc.instant(rs, "rmt")));
            }
        }
    }

    /**
     * Derives sort keys, summaries and the search index from the rows written; runs before commit. After
     * {@link #forgetForRefresh} only for the executions refreshed (dataset versions were not touched then).
     */
    void finish() throws SQLException {
        String only = scoped ? " WHERE rid IN (SELECT rid FROM temp.scope_execution)" : "";
        if (!scoped) {
            orderVersions();
        }
        summariseInputs();
        if (versionsStaged) {   // runs in or out of the scope, as recorded
            run("UPDATE execution SET run_version = v.version, run_head = v.head, run_dirty = v.dirty "
                    + "FROM temp.derived_version v WHERE v.rid = execution.rid");
            CacheDatabase.execute(connection, "DROP TABLE temp.derived_version");
            versionsStaged = false;
        }
        // every other derived column in one pass, so each execution row is written once
        run("UPDATE execution SET "
                + "workflow_name = (SELECT w.name FROM workflow w WHERE w.rid = execution.workflow_rid), "
                + "unknown_provenance = (description IS ? OR workflow_rid IN "
                + "(SELECT rid FROM workflow WHERE url = ?)), "
                + "input_count = coalesce((SELECT d.n FROM temp.derived_input d WHERE d.rid = execution.rid), 0), "
                + "input_summary = (SELECT d.summary FROM temp.derived_input d WHERE d.rid = execution.rid)" + only,
                Execution.UNKNOWN_PROVENANCE_DESCRIPTION, WorkflowUrl.UNKNOWN_PROVENANCE_TAG);
        CacheDatabase.execute(connection, "DROP TABLE temp.derived_input");
        if (!scoped && !searchReset) {
            run("DELETE FROM execution_search");
            run("INSERT INTO " + GRAMS + " (" + GRAMS + ") VALUES ('delete-all')");
        }
        String inScope = scoped ? " WHERE e.rid IN (SELECT rid FROM temp.scope_execution)" : "";
        run("INSERT INTO execution_search (rowid, description, status_detail, workflow_name) "
                + "SELECT e.rowid, e.description, e.status_detail, e.workflow_name FROM execution e" + inScope);
        run("INSERT INTO " + GRAMS + " (rowid, grams) SELECT e.rowid, " + GRAMS_OF_E + " FROM execution e" + inScope);
        // the indexes a bulk load dropped, built once from the rows and their derived columns; then the execution
        // table's statistics tell the planner how selective each filter is (about 0.1 s of CPU at 100,000 runs)
        if (!droppedIndexes.isEmpty()) {
            for (String index : droppedIndexes) {
                CacheDatabase.execute(connection, index);
            }
            droppedIndexes.clear();
            droppedFrom.clear();
            CacheDatabase.execute(connection, "ANALYZE execution");
        }
        if (scoped) {
            CacheDatabase.execute(connection, "DROP TABLE temp.scope_execution");
            scoped = false;
            inPlace.clear();
        }
    }

    private void orderVersions() throws SQLException {
        Map<String, List<DatasetVersion>> byDataset = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT rid, dataset_rid, version, snapshot FROM dataset_version");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                DatasetVersion v = new DatasetVersion(new Rid(rs.getString(1)), new Rid(rs.getString(2)),
                        rs.getString(3), null, null, null, Snaptime.parseOrNull(rs.getString(4)), null, null);
                byDataset.computeIfAbsent(v.dataset().value(), k -> new ArrayList<>()).add(v);
            }
        }
        for (List<DatasetVersion> versions : byDataset.values()) {
            versions.sort(DatasetVersion.BY_VERSION);
            for (int i = 0; i < versions.size(); i++) {
                run("UPDATE dataset_version SET version_order = ? WHERE rid = ?", i, versions.get(i).rid());
            }
        }
    }

    /** Each execution's input count and summary ("dataset@version, ..."), into {@code temp.derived_input}. */
    private void summariseInputs() throws SQLException {
        CacheDatabase.execute(connection, "CREATE TEMP TABLE IF NOT EXISTS derived_input "
                + "(rid TEXT PRIMARY KEY, n INTEGER NOT NULL, summary TEXT)");
        CacheDatabase.execute(connection, "DELETE FROM temp.derived_input");
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT i.execution_rid, i.dataset_rid, i.version_label, d.description FROM execution_input i "
                        + "LEFT JOIN dataset d ON d.rid = i.dataset_rid"
                        + (scoped ? " WHERE i.execution_rid IN (SELECT rid FROM temp.scope_execution)" : "")
                        + " ORDER BY i.execution_rid, i.dataset_rid");
             ResultSet rs = ps.executeQuery();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO temp.derived_input (rid, n, summary) VALUES (?, ?, ?)")) {
            String execution = null;
            List<String> labels = new ArrayList<>();
            int batched = 0;
            while (true) {
                boolean more = rs.next();
                String next = more ? rs.getString(1) : null;
                if (execution != null && !execution.equals(next)) {
                    insert.setString(1, execution);
                    insert.setInt(2, labels.size());
                    insert.setString(3, String.join(", ", labels));
                    insert.addBatch();
                    labels.clear();
                    if (++batched % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                if (!more) {
                    break;
                }
                execution = next;
                String label = DatasetLabels.shortLabel(rs.getString(2), rs.getString(4));
                String version = rs.getString(3);
                labels.add(version == null ? label : label + "@" + version);
            }
            insert.executeBatch();
        }
    }

    private void terms(String sql, Rid owner, Collection<String> terms) throws SQLException {
        for (String term : terms) {
            if (term != null && !term.isBlank()) {
                insert(sql, owner, term);
            }
        }
    }

    private Outcome insert(String sql, Object... values) throws SQLException {
        try {
            return run(sql, values) == 0 ? Outcome.DUPLICATE : Outcome.INSERTED;
        } catch (SQLiteException e) {
            if (e.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY
                    || String.valueOf(e.getMessage()).contains("FOREIGN KEY")) {
                return Outcome.DANGLING;
            }
            throw e;
        }
    }

    private int run(String sql, Object... values) throws SQLException {
        return statements.update(sql, values);
    }

    private static String text(RunDuration d) {
        return d == null ? null : d.text();
    }

    private static Double seconds(RunDuration d) {
        return d == null || d.duration().isEmpty() ? null : d.seconds();
    }

    /** Writes what is still batched; runs before commit. */
    void flush() throws SQLException {
        if (sourceRows != null) {
            sourceRows.flush();
        }
    }

    @Override
    public void close() throws SQLException {
        statements.close();
        if (sourceRows != null) {
            sourceRows.close();
        }
        if (memberRows != null) {
            memberRows.close();
        }
    }
}
