package org.provex.core.cache.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.DatasetLabels;
import org.provex.core.model.AssetFile;
import org.provex.core.model.WorkflowUrl;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cache reads behind lineage walks: the neighbours of a whole frontier of RIDs in one relation at a time (each an
 * index seek per RID, in batches), and the facts shown on a node. Links come back in data-flow direction: the
 * {@code from} side fed the {@code to} side (a nested version feeds the parent version that contains it).
 */
public final class LineageQueries {

    /** A directed link in data-flow direction, with the relation that makes it. */
    public record Link(String from, String to, String relation) {
    }

    /** What a node shows: its kind (execution, dataset_version, dataset, workflow, asset, file) and facts. */
    public record NodeFacts(String rid, String kind, String label, String status, String detail,
                            boolean unknownProvenance) {
    }

    /** A nested version is the child's latest released version at or before the parent version's snapshot. */
    private static final String CHILD_VERSION_AT = "(SELECT c.rid FROM dataset_version c WHERE c.dataset_rid = "
            + "n.child_rid AND c.snapshot_micros IS NOT NULL AND c.snapshot_micros <= p.snapshot_micros "
            + "ORDER BY c.snapshot_micros DESC, c.rid DESC LIMIT 1)";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CacheDatabase db;

    public LineageQueries(CacheDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * Links leaving the frontier downstream (what each RID fed), asking only the relations that start at the kinds
     * present ({@code execution}, {@code dataset_version}, ...). Metadata files are left out unless asked.
     */
    public List<Link> downstream(Collection<String> rids, Set<String> kinds, boolean orchestration,
                                 boolean metadata) {
        List<Link> links = new ArrayList<>();
        withFrontier(rids, (c, in) -> {
            if (kinds.contains("dataset_version")) {
                links.addAll(select(c, "SELECT dataset_version_rid, execution_rid, 'consumed' FROM execution_input "
                        + "WHERE dataset_version_rid IN " + in));
                links.addAll(select(c, "SELECT " + CHILD_VERSION_AT + ", p.rid, 'contains' FROM dataset_nesting n "
                        + "JOIN dataset_version p ON p.dataset_rid = n.parent_rid AND p.snapshot_micros IS NOT NULL "
                        + "JOIN dataset_version v ON v.dataset_rid = n.child_rid WHERE v.rid IN " + in
                        + " AND " + CHILD_VERSION_AT + " = v.rid"));
            }
            if (kinds.contains("dataset")) {
                links.addAll(select(c, "SELECT dataset_rid, execution_rid, 'consumed' FROM execution_input "
                        + "WHERE dataset_version_rid IS NULL AND dataset_rid IN " + in));
                links.addAll(select(c, "SELECT dataset_rid, rid, 'version' FROM dataset_version WHERE dataset_rid IN "
                        + in));
            }
            if (kinds.contains("asset") || kinds.contains("file")) {
                links.addAll(select(c, "SELECT l.asset_rid, l.execution_rid, 'consumed' FROM asset_link l "
                        + "WHERE l.role = 'INPUT' AND l.asset_rid IN " + in));
            }
            if (kinds.contains("execution")) {
                links.addAll(select(c, "SELECT l.execution_rid, l.asset_rid, 'produced' FROM asset_link l "
                        + "JOIN asset a ON a.rid = l.asset_rid WHERE l.role = 'OUTPUT' AND l.execution_rid IN " + in
                        + metadataFilter(metadata)));
                links.addAll(select(c, "SELECT execution_rid, rid, 'produced' FROM dataset_version "
                        + "WHERE execution_rid IN " + in));
                if (orchestration) {
                    links.addAll(select(c, "SELECT parent_rid, child_rid, 'parent' FROM execution_nesting "
                            + "WHERE parent_rid IN " + in));
                }
            }
            if (kinds.contains("workflow")) {
                links.addAll(select(c, "SELECT workflow_rid, rid, 'ran' FROM execution WHERE workflow_rid IN " + in));
            }
        });
        return links;
    }

    /** Links entering the frontier from upstream (what fed each RID), for the kinds present. */
    public List<Link> upstream(Collection<String> rids, Set<String> kinds, boolean orchestration, boolean metadata) {
        List<Link> links = new ArrayList<>();
        withFrontier(rids, (c, in) -> {
            if (kinds.contains("execution")) {
                links.addAll(select(c, "SELECT coalesce(dataset_version_rid, dataset_rid), execution_rid, 'consumed' "
                        + "FROM execution_input WHERE execution_rid IN " + in));
                links.addAll(select(c, "SELECT l.asset_rid, l.execution_rid, 'consumed' FROM asset_link l "
                        + "JOIN asset a ON a.rid = l.asset_rid WHERE l.role = 'INPUT' AND l.execution_rid IN " + in
                        + metadataFilter(metadata)));
                links.addAll(select(c, "SELECT workflow_rid, rid, 'ran' FROM execution WHERE workflow_rid IS NOT NULL "
                        + "AND rid IN " + in));
                if (orchestration) {
                    links.addAll(select(c, "SELECT parent_rid, child_rid, 'parent' FROM execution_nesting "
                            + "WHERE child_rid IN " + in));
                }
            }
            if (kinds.contains("asset") || kinds.contains("file")) {
                links.addAll(select(c, "SELECT l.execution_rid, l.asset_rid, 'produced' FROM asset_link l "
                        + "WHERE l.role = 'OUTPUT' AND l.asset_rid IN " + in));
            }
            if (kinds.contains("dataset_version")) {
                links.addAll(select(c, "SELECT execution_rid, rid, 'produced' FROM dataset_version "
                        + "WHERE execution_rid IS NOT NULL AND rid IN " + in));
                links.addAll(select(c, "SELECT " + CHILD_VERSION_AT + ", p.rid, 'contains' FROM dataset_version p "
                        + "JOIN dataset_nesting n ON n.parent_rid = p.dataset_rid WHERE p.snapshot_micros IS NOT NULL "
                        + "AND p.rid IN " + in + " AND " + CHILD_VERSION_AT + " IS NOT NULL"));
            }
        });
        return links;
    }

    /** The facts of each RID the cache knows; unknown RIDs are left out. */
    public List<NodeFacts> facts(Collection<String> rids) {
        List<NodeFacts> facts = new ArrayList<>();
        withFrontier(rids, (c, in) -> {
            facts.addAll(Rows.list(c, "SELECT e.rid, e.description, e.status, w.name, e.unknown_provenance "
                    + "FROM execution e LEFT JOIN workflow w ON w.rid = e.workflow_rid WHERE e.rid IN " + in,
                    rs -> new NodeFacts(rs.getString(1), "execution", rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getInt(5) != 0)));
            facts.addAll(Rows.list(c, "SELECT v.rid, d.description, v.version, v.dataset_rid, v.snapshot, v.is_dev "
                    + "FROM dataset_version v LEFT JOIN dataset d ON d.rid = v.dataset_rid WHERE v.rid IN " + in,
                    rs -> new NodeFacts(rs.getString(1), "dataset_version", DatasetLabels.shortLabel(rs.getString(4),
                            rs.getString(2)) + "@" + rs.getString(3), null, rs.getString(4),
                            false)));
            facts.addAll(Rows.list(c, "SELECT rid, description FROM dataset WHERE rid IN " + in,
                    rs -> new NodeFacts(rs.getString(1), "dataset", DatasetLabels.shortLabel(rs.getString(1),
                            rs.getString(2)), null, null, false)));
            facts.addAll(Rows.list(c, "SELECT rid, name, url, version FROM workflow WHERE rid IN " + in,
                    rs -> new NodeFacts(rs.getString(1), "workflow", rs.getString(2), null, rs.getString(4),
                            WorkflowUrl.UNKNOWN_PROVENANCE_TAG.equals(rs.getString(3)))));
            facts.addAll(Rows.list(c, "SELECT rid, asset_table, coalesce(filename, url), url, md5 FROM asset "
                    + "WHERE rid IN " + in, rs -> new NodeFacts(rs.getString(1),
                    "deriva-ml:File".equals(rs.getString(2)) ? "file" : "asset", rs.getString(3), null,
                    rs.getString(2), AssetFile.UNKNOWN_PROVENANCE_URL.equals(rs.getString(4)))));
        });
        return facts;
    }

    /** The asset rows with this MD5 (lower-case hex). */
    public List<String> assetsWithMd5(String md5) {
        return db.read(c -> Rows.list(c, "SELECT rid FROM asset WHERE md5 = ? ORDER BY rid", rs -> rs.getString(1),
                md5));
    }

    /** Executions whose per-run HEAD is this commit (either may be abbreviated, at least 7 hex digits). */
    public List<String> executionsWithHead(String commit) {
        return db.read(c -> Rows.list(c, "SELECT rid FROM execution WHERE length(run_head) >= 7 AND "
                + "(? LIKE run_head || '%' OR run_head LIKE ? || '%') ORDER BY rid", rs -> rs.getString(1),
                commit, commit));
    }

    /** The executions of some workflows, by RID. */
    public List<String> executionsOfWorkflows(Collection<String> workflows) {
        List<String> runs = new ArrayList<>();
        withFrontier(workflows, (c, in) -> runs.addAll(Rows.list(c, "SELECT rid FROM execution WHERE workflow_rid IN "
                + in + " ORDER BY rid", rs -> rs.getString(1))));
        return runs;
    }

    /** Every workflow RID with its URL, for matching commits named inside URLs. */
    public List<String[]> workflowUrls() {
        return db.read(c -> Rows.list(c, "SELECT rid, url FROM workflow WHERE url IS NOT NULL ORDER BY rid",
                rs -> new String[] {rs.getString(1), rs.getString(2)}));
    }

    private static String metadataFilter(boolean metadata) {
        return metadata ? "" : " AND a.asset_table <> '" + AssetFile.METADATA_TABLE + "'";
    }

    private static List<Link> select(Connection c, String sql) throws SQLException {
        return Rows.list(c, sql, rs -> new Link(rs.getString(1), rs.getString(2), rs.getString(3))).stream()
                .filter(l -> l.from() != null && l.to() != null).toList();
    }

    @FunctionalInterface
    private interface FrontierWork {
        void run(Connection c, String in) throws SQLException;
    }

    /**
     * Runs the work with the RIDs in a temporary table of the read connection; {@code in} is
     * {@code (SELECT rid FROM temp.lineage_frontier)}, so each query joins the whole frontier at once.
     */
    private void withFrontier(Collection<String> rids, FrontierWork work) {
        db.read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TEMP TABLE IF NOT EXISTS lineage_frontier (rid TEXT PRIMARY KEY) WITHOUT ROWID");
                s.execute("DELETE FROM temp.lineage_frontier");
            }
            // one statement for the whole frontier (a JSON array read by SQLite), not one driver call per RID
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO temp.lineage_frontier (rid) "
                    + "SELECT value FROM json_each(?)")) {
                ps.setString(1, JSON.writeValueAsString(rids));
                ps.executeUpdate();
            }
            work.run(c, "(SELECT rid FROM temp.lineage_frontier)");
            return null;
        });
    }
}
