package org.provex.core.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;

/**
 * The SQLite cache of one catalog: a database file (WAL journal, foreign keys on, busy timeout) and,
 * next to it, the {@link BlobStore} of metadata file bodies. Opening applies pending migrations
 * ({@code migrations/V<n>__*.sql}, each in its own transaction, version kept in
 * {@code PRAGMA user_version}) and refuses a file from a newer Provex with {@link CacheVersionException}.
 *
 * <p>Reads share one connection and are serialised; each write transaction uses its own
 * connection, so readers keep seeing the previous content until the write commits. A full replacement is built in
 * a file beside the cache ({@code <name>.build}) and copied in with one transaction.
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
    private static final String BUILD_SUFFIX = ".build";
    private static final int COPY_RETRY_MS = 100;

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
            migrate(absolute, connection, true);
            CacheDatabase db = new CacheDatabase(absolute, connection);
            db.removeStaleBuild();
            return db;
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
     * summary columns and the search index, commits. If anything throws, the cache is exactly as before.
     */
    public <T> T replaceContent(CacheWork<T> work) throws IOException {
        return replaceContent(work, () -> { });
    }

    /**
     * {@link #replaceContent(CacheWork)}, built aside: the new content is written into a file of its own beside the
     * cache ({@value #BUILD_SUFFIX}; in-memory journal, no WAL, not synced, so every page is written once and nothing
     * old is deleted row by row), with the tables a full load does not write (dataset members) copied over from the
     * cache; then SQLite's backup API copies it into the cache in one WAL transaction. Readers, in this process or
     * another, see the old content until that commits and the new one after; a failure or a kill at any point leaves
     * the cache as it was (a build file left by a kill is removed when the cache is next opened or replaced). The
     * cache's write lock is held while building, so writers queue as for any other write; it is handed to the copy at
     * the end (another writer getting in between would be overwritten by the copy, as if it had written first).
     *
     * @param beforeCopy runs when the new content is complete, before it is copied in; if it throws, nothing is
     *     copied
     */
    public <T> T replaceContent(CacheWork<T> work, Runnable beforeCopy) throws IOException {
        Path build = buildFile();
        try (Connection live = connect(file)) {
            T result;
            execute(live, "BEGIN IMMEDIATE");
            try {
                result = build(live, build, work);
                beforeCopy.run();
                execute(live, "COMMIT");   // nothing written: only hands the write lock to the copy
            } catch (IOException | SQLException | RuntimeException | Error e) {
                rollback(live);
                deleteBuild(build);
                if (e instanceof SQLException sql) {
                    throw new CacheException("Writing the cache " + file + " failed; it is unchanged: "
                            + sql.getMessage(), sql);
                }
                throw e;
            }
            try {
                copyIn(live, build);
            } finally {
                deleteBuild(build);
            }
            return result;
        } catch (SQLException e) {
            throw new CacheException("Cannot open the cache " + file + " for writing: " + e.getMessage(), e);
        }
    }

    /**
     * Deletes a build file that a killed replacement left, unless a replacement is under way (another process holds
     * the write lock): only the process that holds it builds.
     */
    private void removeStaleBuild() {
        Path build = buildFile();
        if (!Files.exists(build)) {
            return;
        }
        try (Connection probe = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement s = probe.createStatement()) {
                s.execute("PRAGMA busy_timeout = 0");
                s.execute("BEGIN IMMEDIATE");
            }
            try {
                deleteBuild(build);
            } finally {
                rollback(probe);
            }
        } catch (SQLException e) {
            LOG.debug("Leaving {} (a replacement may be under way): {}", build, e.getMessage());
        }
    }

    /** The file a replacement is built in. */
    Path buildFile() {
        return file.resolveSibling(file.getFileName() + BUILD_SUFFIX);
    }

    /** Writes the new content into {@code build} (created afresh with this cache's schema) and commits it there. */
    private <T> T build(Connection live, Path build, CacheWork<T> work) throws IOException, SQLException {
        deleteBuild(build);
        int pageSize = pragma(live, "page_size");
        try (Connection next = connectBuild(build, pageSize)) {
            migrate(build, next, false);
            keepUnreplaced(next);
            execute(next, "BEGIN");
            try (CacheWriter writer = new CacheWriter(next)) {
                writer.clearAll();   // empty already; drops the secondary indexes, built once at the end
                T result = work.run(writer);
                writer.flush();
                writer.finish();
                execute(next, "COMMIT");
                return result;
            }
        }
    }

    /**
     * Copies the tables a full load does not write (dataset members, and any ordinary table a later schema adds) from
     * the cache. Shadow tables of the search indexes and virtual tables are not copied (the load fills them), nor
     * tables that the schema does not define.
     */
    private void keepUnreplaced(Connection next) throws SQLException {
        try (PreparedStatement attach = next.prepareStatement("ATTACH DATABASE ? AS kept")) {
            attach.setString(1, file.toString());
            attach.execute();
        }
        try {
            List<String> kept = new ArrayList<>();
            try (Statement s = next.createStatement(); ResultSet rs = s.executeQuery("SELECT m.name FROM "
                    + "kept.sqlite_master m JOIN pragma_table_list t ON t.schema = 'kept' AND t.name = m.name "
                    + "WHERE m.type = 'table' AND t.type = 'table' AND m.name NOT LIKE 'sqlite%' "
                    + "AND m.name IN (SELECT name FROM main.sqlite_master WHERE type = 'table') ORDER BY m.rowid")) {
                while (rs.next()) {
                    if (!CacheWriter.replacedByFullLoad(rs.getString(1))) {
                        kept.add(rs.getString(1));
                    }
                }
            }
            execute(next, "PRAGMA foreign_keys = OFF");   // rows that were consistent there, copied in any order
            execute(next, "BEGIN");
            for (String table : kept) {
                String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
                execute(next, "INSERT INTO main." + quoted + " SELECT * FROM kept." + quoted);
            }
            execute(next, "COMMIT");
            execute(next, "PRAGMA foreign_keys = ON");
        } finally {
            execute(next, "DETACH DATABASE kept");
        }
    }

    /** One WAL transaction on the cache that makes it a copy of {@code build}, page by page. */
    private void copyIn(Connection live, Path build) throws SQLException {
        int rc = live.unwrap(SQLiteConnection.class).getDatabase().restore("main", build.toString(), null,
                COPY_RETRY_MS, BUSY_TIMEOUT_MS / COPY_RETRY_MS, -1);
        if (rc != SQLiteErrorCode.SQLITE_OK.code && rc != SQLiteErrorCode.SQLITE_DONE.code) {
            throw new CacheException("Writing the cache " + file + " failed (SQLite error " + rc + ": "
                    + SQLiteErrorCode.getErrorCode(rc).message + "); it is unchanged");
        }
    }

    /** A connection to a build file: nothing else reads it, and a crash only leaves it to be deleted. */
    private static Connection connectBuild(Path build, int pageSize) throws SQLException {
        Connection connection = newConnection(build);
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA page_size = " + pageSize);   // the copy into a WAL file needs equal page sizes
            s.execute("PRAGMA journal_mode = MEMORY");
            s.execute("PRAGMA synchronous = OFF");
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("PRAGMA cache_size = -" + CACHE_KIB);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw e;
        }
        return connection;
    }

    private void deleteBuild(Path build) {
        for (String suffix : List.of("", "-journal", "-wal", "-shm")) {
            try {
                Files.deleteIfExists(build.resolveSibling(build.getFileName() + suffix));
            } catch (IOException e) {
                LOG.warn("Cannot delete {}{}: {}", build, suffix, e.getMessage());
            }
        }
    }

    private static int pragma(Connection connection, String name) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Adds or updates rows in one transaction (derived columns are refreshed before commit). */
    public <T> T update(CacheWork<T> work) throws IOException {
        return write(true, work);
    }

    /**
     * Changes only metadata or sync state in one transaction, without refreshing derived columns: for work that
     * writes no provenance row (a sync that found nothing to change records the new snapshot this way).
     */
    public <T> T updateMetadata(CacheWork<T> work) throws IOException {
        return write(false, work);
    }

    private <T> T write(boolean derive, CacheWork<T> work) throws IOException {
        try (Connection connection = connect(file)) {
            execute(connection, "BEGIN IMMEDIATE");
            try (CacheWriter writer = new CacheWriter(connection)) {
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

    /** A connection to a cache file or a build file, before its pragmas; every connection a load writes through. */
    private static Connection newConnection(Path file) throws SQLException {
        java.util.Properties properties = new java.util.Properties();
        // no generated keys: otherwise the driver runs a second statement after every insert of a bulk load
        properties.setProperty("jdbc.get_generated_keys", "false");
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file, properties);
        try {
            SearchGrams.register(connection);   // the migrations and the search triggers call it
        } catch (SQLException e) {
            closeQuietly(connection);
            throw e;
        }
        return connection;
    }

    private static Connection connect(Path file) {
        try {
            Connection connection = newConnection(file);
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

    private static void migrate(Path file, Connection connection, boolean log) {
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
                if (log) {
                    LOG.info("Cache {} migrated to schema version {} ({})", file, v, script);
                }
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
