package org.provex.core.lineage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.model.Crockford32;

/**
 * Writes a large generated provenance graph straight into a cache file: one dataset version consumed by
 * {@code consumers} executions, each producing two assets; every tenth consumer's first asset is consumed by a
 * second-generation run, and the last second-generation run's output feeds the first consumer (a cycle).
 */
public final class SyntheticLineage {

    /** The RIDs a test or benchmark starts from. */
    public record Graph(String dataset, String version, String firstConsumer, int consumers) {
    }

    private SyntheticLineage() {
    }

    private static String rid(long n) {
        return Crockford32.encode(n);
    }

    public static Graph write(Path cacheFile, int consumers) throws SQLException {
        CacheDatabase.open(cacheFile).close();
        long next = 1_000_000;
        String workflow = rid(next++);
        String dataset = rid(next++);
        String version = rid(next++);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cacheFile)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO workflow (rid, name, url) VALUES ('" + workflow + "', 'train.py', "
                        + "'https://github.com/org/repo/blob/0123456789abcdef0123456789abcdef01234567/train.py')");
                s.execute("INSERT INTO dataset (rid, description) VALUES ('" + dataset + "', 'Generated dataset')");
                s.execute("INSERT INTO dataset_version (rid, dataset_rid, version, snapshot, snapshot_micros) "
                        + "VALUES ('" + version + "', '" + dataset + "', '0.1.0', '354-0000-0000', 1)");
            }
            try (PreparedStatement ex = c.prepareStatement("INSERT INTO execution (rid, workflow_rid, description, "
                    + "status) VALUES (?, ?, ?, 'Uploaded')");
                 PreparedStatement in = c.prepareStatement("INSERT INTO execution_input (execution_rid, dataset_rid, "
                         + "dataset_version_rid, version_label, source) VALUES (?, ?, ?, '0.1.0', 'CATALOG')");
                 PreparedStatement asset = c.prepareStatement("INSERT INTO asset (rid, asset_table, filename, md5) "
                         + "VALUES (?, 'deriva-ml:Execution_Asset', ?, ?)");
                 PreparedStatement link = c.prepareStatement("INSERT INTO asset_link (asset_rid, execution_rid, role) "
                         + "VALUES (?, ?, ?)")) {
                String first = null;
                String lastSecond = null;
                for (int i = 0; i < consumers; i++) {
                    String run = rid(next++);
                    first = first == null ? run : first;
                    insert(ex, run, workflow, "consumer " + i);
                    insert(in, run, dataset, version);
                    for (int a = 0; a < 2; a++) {
                        String out = rid(next++);
                        insert(asset, out, "out" + a + ".bin", String.format("%032x", next));
                        insert(link, out, run, "OUTPUT");
                        if (a == 0 && i % 10 == 0) {
                            String second = rid(next++);
                            insert(ex, second, workflow, "second generation " + i);
                            insert(link, out, second, "INPUT");
                            lastSecond = second;
                        }
                    }
                }
                String loop = rid(next++);
                insert(asset, loop, "loop.bin", String.format("%032x", next));
                insert(link, loop, lastSecond, "OUTPUT");
                insert(link, loop, first, "INPUT");
                ex.executeBatch();
                in.executeBatch();
                asset.executeBatch();
                link.executeBatch();
                c.commit();
                return new Graph(dataset, version, first, consumers);
            }
        }
    }

    private static void insert(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
        ps.addBatch();
    }
}
