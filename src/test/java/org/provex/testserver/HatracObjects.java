package org.provex.testserver;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/** Hatrac GET for the test server: finds an object's bytes in the published states and builds its headers. */
final class HatracObjects {

    record Reply(byte[] bytes, Map<String, String> headers) {
    }

    private HatracObjects() {
    }

    /** The object at a raw (escaped) path, newest state first; 404 when no state has it. */
    static Reply find(CatalogHistory history, String rawPath, Faults faults) throws IOException {
        byte[] bytes = null;
        for (ServedState state : history.newestFirst()) {
            Optional<InputStream> in = state.source().openFile(rawPath);
            if (in.isPresent()) {
                try (InputStream stream = in.get()) {
                    bytes = stream.readAllBytes();
                }
                break;
            }
        }
        if (bytes == null) {
            throw new HttpError(404, "Object " + rawPath + " not found.");
        }
        byte[] md5 = md5(bytes);
        String contentMd5 = Base64.getEncoder().encodeToString(faults.wrongMd5Header() ? md5(md5) : md5);
        int colon = rawPath.lastIndexOf(':');
        String version = colon > rawPath.lastIndexOf('/') ? rawPath.substring(colon + 1)
                : HexFormat.of().formatHex(md5);
        byte[] sent = bytes;
        if (faults.corrupts(rawPath) && bytes.length > 0) {
            sent = bytes.clone();
            sent[0] ^= 0x01;
        }
        return new Reply(sent, Map.of("Content-MD5", contentMd5, "ETag", "\"" + version + "\"",
                "Content-Location", rawPath));
    }

    static byte[] md5(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
