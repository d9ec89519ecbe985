package org.provex.core.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SQLite cache of one catalog: a database file (WAL journal, foreign keys on, busy timeout) and,
 * next to it, the {@link BlobStore} of metadata file bodies. Opening applies pending migrations
 * ({@code migrations/V<n>__*.sql}, each in its own transaction, version kept in
 * {@code PRAGMA user_version}) and refuses a file from a newer Provex with {@link CacheVersionException}.
 *
 * <p>Reads share one connection and are serialised; each write transaction uses its own
 * connection, so readers keep seeing the previous content until the write commits.
 */
public final class CacheDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CacheDatabase.class);
    private static final String MIGRATION_DIR = "/org/provex/core/cache/migrations/";
    /** In order; the schema version of a file is the number of scripts applied to it. */
    private static final List<String> MIGRATIONS = List.of("V1__initial_schema.sql", "V2__sync_source_rows.sql",
            "V3__lineage_and_members.sql", "V4__source_row_refs.sql",
            "V5__execution_sort_keys.sql", "V6__execution_walk_indexes.sql",
            "V7__execution_short_words.sql");
    private static final int BUSY_TIMEOUT_MS = 10_000;
    private static final long MMAP_BYTES = 512L * 1024 * 1024;
    private static final int CACHE_KIB = 64 * 1024;

    private final Path file;
    private final BlobStore blobs;
    private final Connection readConnection;
    /**
     * Fair: reads queue in the order they ask, so a short read (a page of the table) is not kept waiting behind a
     * background task that reads in many short steps (the positions pass of the executions list).
     */
    private final ReentrantLock readLock = new ReentrantLock(true);

    private CacheDatabase(Path file, Connection readConnection) {
        this.file = file;
        this.readConnection = readConnection;
        String name = file.getFileName().toString();
        this.blobs = new BlobStore(file.resolveSibling(name.replaceFirst("\\.[^.]*$", "") + ".blobs"));
    }

    /** The schema version this build writes. */
    public static int schemaVersion() {
        return MIGRATIONS.size();
    }

    /** Opens (creating if needed) the cache file and brings its schema up to date. */
    public static CacheDatabase open(Path file) {
        Objects.requireNonNull(file, "file");
        Path absolute = file.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new CacheException("Cannot create the cache folder " + absolute.getParent() + ": " + e.getMessage(),
                    e);
        }
        Connection connection = connect(absolute);
        try {
            migrate(absolute, connection);
            return new CacheDatabase(absolute, connection);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    public BlobStore blobs() {
        return blobs;
    }

    /** Runs a read on the shared read connection. */
    public <T> T read(SqlFunction<T> query) {
        readLock.lock();
        try {
            return query.apply(readConnection);
        } catch (SQLException e) {
            throw new CacheException("Reading the cache " + file + " failed: " + e.getMessage(), e);
        } finally {
            readLock.unlock();
        }
    }

    /**
     * Replaces the whole cache content in one transaction: clears every table, runs the work, derives
     * summary columns and the search index, commits. If anything throws, the transaction is rolled back
     * and the cache is exactly as before.
     */
    public <T> T replaceContent(CacheWork<T> work) throws IOException {
        return write(true, true, work);
    }

    /** Adds or updates rows in one transaction (derived columns are refreshed before commit). */
    public <T> T update(CacheWork<T> work) throws IOException {
        return write(false, true, work);
    }

    /**
     * Changes only metadata or sync state in one transaction, without refreshing derived columns: for work that
     * writes no provenance row (a sync that found nothing to change records the new snapshot this way).
     */
    public <T> T updateMetadata(CacheWork<T> work) throws IOException {
        return write(false, false, work);
    }

    private <T> T write(boolean clear, boolean derive, CacheWork<T> work) throws IOException {
        try (Connection connection = connect(file)) {
            execute(connection, "BEGIN IMMEDIATE");
            try (CacheWriter writer = new CacheWriter(connection)) {
                if (clear) {
                    writer.clearAll();
                }
                T result = work.run(writer);
                writer.flush();
                if (derive) {
                    writer.finish();
                }
                execute(connection, "COMMIT");
                return result;
            } catch (IOException | SQLException | RuntimeException | Error e) {
                rollback(connection);
                if (e instanceof SQLException sql) {
                    throw new CacheException("Writing the cache " + file + " failed and was rolled back: "
                            + sql.getMessage(), sql);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new CacheException("Cannot open the cache " + file + " for writing: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        readLock.lock();
        try {
            closeQuietly(readConnection);
        } finally {
            readLock.unlock();
        }
    }

    private static void rollback(Connection connection) {
        try {
            execute(connection, "ROLLBACK");
        } catch (SQLException e) {
            LOG.warn("Rolling back a cache transaction failed: {}", e.getMessage());
        }
    }

    private static Connection connect(Path file) {
        try {
            java.util.Properties properties = new java.util.Properties();
            // no generated keys: otherwise the driver runs a second statement after every insert of a bulk load
            properties.setProperty("jdbc.get_generated_keys", "false");
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file, properties);
            SearchGrams.register(connection);
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("PRAGMA foreign_keys = ON");
                // a list query over 100,000 runs scans tens of MB of rows: keep them in memory between queries
                // (mapped from the file, plus a page cache that holds the execution table)
                s.execute("PRAGMA mmap_size = " + MMAP_BYTES);
                s.execute("PRAGMA cache_size = -" + CACHE_KIB);
            }
            return connection;
        } catch (SQLException e) {
            throw new CacheException("Cannot open the cache database " + file + " (" + e.getMessage()
                    + "); if the file is damaged, delete it and sync again", e);
        }
    }

    private static void migrate(Path file, Connection connection) {
        try {
            int current = userVersion(connection);
            if (current > MIGRATIONS.size()) {
                throw new CacheVersionException(file, current, MIGRATIONS.size());
            }
            for (int v = current + 1; v <= MIGRATIONS.size(); v++) {
                String script = MIGRATIONS.get(v - 1);
                execute(connection, "BEGIN IMMEDIATE");
                try {
                    for (String statement : statements(loadScript(script))) {
                        execute(connection, statement);
                    }
                    execute(connection, "PRAGMA user_version = " + v);
                    execute(connection, "COMMIT");
                } catch (SQLException | RuntimeException e) {
                    rollback(connection);
                    throw e;
                }
                LOG.info("Cache {} migrated to schema version {} ({})", file, v, script);
            }
        } catch (SQLException e) {
            throw new CacheException("Cannot prepare the cache schema in " + file + ": " + e.getMessage(), e);
        }
    }

    private static int userVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String loadScript(String name) {
        try (InputStream in = CacheDatabase.class.getResourceAsStream(MIGRATION_DIR + name)) {
            if (in == null) {
                throw new CacheException("Migration script " + name + " is missing from the Provex build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a script into statements; scripts hold no string literal containing "--" or ";". */
    static List<String> statements(String script) {
        StringBuilder sql = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            int comment = line.indexOf("--");
            sql.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
        }
        List<String> result = new ArrayList<>();
        for (String part : sql.toString().split(";")) {
            if (!part.isBlank()) {
                result.add(part.strip());
            }
        }
        return result;
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Closing a cache connection failed: {}", e.getMessage());
        }
    }
}
