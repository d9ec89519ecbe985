package org.provex.core.formats;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The checksum deriva-ml stores in {@code Workflow.Checksum}: the git blob hash ({@code git hash-object})
 * of the workflow file; for a notebook, of the file after {@code nbstripout -t} (see {@link NotebookStripper}).
 */
public final class WorkflowChecksum {

    private WorkflowChecksum() {
    }

    /** {@code git hash-object}: SHA-1 over {@code "blob <length>\0"} followed by the bytes, as 40 hex digits. */
    public static String gitBlobHash(byte[] bytes) {
        MessageDigest sha1 = sha1();
        sha1.update(("blob " + bytes.length + "\0").getBytes(StandardCharsets.US_ASCII));
        sha1.update(bytes);
        return HexFormat.of().formatHex(sha1.digest());
    }

    /**
     * The checksum deriva-ml would record for this file: notebooks ({@code .ipynb}) are stripped of
     * outputs first, everything else is hashed as is.
     *
     * @throws NotebookStripper.NotebookException if a notebook cannot be stripped the way nbstripout would
     */
    public static String ofFile(String fileName, byte[] bytes) {
        if (isNotebook(fileName)) {
            return gitBlobHash(NotebookStripper.strip(fileName, bytes));
        }
        return gitBlobHash(bytes);
    }

    public static boolean isNotebook(String fileName) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".ipynb");
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every Java runtime", e);
        }
    }
}
