package org.provex.core.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UvLockReaderTest {

    @Test
    void readsPackagesWithEverySourceKind() {
        UvLock lock = UvLockReader.read("uv.lock", TestFiles.sample("uv.lock"));

        assertThat(lock.version()).isEqualTo("1");
        assertThat(lock.requiresPython()).isEqualTo(">=3.11");
        assertThat(lock.packages()).containsExactly(
                new LockedPackage("cifar10-model", "", "editable: ."),
                new LockedPackage("deriva-ml", "1.54.1", "git+https://github.com/informatics-isi-edu/deriva-ml"
                        + "?rev=v1.54.1#0f5c2e7d9a8b6c4d3e2f1a0b9c8d7e6f5a4b3c2d"),
                new LockedPackage("local-utils", "0.1.0", "directory: ../local-utils"),
                new LockedPackage("numpy", "2.1.3", "registry"),
                new LockedPackage("pillow", "10.4.0", "registry"),
                new LockedPackage("tiny-helper", "0.3.0", "path: wheels/tiny_helper-0.3.0-py3-none-any.whl"),
                new LockedPackage("torch", "2.5.1+cu124", "registry: https://wheels.example.org/cu124"));
        assertThat(lock.find("Deriva_ML")).map(LockedPackage::version).contains("1.54.1");
        assertThat(lock.find("scipy")).isEmpty();
        assertThat(lock.raw().path("revision").asInt()).isEqualTo(2);
    }

    @Test
    void oddEntriesAreTolerated() {
        UvLock lock = UvLockReader.read("uv.lock", """
                package = [ "not a table", { name = "virtual-root", source = { virtual = "." } },
                            { name = "future", version = "1.0", source = { s3 = "s3://bucket/x.whl" } },
                            { name = "bare", version = 2 } ]
                """);

        assertThat(lock.version()).isEmpty();
        assertThat(lock.requiresPython()).isEmpty();
        assertThat(lock.packages()).containsExactly(
                new LockedPackage("virtual-root", "", "virtual: ."),
                new LockedPackage("future", "1.0", "s3: s3://bucket/x.whl"),
                new LockedPackage("bare", "2", ""));
    }

    @Test
    void emptyFileIsAnEmptyLock() {
        assertThat(UvLockReader.read("uv.lock", "").packages()).isEmpty();
        assertThat(UvLockReader.read("uv.lock", "\n# nothing\n").packages()).isEmpty();
    }

    @Test
    void malformedTomlIsReportedWithLineAndColumn() {
        assertThatThrownBy(() -> UvLockReader.read("uv.lock", "version = 1\n[[package]\nname = \"x\"\n"))
                .isInstanceOfSatisfying(MetadataFormatException.class, e -> {
                    assertThat(e.fileName()).isEqualTo("uv.lock");
                    // the lexer notices the missing bracket at the next token, on line 3
                    assertThat(e.line()).hasValue(3);
                    assertThat(e.column()).isPresent();
                    assertThat(e.getMessage()).startsWith("uv.lock is not valid TOML at line 3, column ");
                });
        assertThatThrownBy(() -> UvLockReader.read("uv.lock", "[[package]]\nname = \"unterminated\nversion = 1\n"))
                .isInstanceOfSatisfying(MetadataFormatException.class,
                        e -> assertThat(e.location()).startsWith("line 2"));
    }
}
