package org.provex.core.cache.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.DatasetLabels;
import org.provex.core.cache.Jdbc;
import org.provex.core.model.Dataset;
import org.provex.core.model.DatasetVersion;
import org.provex.core.model.Rid;

/** Datasets, their version histories, and who produced and consumed each version. */
public final class DatasetQueries {

    private final CacheDatabase db;

    public DatasetQueries(CacheDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** Every dataset (deleted ones included, flagged), by RID, with its PEP 440-ordered history. */
    public List<DatasetSummary> datasets() {
        return db.read(c -> {
            List<Dataset> datasets = Rows.list(c, "SELECT rid, description, deleted, current_version_rid, rct, rmt "
                    + "FROM dataset ORDER BY rid", rs -> new Dataset(Jdbc.rid(rs, "rid"), rs.getString("description"),
                    rs.getInt("deleted") != 0, Jdbc.rid(rs, "current_version_rid"), List.of(),
                    Jdbc.instant(rs, "rct"), Jdbc.instant(rs, "rmt")));
            List<DatasetSummary> result = new ArrayList<>();
            for (Dataset d : datasets) {
                result.add(summary(c, d));
            }
            return result;
        });
    }

    public Optional<DatasetSummary> dataset(Rid rid) {
        return datasets().stream().filter(d -> d.dataset().rid().equals(rid)).findFirst();
    }

    /** The producer and consumers of one {@code Dataset_Version} row; empty when the row is not cached. */
    public Optional<DatasetVersionUsage> usage(Rid datasetVersion) {
        return usage(datasetVersion, Integer.MAX_VALUE);
    }

    /**
     * Like {@link #usage(Rid)} with at most {@code consumerLimit} consumers, newest first: a version of a
     * large catalog may have been consumed by tens of thousands of runs. {@link ExecutionQueries#count}
     * with {@code ExecutionFilter.ALL.withInput(dataset, version)} counts them all.
     */
    public Optional<DatasetVersionUsage> usage(Rid datasetVersion, int consumerLimit) {
        Optional<DatasetVersion> version = db.read(c -> Rows.first(c, "SELECT " + Rows.VERSION_COLUMNS
                + " FROM dataset_version v WHERE v.rid = ?", Rows::version, datasetVersion));
        if (version.isEmpty()) {
            return Optional.empty();
        }
        DatasetVersion v = version.get();
        ExecutionRow producer = v.execution() == null ? null : db.read(c -> ExecutionQueries.rows(c,
                "SELECT " + ExecutionQueries.ROW_COLUMNS + ExecutionQueries.FROM + " WHERE e.rid = ?",
                List.of(v.execution()))).stream().findFirst().orElse(null);
        List<ExecutionRow> consumers = new ExecutionQueries(db).list(
                ExecutionFilter.ALL.withInput(v.dataset(), v.rid()), ExecutionSort.NEWEST_FIRST, consumerLimit, 0);
        return Optional.of(new DatasetVersionUsage(v, producer, consumers));
    }

    private static DatasetSummary summary(Connection c, Dataset d) throws SQLException {
        String rid = d.rid().value();
        Dataset typed = new Dataset(d.rid(), d.description(), d.deleted(), d.currentVersion(),
                Rows.terms(c, "dataset_type", "dataset_rid", rid), d.created(), d.modified());
        List<DatasetVersion> history = Rows.list(c, "SELECT " + Rows.VERSION_COLUMNS + " FROM dataset_version v "
                + "WHERE v.dataset_rid = ? ORDER BY v.version_order, v.rid", Rows::version, rid);
        DatasetVersion current = history.stream().filter(v -> v.rid().equals(d.currentVersion())).findFirst()
                .orElse(null);
        List<Rid> children = Rows.list(c, "SELECT child_rid FROM dataset_nesting WHERE parent_rid = ? "
                + "ORDER BY child_rid", rs -> Jdbc.rid(rs, "child_rid"), rid);
        return new DatasetSummary(typed, DatasetLabels.shortLabel(rid, d.description()), current, history, children);
    }
}
