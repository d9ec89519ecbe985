package org.provex.core.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test resources as bytes. */
final class TestFiles {

    static final String CONFIGURATION = "configuration.json";
    static final String SNAPSHOT = "environment_snapshot_20260512_141503.txt";

    private TestFiles() {
    }

    /** A real-format file from {@code fixtures/deriva-ml-files}. */
    static byte[] fixture(String name) {
        return resource("/fixtures/deriva-ml-files/" + name);
    }

    /** A file written for these tests, from {@code formats/}. */
    static byte[] sample(String name) {
        return resource("/formats/" + name);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String path) {
        try (InputStream in = TestFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
