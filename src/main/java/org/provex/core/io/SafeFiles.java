package org.provex.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * File writes that never leave a half-written file: the content goes to a temporary file beside the target and is
 * moved into place (atomically where the file system can) only once it is complete. On any failure the target is
 * as it was and the temporary file is gone. The one place Provex does this (settings, credential file, downloads,
 * the blob store, exports).
 */
public final class SafeFiles {

    /** Fills the temporary file; throwing leaves the target untouched. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path temp) throws IOException;
    }

    private SafeFiles() {
    }

    /**
     * Writes {@code target} through a temporary file in the same folder, which must exist (a report written to a
     * folder that is not there is the user's mistake to hear about, not a folder to create).
     *
     * @param attributes for the temporary file, e.g. owner-only permissions for a file holding secrets
     */
    public static void write(Path target, Content content, FileAttribute<?>... attributes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part", attributes);
        try {
            content.writeTo(temp);
            replace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes text as UTF-8 through a temporary file. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, temp -> Files.writeString(temp, text, StandardCharsets.UTF_8));
    }

    /** Moves a complete file over {@code target}: atomically when the file system can, else a plain replace. */
    public static void replace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes a folder and everything in it (read-only files too); nothing when it does not exist. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                Files.delete(p);
            }
        }
    }

    /**
     * The last {@code lines} lines of a text file such as a run's log, read from its end (at most {@code maxBytes},
     * so a log of gigabytes costs no more than a short one) and decoded as UTF-8 with malformed bytes replaced (a
     * program may print anything). A first line cut by the byte limit is dropped.
     */
    public static String lastLines(Path file, int lines, int maxBytes) throws IOException {
        byte[] bytes;
        boolean cut;
        try (SeekableByteChannel in = Files.newByteChannel(file)) {
            long size = in.size();
            int n = (int) Math.min(size, maxBytes);
            cut = n < size;
            in.position(size - n);
            ByteBuffer buffer = ByteBuffer.allocate(n);
            while (buffer.hasRemaining() && in.read(buffer) >= 0) {
                // read until the buffer is full or the file ends (it may be shrinking)
            }
            bytes = java.util.Arrays.copyOf(buffer.array(), buffer.position());
        }
        String[] all = new String(bytes, StandardCharsets.UTF_8).split("\\R", -1);
        int from = cut && all.length > 1 ? 1 : 0;
        int to = all.length > from && all[all.length - 1].isEmpty() ? all.length - 1 : all.length;
        return String.join("\n", java.util.Arrays.asList(all).subList(Math.max(from, to - lines), to));
    }
}
