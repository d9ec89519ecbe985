package org.provex.core.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provex.core.formats.TestFiles.SNAPSHOT;
import static org.provex.core.formats.TestFiles.fixture;
import static org.provex.core.formats.TestFiles.sample;
import static org.provex.core.formats.TestFiles.utf8;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** {@link StructuredText#prettyMasked} and the text masking behind it: a viewer's raw text never leaks secrets. */
class SnapshotMaskingTest {

    private static final String AWS_ID = "AKIAFAKEACCEPTANCE01";
    private static final String AWS_SECRET = "FAKE-acceptance-aws-secret-0001-NOT-A-REAL-KEY";
    private static final String GH = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";
    private static final String HF = "hf_" + "AbCdEfGhIjKlMnOpQrStUvWxYz012345";

    @Test
    void realSnapshotIsPrettyWithItsSecretsMaskedAndEverythingElseKept() {
        String pretty = StructuredText.pretty(SNAPSHOT, fixture(SNAPSHOT));
        String masked = StructuredText.prettyMasked(SNAPSHOT, fixture(SNAPSHOT));

        assertThat(pretty).contains(AWS_ID, AWS_SECRET);
        assertThat(masked).doesNotContain(AWS_ID, AWS_SECRET)
                .contains("\"AWS_ACCESS_KEY_ID\": \"" + SecretMasker.MASK + "\"")
                .contains("\"AWS_SECRET_ACCESS_KEY\": \"" + SecretMasker.MASK + "\"")
                .contains("\"HOME\": \"/home/researcher\"", "\"deriva-ml\": \"1.54.1\"")
                .contains("\"maxsize\": 9223372036854775807");
        assertThat(masked.lines().count()).isEqualTo(pretty.lines().count());
        String unmaskedLines = String.join("\n", pretty.lines()
                .filter(l -> !l.contains(AWS_ID) && !l.contains(AWS_SECRET)).toList());
        assertThat(String.join("\n", masked.lines().filter(l -> !l.contains(SecretMasker.MASK)).toList()))
                .isEqualTo(unmaskedLines);
    }

    @Test
    void secretNamesMaskOnlyInsideEnvironAndCredentialShapedStringsAnywhere() {
        String json = "{\"imports\": {\"secretstorage\": \"3.3.3\"}, \"sys\": {\"argv\": [\"run.py\", \"hub.token="
                + HF + "\", \"" + GH + "\"]}, \"os\": {\"environ\": {\"GITHUB_TOKEN\": \"plain-looking\","
                + " \"MY_API_KEY\": 12345, \"SERVICE_PASSWORD\": {\"nested\": [1, 2]}, \"KEYBOARD_LAYOUT\": \"us\","
                + " \"PWD\": \"/work\", \"MYSQL_PWD\": \"x\"}}}";

        String masked = StructuredText.prettyMasked("environment_snapshot_x.txt", utf8(json));

        assertThat(masked).doesNotContain(HF, GH, "plain-looking", "12345", "nested")
                .contains("\"secretstorage\": \"3.3.3\"")
                .contains("\"hub.token=" + SecretMasker.MASK + "\"")
                .contains("\"GITHUB_TOKEN\": \"" + SecretMasker.MASK + "\"")
                .contains("\"MY_API_KEY\": \"" + SecretMasker.MASK + "\"")
                .contains("\"SERVICE_PASSWORD\": \"" + SecretMasker.MASK + "\"")
                .contains("\"MYSQL_PWD\": \"" + SecretMasker.MASK + "\"")
                .contains("\"KEYBOARD_LAYOUT\": \"us\"", "\"PWD\": \"/work\"");
        assertThat(MetadataReaders.read("environment_snapshot_x.txt", java.util.List.of(), utf8(masked)))
                .isInstanceOf(ParsedMetadata.Environment.class);
    }

    @Test
    void damagedJsonFallsBackToTextMaskingThatStillHidesSecrets() {
        byte[] real = fixture(SNAPSHOT);
        String text = new String(real, StandardCharsets.UTF_8);
        int cut = text.indexOf("WANDB_MODE");
        byte[] truncated = Arrays.copyOf(real, text.substring(0, cut).getBytes(StandardCharsets.UTF_8).length);

        String masked = StructuredText.prettyMasked(SNAPSHOT, truncated);

        assertThat(masked).doesNotContain(AWS_ID, AWS_SECRET).contains("\"HOME\": \"/home/researcher\"");
    }

    @Test
    void plainTextSnapshotsAreMaskedLineByLine() {
        String text = "# Python 3.10.9 on Linux\nnumpy==1.24.2\nexport GITHUB_TOKEN=abc123\nHF_TOKEN: 'secret'\r\n"
                + "PATH=/usr/bin\nlogin with " + GH + " then\n";

        String masked = StructuredText.prettyMasked("environment_snapshot_20230301_101010.txt", utf8(text));

        assertThat(masked).isEqualTo("# Python 3.10.9 on Linux\nnumpy==1.24.2\nexport GITHUB_TOKEN=" + SecretMasker.MASK
                + "\nHF_TOKEN: " + SecretMasker.MASK + "\nPATH=/usr/bin\nlogin with " + SecretMasker.MASK + " then\n");
        String legacy = new String(sample("environment_snapshot_20230301_101010.txt"), StandardCharsets.UTF_8);
        assertThat(StructuredText.prettyMasked("environment_snapshot_20230301_101010.txt",
                sample("environment_snapshot_20230301_101010.txt"))).isEqualTo(legacy.replace("\r\n", "\n"));
    }

    @Test
    void maskWordsLeavesOrdinaryTextAloneAndEmptyInputIsEmpty() {
        assertThat(SecretMasker.maskWords("sha256:9aa3e0df09c468ef6423e104dce5dcca53401c224b92ac1b7e22c4021902a7c6"))
                .isEqualTo("sha256:9aa3e0df09c468ef6423e104dce5dcca53401c224b92ac1b7e22c4021902a7c6");
        assertThat(SecretMasker.maskWords("url=https://user:pw@example.org/x")).isEqualTo("url=" + SecretMasker.MASK);
        assertThat(SecretMasker.maskText(null)).isEmpty();
        assertThat(StructuredText.prettyMasked("e.txt", null)).isEmpty();
    }
}
