package org.provex.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.model.Execution;
import org.provex.core.model.ExecutionDurations;
import org.provex.core.model.Rid;
import org.provex.core.model.Workflow;

class CacheDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void migratesAnEmptyFileToTheCurrentVersionWithWalAndForeignKeys() throws Exception {
        Path file = dir.resolve("c1.sqlite");
        try (CacheDatabase db = CacheDatabase.open(file)) {
            int version = db.read(c -> single(c, "PRAGMA user_version"));
            String journal = db.read(c -> text(c, "PRAGMA journal_mode"));
            int fk = db.read(c -> single(c, "PRAGMA foreign_keys"));
            int tables = db.read(c -> single(c, "SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                    + "AND name IN ('execution', 'workflow', 'dataset_version', 'asset_link', 'execution_input')"));
            assertThat(version).isEqualTo(CacheDatabase.schemaVersion()).isPositive();
            assertThat(journal).isEqualToIgnoringCase("wal");
            assertThat(fk).isEqualTo(1);
            assertThat(tables).isEqualTo(5);
        }
    }

    @Test
    void reopeningKeepsContentAndDoesNotMigrateAgain() throws Exception {
        Path file = dir.resolve("c1.sqlite");
        try (CacheDatabase db = CacheDatabase.open(file)) {
            db.replaceContent(w -> w.workflow(new Workflow(Rid.of("1-ABC4"), "train", null, null, null, null,
                    List.of("Training"), Instant.parse("2026-03-02T09:15:00Z"), null)));
        }
        try (CacheDatabase db = CacheDatabase.open(file)) {
            assertThat((int) db.read(c -> single(c, "SELECT count(*) FROM workflow_type"))).isEqualTo(1);
            String name = db.read(c -> text(c, "SELECT name FROM workflow WHERE rid = '1-ABC4'"));
            assertThat(name).isEqualTo("train");
        }
    }

    @Test
    void refusesADatabaseFromANewerProvexAndLeavesItUntouched() throws Exception {
        Path file = dir.resolve("future.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE something_new (x)");
            s.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> CacheDatabase.open(file))
                .isInstanceOf(CacheVersionException.class)
                .hasMessageContaining("schema version 99")
                .hasMessageContaining("supports up to " + CacheDatabase.schemaVersion());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(single(c, "PRAGMA user_version")).isEqualTo(99);
            assertThat(single(c, "SELECT count(*) FROM sqlite_master WHERE name = 'execution'")).isZero();
        }
        assertThat(before).isNotEmpty();
    }

    @Test
    void aFailedWriteRollsBack() throws Exception {
        try (CacheDatabase db = CacheDatabase.open(dir.resolve("c.sqlite"))) {
            db.replaceContent(w -> w.workflow(new Workflow(Rid.of("1-0000"), "a", null, null, null, null, null, null,
                    null)));
            assertThatThrownBy(() -> db.replaceContent(w -> {
                w.workflow(new Workflow(Rid.of("2-0000"), "b", null, null, null, null, null, null, null));
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            String names = db.read(c -> text(c, "SELECT group_concat(name) FROM workflow"));
            assertThat(names).isEqualTo("a");
        }
    }

    @Test
    void aReloadRebuildsTheSearchAndIndexesAndAFailedOneKeepsThem() throws Exception {
        try (CacheDatabase db = CacheDatabase.open(dir.resolve("c.sqlite"))) {
            String schema = "SELECT group_concat(name || ':' || coalesce(sql, ''), '|') FROM "
                    + "(SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' ORDER BY name)";
            String empty = db.read(c -> text(c, schema));
            db.replaceContent(w -> run(w, "1-0000", "training on cifar"));
            assertThat((String) db.read(c -> text(c, schema))).isEqualTo(empty);
            assertThat((int) db.read(c -> matches(c, "cifar"))).isEqualTo(1);
            assertThatThrownBy(() -> db.replaceContent(w -> {
                run(w, "2-0000", "training on imagenet");
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat((String) db.read(c -> text(c, schema))).isEqualTo(empty);
            assertThat((int) db.read(c -> matches(c, "cifar"))).isEqualTo(1);
            assertThat((int) db.read(c -> matches(c, "imagenet"))).isZero();
            db.replaceContent(w -> run(w, "2-0000", "training on imagenet"));
            assertThat((String) db.read(c -> text(c, schema))).isEqualTo(empty);
            assertThat((int) db.read(c -> matches(c, "cifar"))).isZero();
            assertThat((int) db.read(c -> matches(c, "imagenet"))).isEqualTo(1);
        }
    }

    @Test
    void aReplacementKeepsTheDatasetMembersAndLeavesNoBuildFile() throws Exception {
        try (CacheDatabase db = CacheDatabase.open(dir.resolve("c.sqlite"))) {
            db.replaceContent(w -> run(w, "1-0000", "first"));
            db.update(w -> {
                long set = w.memberRows().setId("1-D000", "Dataset_Image", "cifar10:Image");
                w.memberRows().putVersion(new MemberRows.VersionState("1-V000", "1-D000", "2TA-YFPD-BX8G", 1,
                        MemberRows.State.STORED, null));
                w.memberRows().putRecord("cifar10:Image", "1-I000", "{\"Filename\":\"a.png\"}");
                return set;
            });
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db.file());
                 Statement s = other.createStatement()) {   // tables the schema does not define are not copied
                s.execute("CREATE VIRTUAL TABLE notes USING fts5(x)");
                s.execute("INSERT INTO notes (x) VALUES ('a note')");
                s.execute("CREATE TABLE scratch (x)");
            }
            db.replaceContent(w -> run(w, "2-0000", "second"));
            assertThat((String) db.read(c -> text(c, "SELECT group_concat(rid) FROM execution"))).isEqualTo("2-0000");
            assertThat((String) db.read(c -> text(c, "SELECT dataset_rid || ' ' || association || ' ' || member_table "
                    + "FROM member_set"))).isEqualTo("1-D000 Dataset_Image cifar10:Image");
            assertThat((String) db.read(c -> text(c, "SELECT version_rid || ' ' || seq FROM member_version")))
                    .isEqualTo("1-V000 1");
            assertThat((String) db.read(c -> text(c, "SELECT display FROM member_record WHERE rid = '1-I000'")))
                    .contains("a.png");
            assertThat((String) db.read(c -> text(c, "PRAGMA journal_mode"))).isEqualToIgnoringCase("wal");
            assertThat((int) db.read(c -> single(c, "PRAGMA user_version"))).isEqualTo(CacheDatabase.schemaVersion());
            assertThat(db.buildFile()).doesNotExist();
        }
    }

    @Test
    void aFailedReplacementRemovesItsBuildFileAndABuildLeftByAKillIsRemovedByTheNext() throws Exception {
        try (CacheDatabase db = CacheDatabase.open(dir.resolve("c.sqlite"))) {
            db.replaceContent(w -> run(w, "1-0000", "first"));
            assertThatThrownBy(() -> db.replaceContent(w -> run(w, "2-0000", "second"), () -> {
                assertThat(db.buildFile()).exists();
                throw new IllegalStateException("killed before the copy");
            })).hasMessage("killed before the copy");
            assertThat(db.buildFile()).doesNotExist();
            assertThat((String) db.read(c -> text(c, "SELECT group_concat(rid) FROM execution"))).isEqualTo("1-0000");

            Files.write(db.buildFile(), new byte[] {1, 2, 3});   // what a killed process leaves
            db.replaceContent(w -> run(w, "3-0000", "third"));
            assertThat(db.buildFile()).doesNotExist();
            assertThat((String) db.read(c -> text(c, "SELECT group_concat(rid) FROM execution"))).isEqualTo("3-0000");
        }
    }

    @Test
    void aReaderInAnotherConnectionSeesTheOldContentUntilTheCopyAndTheNewOneAfter() throws Exception {
        Path file = dir.resolve("c.sqlite");
        try (CacheDatabase db = CacheDatabase.open(file)) {
            db.replaceContent(w -> run(w, "1-0000", "first"));
            try (Connection reader = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                reader.setAutoCommit(false);
                assertThat(text(reader, "SELECT group_concat(rid) FROM execution")).isEqualTo("1-0000");
                db.replaceContent(w -> {
                    run(w, "2-0000", "second");
                    try {
                        assertThat(text(reader, "SELECT group_concat(rid) FROM execution")).isEqualTo("1-0000");
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                    return null;
                });
                assertThat(text(reader, "SELECT group_concat(rid) FROM execution")).isEqualTo("1-0000");
                reader.commit();   // a new read transaction sees the copy
                assertThat(text(reader, "SELECT group_concat(rid) FROM execution")).isEqualTo("2-0000");
                assertThat(text(reader, "PRAGMA integrity_check")).isEqualTo("ok");
            }
        }
    }

    private static Void run(CacheWriter w, String rid, String description) throws java.sql.SQLException {
        w.workflow(new Workflow(Rid.of("1-AAAA"), "train", null, null, null, null, null, null, null));
        w.execution(new Execution(Rid.of(rid), Rid.of("1-AAAA"), description, "Completed", null,
                ExecutionDurations.NONE, null, null));
        return null;
    }

    private static int matches(Connection c, String word) throws java.sql.SQLException {
        return single(c, "SELECT count(*) FROM execution_search WHERE execution_search MATCH '\"" + word + "\"'");
    }

    @Test
    void splitsScriptsIgnoringCommentsThatHoldSemicolons() {
        assertThat(CacheDatabase.statements("-- a; b\nCREATE TABLE t (x); -- c;\nCREATE INDEX i ON t (x);\n"))
                .containsExactly("CREATE TABLE t (x)", "CREATE INDEX i ON t (x)");
    }

    private static int single(Connection c, String sql) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String text(Connection c, String sql) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
