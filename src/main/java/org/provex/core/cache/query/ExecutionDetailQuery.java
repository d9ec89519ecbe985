package org.provex.core.cache.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.provex.core.cache.DatasetLabels;
import org.provex.core.cache.Jdbc;
import org.provex.core.model.AssetFile;
import org.provex.core.model.AssetRole;
import org.provex.core.model.CodeIdentity;
import org.provex.core.model.DatasetVersion;
import org.provex.core.model.Execution;
import org.provex.core.model.ExecutionInput;
import org.provex.core.model.ExecutionNesting;
import org.provex.core.model.Pep440Version;
import org.provex.core.model.Rid;
import org.provex.core.model.ScmVersion;
import org.provex.core.model.Snaptime;
import org.provex.core.model.Workflow;
import org.provex.core.model.WorkflowUrl;
import org.provex.core.cache.CacheDatabase;

/** Builds the one-execution page: code, inputs, files, nesting and outputs. */
public final class ExecutionDetailQuery {

    private final CacheDatabase db;

    public ExecutionDetailQuery(CacheDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    public Optional<ExecutionDetail> detail(Rid rid) {
        return db.read(c -> load(c, rid.value()));
    }

    private static Optional<ExecutionDetail> load(Connection c, String rid) throws SQLException {
        Optional<Execution> found = Rows.first(c, "SELECT * FROM execution WHERE rid = ?", Rows::execution, rid);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Execution e = found.get();
        Workflow workflow = e.workflow() == null ? null : Rows.workflow(c, e.workflow().value()).orElse(null);
        String runVersion = Rows.first(c, "SELECT run_version FROM execution WHERE rid = ?", rs -> rs.getString(1),
                rid).orElse(null);
        CodeIdentity code = workflow == null ? null : new CodeIdentity(workflow.rid(),
                WorkflowUrl.parse(workflow.url()), workflow.checksum(), ScmVersion.parse(runVersion));
        List<AssetUse> metadata = new ArrayList<>();
        List<AssetUse> others = new ArrayList<>();
        for (AssetUse use : assets(c, rid)) {
            (use.asset().isMetadata() ? metadata : others).add(use);
        }
        Rid parent = Rows.first(c, "SELECT parent_rid FROM execution_nesting WHERE child_rid = ? ORDER BY parent_rid",
                rs -> Jdbc.rid(rs, "parent_rid"), rid).orElse(null);
        List<ExecutionNesting> children = Rows.list(c, "SELECT parent_rid, child_rid, sequence FROM execution_nesting "
                + "WHERE parent_rid = ? ORDER BY sequence ASC NULLS LAST, child_rid", rs -> new ExecutionNesting(
                Jdbc.rid(rs, "parent_rid"), Jdbc.rid(rs, "child_rid"), Jdbc.integer(rs, "sequence")), rid);
        List<DatasetVersion> produced = Rows.list(c, "SELECT " + Rows.VERSION_COLUMNS + " FROM dataset_version v "
                + "WHERE v.execution_rid = ? ORDER BY v.dataset_rid, v.version_order", Rows::version, rid);
        return Optional.of(new ExecutionDetail(e, workflow, code, inputs(c, rid), metadata, others, parent, children,
                produced));
    }

    private static List<InputDetail> inputs(Connection c, String rid) throws SQLException {
        return Rows.list(c, "SELECT i.execution_rid, i.dataset_rid, i.dataset_version_rid, i.version_label, "
                + "i.snapshot, i.source, d.description AS dataset_description, v.rid AS known_version, v.is_dev "
                + "FROM execution_input i LEFT JOIN dataset d ON d.rid = i.dataset_rid "
                + "LEFT JOIN dataset_version v ON v.rid = i.dataset_version_rid "
                + "WHERE i.execution_rid = ? ORDER BY i.dataset_rid", rs -> {
                    String label = rs.getString("version_label");
                    Snaptime snapshot = Snaptime.parseOrNull(rs.getString("snapshot"));
                    ExecutionInput input = new ExecutionInput(Jdbc.rid(rs, "execution_rid"),
                            Jdbc.rid(rs, "dataset_rid"), Jdbc.rid(rs, "dataset_version_rid"), label, snapshot,
                            ExecutionInput.Source.valueOf(rs.getString("source")));
                    boolean known = rs.getString("known_version") != null;
                    boolean dev = known ? rs.getInt("is_dev") != 0
                            : Pep440Version.tryParse(label).map(Pep440Version::isDevRelease).orElse(false);
                    String datasetLabel = DatasetLabels.shortLabel(input.dataset().value(),
                            rs.getString("dataset_description"));
                    return new InputDetail(input, datasetLabel, dev, known);
                }, rid);
    }

    private static List<AssetUse> assets(Connection c, String rid) throws SQLException {
        List<AssetUse> uses = Rows.list(c, "SELECT l.execution_rid, l.role, " + Rows.ASSET_COLUMNS
                + " FROM asset_link l JOIN asset a ON a.rid = l.asset_rid WHERE l.execution_rid = ? "
                + "ORDER BY a.asset_table, a.filename, a.rid", rs -> new AssetUse(Jdbc.rid(rs, "execution_rid"),
                AssetRole.valueOf(rs.getString("role")), Rows.asset(rs)), rid);
        List<AssetUse> typed = new ArrayList<>();
        for (AssetUse u : uses) {
            AssetFile a = Rows.withTypes(c, u.asset());
            typed.add(new AssetUse(u.execution(), u.role(), a));
        }
        return typed;
    }
}
