package org.provex.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.provex.core.formats.SecretMasker;

class DiffTextTest {

    @Test
    void chunksCoverTheWholeTextAndAlignSideBySide() {
        TextDiff d = TextDiff.of("a\nb\nc\nd\n", "a\nB\nB2\nc\ne\n");
        assertThat(d.chunks()).extracting(TextDiff.Chunk::kind).containsExactly(TextDiff.Kind.EQUAL,
                TextDiff.Kind.CHANGE, TextDiff.Kind.EQUAL, TextDiff.Kind.CHANGE);
        assertThat(d.addedLines()).isEqualTo(3);
        assertThat(d.removedLines()).isEqualTo(2);
        List<TextDiff.SideBySideRow> rows = d.sideBySide();
        assertThat(rows).extracting(TextDiff.SideBySideRow::leftNumber, TextDiff.SideBySideRow::left,
                TextDiff.SideBySideRow::rightNumber, TextDiff.SideBySideRow::right).containsExactly(
                tuple(1, "a", 1, "a"), tuple(2, "b", 2, "B"), tuple(0, "", 3, "B2"), tuple(3, "c", 4, "c"),
                tuple(4, "d", 5, "e"));
        assertThat(d.unified("left/config.yaml", "right/config.yaml", 1))
                .startsWith("--- left/config.yaml\n+++ right/config.yaml\n@@ ").contains("-b\n", "+B\n", "+B2\n");
    }

    @Test
    void emptyAndIdenticalTexts() {
        assertThat(TextDiff.of("", "").identical()).isTrue();
        assertThat(TextDiff.of(null, "x\r\ny").rightLines()).containsExactly("x", "y");
        assertThat(TextDiff.of("same\n", "same").identical()).isTrue();
        assertThat(TextDiff.of("same\n", "same").unified("a", "b", 3)).isEmpty();
        TextDiff added = TextDiff.of("", "new\n");
        assertThat(added.chunks()).extracting(TextDiff.Chunk::kind).containsExactly(TextDiff.Kind.INSERT);
        assertThat(added.sideBySide()).extracting(TextDiff.SideBySideRow::leftNumber).containsExactly(0);
    }

    @Test
    void environmentSnapshotsArePrettyPrintedAndMasked() {
        String left = DiffFixtures.env(DiffFixtures.map("torch", "2.4.1"), "3.11.9",
                DiffFixtures.map("WANDB_API_KEY", "wandb-secret-left", "HOME", "/home/u",
                        "NOTES", "ghp_abcdefghijklmnopqrstuvwxyz0123456789"));
        String right = left.replace("2.4.1", "2.5.1").replace("wandb-secret-left", "wandb-secret-right");
        TextDiff masked = MetadataText.diff("environment_snapshot_a.txt", left.getBytes(StandardCharsets.UTF_8),
                "environment_snapshot_b.txt", right.getBytes(StandardCharsets.UTF_8), false);
        assertThat(masked.leftLines().size()).isGreaterThan(20);
        assertThat(String.join("\n", masked.leftLines()) + String.join("\n", masked.rightLines()))
                .doesNotContain("wandb-secret", "ghp_abcdef").contains(SecretMasker.MASK, "\"HOME\": \"/home/u\"");
        assertThat(masked.chunks()).filteredOn(c -> c.kind() != TextDiff.Kind.EQUAL).hasSize(1);
        TextDiff revealed = MetadataText.diff("environment_snapshot_a.txt", left.getBytes(StandardCharsets.UTF_8),
                "environment_snapshot_b.txt", right.getBytes(StandardCharsets.UTF_8), true);
        assertThat(revealed.chunks()).filteredOn(c -> c.kind() != TextDiff.Kind.EQUAL).hasSize(2);
        assertThat(String.join("\n", revealed.rightLines())).contains("wandb-secret-right");
    }

    @Test
    void masksKeyValueLinesInAnyFormat() {
        assertThat(MetadataText.mask("db:\n  password: hunter2\n  host: db.example.org\n"))
                .isEqualTo("db:\n  password: " + SecretMasker.MASK + "\n  host: db.example.org\n");
        assertThat(MetadataText.mask("token = \"abc\"\nname = \"x\"")).isEqualTo("token = \""
                + SecretMasker.MASK + "\"\nname = \"x\"");
        assertThat(MetadataText.mask("export AWS_SECRET_ACCESS_KEY=abc123")).endsWith("=" + SecretMasker.MASK);
        assertThat(MetadataText.mask("- hf_token=abc")).isEqualTo("- hf_token=" + SecretMasker.MASK);
        assertThat(MetadataText.mask("\"credentials\": {")).isEqualTo("\"credentials\": {");
        assertThat(MetadataText.mask("run --db https://me:pw@db.example.org/x now"))
                .isEqualTo("run --db " + SecretMasker.MASK + " now");
    }
}
