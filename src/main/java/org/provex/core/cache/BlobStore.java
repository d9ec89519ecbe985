package org.provex.core.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.provex.core.io.SafeFiles;

/**
 * Content-addressed store of metadata file bodies: {@code <root>/<md5[0..2]>/<md5>}. A file is
 * written to a temp file in its final directory, verified against the MD5 and length the catalog
 * row promised, then moved into place atomically, so a reader never sees a partial or wrong file
 * and identical files are stored once.
 */
public final class BlobStore {

    private static final Pattern MD5 = Pattern.compile("[0-9a-f]{32}");

    private final Path root;

    public BlobStore(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public boolean has(String md5) {
        return Files.isRegularFile(pathOf(md5));
    }

    /**
     * Stores the stream's bytes under their MD5.
     *
     * @param expectedLength the promised length, or -1 to check the MD5 only
     * @return the number of bytes read (0 when the file was already stored and the stream was not read)
     * @throws ChecksumMismatchException when the bytes do not match; nothing is left behind
     */
    public long put(String expectedMd5, long expectedLength, InputStream in) throws IOException {
        String md5 = normalise(expectedMd5);
        Path target = pathOf(md5);
        if (Files.isRegularFile(target) && (expectedLength < 0 || Files.size(target) == expectedLength)) {
            return 0;
        }
        Files.createDirectories(target.getParent());
        long[] length = new long[1];
        SafeFiles.write(target, temp -> {
            MessageDigest digest = md5Digest();
            try (DigestInputStream din = new DigestInputStream(in, digest);
                 OutputStream out = Files.newOutputStream(temp)) {
                length[0] = din.transferTo(out);
            }
            String actual = HexFormat.of().formatHex(digest.digest());
            if (!actual.equals(md5) || (expectedLength >= 0 && length[0] != expectedLength)) {
                throw new ChecksumMismatchException(md5, actual, expectedLength, length[0]);
            }
        });
        return length[0];
    }

    /**
     * Opens a stored file after checking its length (and, when {@code verifyMd5}, its digest), or empty
     * when it is not stored. A damaged file is deleted so the next sync fetches it again.
     */
    public Optional<InputStream> open(String md5, long expectedLength, boolean verifyMd5) throws IOException {
        String key = normalise(md5);
        Path path = pathOf(key);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        long size = Files.size(path);
        boolean damaged = expectedLength >= 0 && size != expectedLength;
        if (!damaged && verifyMd5) {
            damaged = !digestOf(path).equals(key);
        }
        if (damaged) {
            Files.deleteIfExists(path);
            return Optional.empty();
        }
        return Optional.of(Files.newInputStream(path));
    }

    /** Reads a whole stored file, verified by MD5 and length; empty when missing or damaged. */
    public Optional<byte[]> read(String md5, long expectedLength) throws IOException {
        Optional<InputStream> in = open(md5, expectedLength, true);
        if (in.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream stream = in.get()) {
            return Optional.of(stream.readAllBytes());
        }
    }

    Path pathOf(String md5) {
        String key = normalise(md5);
        return root.resolve(key.substring(0, 2)).resolve(key);
    }

    private static String normalise(String md5) {
        String key = md5 == null ? "" : md5.trim().toLowerCase(Locale.ROOT);
        if (!MD5.matcher(key).matches()) {
            throw new IllegalArgumentException("not an MD5 hex digest: " + md5);
        }
        return key;
    }

    private static String digestOf(Path path) throws IOException {
        MessageDigest digest = md5Digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest md5Digest() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no MD5", e);
        }
    }
}
