package org.provex.core.instance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.provex.core.io.SafeFiles;

/**
 * Where a running window listens for the links of later starts: a loopback port and a random token, in a file of the
 * data directory that only its owner can read (on file systems with POSIX permissions; elsewhere the data directory
 * is already the user's own). Whoever can read the file may hand the window a link, nothing more.
 *
 * @param port  the window's port on the loopback address
 * @param token 64 hexadecimal digits, new at every start
 */
record InstanceFile(int port, String token) {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Pattern CONTENT = Pattern.compile("provex-window 1\nport=(\\d{1,5})\ntoken=([0-9a-f]{64})\n");
    /** A real instance file is about 100 bytes; anything much longer is not one. */
    private static final int MAX_BYTES = 512;

    static InstanceFile create(int port) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new InstanceFile(port, HexFormat.of().formatHex(secret));
    }

    String content() {
        return "provex-window 1\nport=" + port + "\ntoken=" + token + "\n";
    }

    /** Written to a temporary file with the owner-only permission, then moved into place. */
    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        FileAttribute<?>[] ownerOnly = POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------"))} : new FileAttribute<?>[0];
        SafeFiles.write(file, temp -> Files.writeString(temp, content(), StandardCharsets.UTF_8), ownerOnly);
        if (POSIX) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /** The file's port and token; empty when there is no file or it is not one Provex wrote. */
    static Optional<InstanceFile> read(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            Matcher m = CONTENT.matcher(Files.readString(file, StandardCharsets.UTF_8));
            if (!m.matches()) {
                return Optional.empty();
            }
            int port = Integer.parseInt(m.group(1));
            return port > 0 && port <= 0xFFFF ? Optional.of(new InstanceFile(port, m.group(2))) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
