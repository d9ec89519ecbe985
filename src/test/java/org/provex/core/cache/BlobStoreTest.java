package org.provex.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlobStoreTest {

    private static final byte[] BODY = "{\"datasets\": []}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void storesUnderTheMd5AndReadsBackVerified() throws Exception {
        BlobStore store = new BlobStore(dir.resolve("blobs"));
        String md5 = md5(BODY);
        assertThat(store.put(md5.toUpperCase(), BODY.length, new ByteArrayInputStream(BODY))).isEqualTo(BODY.length);
        assertThat(store.has(md5)).isTrue();
        assertThat(dir.resolve("blobs").resolve(md5.substring(0, 2)).resolve(md5)).exists();
        assertThat(store.read(md5, BODY.length)).hasValue(BODY);
    }

    @Test
    void aWrongDigestOrLengthThrowsAndLeavesNothing() throws Exception {
        BlobStore store = new BlobStore(dir.resolve("blobs"));
        String wrong = md5("other".getBytes(StandardCharsets.UTF_8));
        String right = md5(BODY);
        assertThatThrownBy(() -> store.put(wrong, BODY.length, new ByteArrayInputStream(BODY)))
                .isInstanceOfSatisfying(ChecksumMismatchException.class, e -> {
                    assertThat(e.expectedMd5()).isEqualTo(wrong);
                    assertThat(e.actualMd5()).isEqualTo(right);
                })
                .hasMessageContaining(wrong).hasMessageContaining(right);
        assertThatThrownBy(() -> store.put(md5(BODY), BODY.length + 1, new ByteArrayInputStream(BODY)))
                .isInstanceOfSatisfying(ChecksumMismatchException.class,
                        e -> assertThat(e.actualLength()).isEqualTo(BODY.length));
        assertThat(store.has(wrong)).isFalse();
        assertThat(store.has(md5(BODY))).isFalse();
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void identicalContentIsStoredOnce() throws Exception {
        BlobStore store = new BlobStore(dir.resolve("blobs"));
        String md5 = md5(BODY);
        store.put(md5, BODY.length, new ByteArrayInputStream(BODY));
        assertThat(store.put(md5, BODY.length, new ByteArrayInputStream(BODY))).isZero();
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile)).hasSize(1);
        }
    }

    @Test
    void aDamagedFileIsNotServed() throws Exception {
        BlobStore store = new BlobStore(dir.resolve("blobs"));
        String md5 = md5(BODY);
        store.put(md5, BODY.length, new ByteArrayInputStream(BODY));
        Files.write(store.pathOf(md5), "tampered!!!!!!!!".getBytes(StandardCharsets.UTF_8));
        assertThat(store.read(md5, BODY.length)).isEmpty();
        assertThat(store.has(md5)).isFalse();
    }

    static String md5(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    }
}
