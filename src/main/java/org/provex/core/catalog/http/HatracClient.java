package org.provex.core.catalog.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import okhttp3.Response;
import org.provex.core.io.SafeFiles;

/**
 * Downloads Hatrac objects of the catalog's host and verifies them against the catalog row: the {@code MD5} column
 * (hex) and the {@code Length} column, plus Hatrac's {@code Content-MD5} header (base64) when the response has one (a
 * redirect to S3 drops it). A file that fails verification is not kept.
 */
public final class HatracClient {

    private static final int BUFFER = 64 * 1024;

    private final DerivaHttp http;

    public HatracClient(DerivaHttp http) {
        this.http = Objects.requireNonNull(http, "http");
    }

    /**
     * Downloads into {@code target}, atomically: the bytes go to a temporary file beside it and replace the target
     * only once verified; on any failure the target is untouched and the temporary file removed.
     *
     * @param url the asset URL as the catalog stores it: server-relative ({@code /hatrac/...}) and already escaped
     * @param expectedMd5Hex the row's MD5 column, or null to skip that check
     * @param expectedLength the row's Length column, or -1 to skip that check
     */
    public void download(String url, String expectedMd5Hex, long expectedLength, Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        SafeFiles.write(target, part -> http.get(absolute(url), "*/*", "the file " + url, null, true, response -> {
            try (OutputStream out = Files.newOutputStream(part)) {
                copyVerified(response, url, expectedMd5Hex, expectedLength, out);
            }
            return null;
        }));
    }

    /**
     * Streams into {@code out} while verifying. The bytes are written as they arrive, so on an exception the caller
     * must discard what was written (use the {@link Path} overload to have that done for you). A broken response is
     * not retried here, since bytes have already been handed on.
     */
    public void download(String url, String expectedMd5Hex, long expectedLength, OutputStream out)
            throws CatalogException {
        http.get(absolute(url), "*/*", "the file " + url, null, false, response -> {
            copyVerified(response, url, expectedMd5Hex, expectedLength, out);
            return null;
        });
    }

    /**
     * Reads a small object into memory and verifies it like {@link #download(String, String, long, Path)}; a response
     * that breaks while being read is fetched again within the retry policy (nothing was handed on yet).
     *
     * @return the verified bytes
     * @throws CatalogException.ChecksumMismatch when the bytes do not match the row (or Hatrac's Content-MD5)
     */
    public byte[] fetchVerified(String url, String expectedMd5Hex, long expectedLength) throws CatalogException {
        return http.get(absolute(url), "*/*", "the file " + url, null, true, response -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(
                    expectedLength > 0 && expectedLength < Integer.MAX_VALUE ? (int) expectedLength : BUFFER);
            copyVerified(response, url, expectedMd5Hex, expectedLength, out);
            return out.toByteArray();
        });
    }

    /**
     * Reads an object into memory without verification (the caller verifies, as {@code CatalogSource.openFile}
     * promises); for the small metadata files. Use a {@code download} overload for large files.
     */
    public InputStream open(String url) throws CatalogException {
        return http.get(absolute(url), "*/*", "the file " + url, null, true, response -> {
            // Buffered so that the response can be closed here; metadata files are small.
            return new ByteArrayInputStream(response.body().bytes());
        });
    }

    /** How damaged downloads are retried: the HTTP client's policy. */
    public RetryPolicy retryPolicy() {
        return http.retryPolicy();
    }

    /** True if the URL is an object of this host's Hatrac ({@code /hatrac/...} or the same origin). */
    public boolean serves(String url) {
        return url != null && (url.startsWith("/hatrac/") || url.startsWith(http.location().origin() + "/hatrac/"));
    }

    private String absolute(String url) {
        if (url.startsWith("/")) {
            return http.location().origin() + url;   // already escaped by the catalog: never re-encoded
        }
        if (url.startsWith(http.location().origin() + "/")) {
            return url;
        }
        throw new IllegalArgumentException("Only files of " + http.location().origin() + " are downloaded here, not "
                + url);
    }

    private static void copyVerified(Response response, String url, String expectedMd5Hex, long expectedLength,
                                     OutputStream out) throws IOException {
        MessageDigest md5 = md5();
        long count = 0;
        try (InputStream in = response.body().byteStream()) {
            byte[] buffer = new byte[BUFFER];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                count += n;
                if (expectedLength >= 0 && count > expectedLength) {
                    throw new CatalogException.ChecksumMismatch(url, "longer than the " + expectedLength
                            + " bytes the catalog records");
                }
                md5.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        if (expectedLength >= 0 && count != expectedLength) {
            throw new CatalogException.ChecksumMismatch(url, count + " bytes instead of " + expectedLength);
        }
        byte[] digest = md5.digest();
        if (expectedMd5Hex != null && !HexFormat.of().formatHex(digest).equals(expectedMd5Hex.strip()
                .toLowerCase(Locale.ROOT))) {
            throw new CatalogException.ChecksumMismatch(url, "MD5 differs from the catalog's");
        }
        String header = response.header("Content-MD5");
        if (header != null && !MessageDigest.isEqual(digest, decodeBase64(header))) {
            throw new CatalogException.ChecksumMismatch(url, "MD5 differs from the object store's Content-MD5");
        }
    }

    private static byte[] decodeBase64(String text) {
        try {
            return Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every Java runtime", e);
        }
    }
}
