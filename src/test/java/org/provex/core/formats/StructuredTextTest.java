package org.provex.core.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provex.core.formats.TestFiles.CONFIGURATION;
import static org.provex.core.formats.TestFiles.SNAPSHOT;
import static org.provex.core.formats.TestFiles.fixture;
import static org.provex.core.formats.TestFiles.utf8;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StructuredTextTest {

    @Test
    void prettyPrintsJsonWithTwoSpacesAndKeepsItsContent() {
        String pretty = StructuredText.pretty(CONFIGURATION, fixture(CONFIGURATION));

        assertThat(pretty).startsWith("{\n  \"datasets\": [\n    {\n      \"rid\": \"3ZC\",\n")
                .contains("\"assets\": [],\n")
                .contains("\"checksum\": \"4a52f741a8d29aa9ae3e3885acfb4f43f8ead20b\"")
                .contains("Conv 3\u219232\u219264")
                .endsWith("}\n");
        assertThat(ConfigurationReader.read(CONFIGURATION, utf8(pretty)))
                .isEqualTo(ConfigurationReader.read(CONFIGURATION, fixture(CONFIGURATION)));
    }

    @Test
    void snapshotWithTxtNameIsRecognisedAsJsonAndNumbersKeepTheirText() {
        String pretty = StructuredText.pretty(SNAPSHOT, fixture(SNAPSHOT));

        assertThat(pretty).startsWith("{\n  \"imports\": {\n")
                .contains("      1.7976931348623157e+308,\n")
                .contains("\"maxsize\": 9223372036854775807");
    }

    @Test
    void yamlAndTomlAreShownAsWrittenWithUnixLineEnds() {
        assertThat(StructuredText.pretty("hydra-1-config.yaml", utf8("a: 1   # why\r\nb: [x]\r\n")))
                .isEqualTo("a: 1   # why\nb: [x]\n");
        assertThat(StructuredText.pretty("uv.lock", utf8("version = 1\r\n"))).isEqualTo("version = 1\n");
    }

    @Test
    void unparsableAndOtherContentIsReturnedUnchanged() {
        byte[] real = fixture(CONFIGURATION);
        String half = new String(Arrays.copyOf(real, real.length / 2), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(StructuredText.pretty(CONFIGURATION, utf8(half))).isEqualTo(half);
        assertThat(StructuredText.pretty("c.yaml", utf8("a: [\r\n"))).isEqualTo("a: [\r\n");
        assertThat(StructuredText.pretty("uv.lock", utf8("[[x]\r\n"))).isEqualTo("[[x]\r\n");
        assertThat(StructuredText.pretty("metrics.jsonl", utf8("{\"a\":1}\n{\"a\":2}\n"))).isEqualTo(
                "{\"a\":1}\n{\"a\":2}\n");
        assertThat(StructuredText.pretty("two.json", utf8("{} {}"))).isEqualTo("{} {}");
        assertThat(StructuredText.pretty("notes.txt", utf8("numpy==1.24.2\n"))).isEqualTo("numpy==1.24.2\n");
        assertThat(StructuredText.pretty("empty.json", new byte[0])).isEmpty();
        assertThat(StructuredText.pretty(null, null)).isEmpty();
    }
}
