package org.provex.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFilesTest {

    @TempDir
    Path dir;

    private long filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        }
    }

    @Test
    void aCompleteWriteReplacesTheTargetAndLeavesNothingElse() throws IOException {
        Path target = dir.resolve("settings.json");
        Files.writeString(target, "old");
        SafeFiles.writeString(target, "new \u00e9");
        assertThat(Files.readString(target)).isEqualTo("new \u00e9");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void aFailedWriteLeavesTheOldTargetAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("report.md");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> SafeFiles.write(target, temp -> {
            Files.writeString(temp, "half");
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void aMissingFolderIsAnErrorNotCreated() {
        Path target = dir.resolve("no").resolve("such").resolve("x.md");
        assertThatThrownBy(() -> SafeFiles.writeString(target, "x")).isInstanceOf(NoSuchFileException.class);
        assertThat(Files.exists(dir.resolve("no"))).isFalse();
    }

    @Test
    void deleteTreeRemovesReadOnlyFilesAndIgnoresAMissingFolder() throws IOException {
        Path tree = dir.resolve("repo");
        Files.createDirectories(tree.resolve("objects"));
        Path pack = Files.writeString(tree.resolve("objects").resolve("pack"), "x");
        pack.toFile().setWritable(false);
        SafeFiles.deleteTree(tree);
        assertThat(Files.exists(tree)).isFalse();
        SafeFiles.deleteTree(tree);
    }

    @Test
    void lastLinesReadsOnlyTheEndAndReplacesBytesThatAreNotUtf8() throws IOException {
        Path log = dir.resolve("run.log");
        try (var out = Files.newOutputStream(log)) {
            for (int i = 0; i < 10_000; i++) {
                out.write(("line " + i + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            out.write(new byte[] {'b', 'a', 'd', ' ', (byte) 0xE9, (byte) 0xFF, '\r', '\n'});
            out.write("last\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(SafeFiles.lastLines(log, 3, 1 << 20)).isEqualTo("line 9999\nbad \uFFFD\uFFFD\nlast");
        // a byte limit inside a line drops that cut line
        String tail = SafeFiles.lastLines(log, 1000, 40);
        assertThat(tail.split("\n")).allMatch(l -> l.startsWith("line 99") || l.startsWith("bad") || l.equals("last"))
                .hasSizeLessThan(6);
        assertThat(SafeFiles.lastLines(Files.writeString(dir.resolve("empty.log"), ""), 5, 100)).isEmpty();
    }
}
