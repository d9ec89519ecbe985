package org.provex.core.cache;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.provex.core.io.SafeFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library, kept extracted in the data directory. The driver (sqlite-jdbc) otherwise copies its
 * native library out of the jar into the temporary folder at every start, under a new name, and reads both copies
 * back to compare them: about a megabyte inflated, written and compared byte by byte before the first cache opens
 * (half a second of a loaded machine's start-up). Here the library is extracted once per driver version into
 * {@code native/sqlite-jdbc-<version>/<os>/<arch>/} (written beside and moved into place, so a second Provex
 * starting at the same moment never loads half a file) and the driver is told to load that copy through its own
 * settings ({@code org.sqlite.lib.path} and {@code org.sqlite.lib.name}). A copy whose size differs from the jar's
 * is replaced, and so is one whose CRC-32 differs from the jar entry's (a damaged or altered copy would otherwise
 * be loaded into the process). Nothing here is required: when the folder cannot be written, or those settings are
 * already given (the user's own choice), the driver does as before.
 */
public final class SqliteNative {

    static final String PATH = "org.sqlite.lib.path";
    static final String NAME = "org.sqlite.lib.name";
    private static final Logger LOG = LoggerFactory.getLogger(SqliteNative.class);

    private SqliteNative() {
    }

    /**
     * Points the driver at the copy in {@code folder} (extracting it first if it is missing or differs); does nothing
     * once the driver's settings are given. Safe to call from any thread before the first cache opens.
     *
     * @return the folder the driver will load the library from, or null when the driver keeps its own way
     */
    public static synchronized Path useCopyIn(Path folder) {
        if (System.getProperty(PATH) != null || System.getProperty(NAME) != null) {
            return null;
        }
        try {
            String resourceFolder = LibraryLoaderUtil.getNativeLibResourcePath();
            String name = LibraryLoaderUtil.getNativeLibName();
            URL resource = SQLiteJDBCLoader.class.getResource(resourceFolder + "/" + name);
            String version = SQLiteJDBCLoader.getVersion();
            if (resource == null || version == null || version.isBlank() || "unknown".equals(version)) {
                return null;
            }
            Path dir = folder.resolve("sqlite-jdbc-" + version).resolve(resourceFolder.replaceFirst(
                    "^/org/sqlite/native/", ""));
            Path library = dir.resolve(name);
            java.net.URLConnection connection = resource.openConnection();
            long size = connection.getContentLengthLong();
            long crc = connection instanceof java.net.JarURLConnection jar ? jar.getJarEntry().getCrc() : -1;
            if (!Files.isRegularFile(library) || Files.size(library) != size || crc >= 0 && crc32(library) != crc) {
                Files.createDirectories(dir);
                SafeFiles.write(library, temp -> {
                    try (InputStream in = resource.openStream()) {
                        Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                    }
                });
            }
            System.setProperty(PATH, dir.toString());
            System.setProperty(NAME, name);
            return dir;
        } catch (IOException | RuntimeException e) {
            LOG.debug("SQLite's native library stays with the driver's own extraction", e);
            return null;
        }
    }

    private static long crc32(Path file) throws IOException {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)));
        return crc.getValue();
    }
}
