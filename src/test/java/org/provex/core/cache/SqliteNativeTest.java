package org.provex.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/** SQLite's native library is extracted once per driver version and the driver is pointed at that copy. */
class SqliteNativeTest {

    @TempDir
    Path folder;
    private String path;
    private String name;

    @BeforeEach
    void keepSettings() {
        path = System.clearProperty(SqliteNative.PATH);
        name = System.clearProperty(SqliteNative.NAME);
    }

    @AfterEach
    void restoreSettings() {
        restore(SqliteNative.PATH, path);
        restore(SqliteNative.NAME, name);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    private static long jarSize() throws Exception {
        return SQLiteJDBCLoader.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/"
                + LibraryLoaderUtil.getNativeLibName()).openConnection().getContentLengthLong();
    }

    @Test
    void extractsOncePerVersionAndPointsTheDriverAtTheCopy() throws Exception {
        Path dir = SqliteNative.useCopyIn(folder);
        assertThat(dir).isNotNull().startsWith(folder.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()));
        Path library = dir.resolve(LibraryLoaderUtil.getNativeLibName());
        assertThat(Files.size(library)).isEqualTo(jarSize());
        assertThat(System.getProperty(SqliteNative.PATH)).isEqualTo(dir.toString());
        assertThat(System.getProperty(SqliteNative.NAME)).isEqualTo(library.getFileName().toString());
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(library);    // no temporary file left beside it
        }

        // the next start finds the copy and leaves it as it is
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(library, old);
        assertThat(nextStart()).isEqualTo(dir);
        assertThat(Files.getLastModifiedTime(library)).isEqualTo(old);
    }

    /** What the next start of Provex does: the driver's settings are not given yet. */
    private Path nextStart() {
        System.clearProperty(SqliteNative.PATH);
        System.clearProperty(SqliteNative.NAME);
        return SqliteNative.useCopyIn(folder);
    }

    @Test
    void aDamagedCopyIsReplaced() throws Exception {
        Path dir = SqliteNative.useCopyIn(folder);
        Path library = dir.resolve(LibraryLoaderUtil.getNativeLibName());
        Files.write(library, new byte[] {1, 2, 3});
        assertThat(nextStart()).isEqualTo(dir);
        assertThat(Files.size(library)).isEqualTo(jarSize());

        // same size, one byte altered: replaced too
        byte[] good = Files.readAllBytes(library);
        byte[] altered = good.clone();
        altered[altered.length / 2] ^= 0x5a;
        Files.write(library, altered);
        assertThat(nextStart()).isEqualTo(dir);
        assertThat(Files.readAllBytes(library)).isEqualTo(good);
    }

    @Test
    void theUsersOwnSettingWinsAndAnUnwritableFolderFallsBackToTheDriver() throws Exception {
        System.setProperty(SqliteNative.PATH, "/somewhere/else");
        assertThat(SqliteNative.useCopyIn(folder)).isNull();
        assertThat(System.getProperty(SqliteNative.PATH)).isEqualTo("/somewhere/else");
        assertThat(folder).isEmptyDirectory();

        System.clearProperty(SqliteNative.PATH);
        Path file = Files.writeString(folder.resolve("not-a-folder"), "x");
        assertThat(SqliteNative.useCopyIn(file)).isNull();
        assertThat(System.getProperty(SqliteNative.PATH)).isNull();
    }
}
