package org.provex.core.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.provex.core.formats.TestFiles.CONFIGURATION;
import static org.provex.core.formats.TestFiles.fixture;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.provex.core.model.AssetSpec;
import org.provex.core.model.DatasetSpec;
import org.provex.core.model.ExecutionConfiguration;
import org.provex.core.model.Rid;
import org.provex.core.model.WorkflowSpec;

class ConfigurationReaderTest {

    @Test
    void readsTheRealFixture() {
        ExecutionConfiguration c = ConfigurationReader.read(CONFIGURATION, fixture(CONFIGURATION));

        assertThat(c.datasets()).containsExactly(new DatasetSpec(Rid.of("3ZC"), "0.3.0", true, ""));
        assertThat(c.assets()).isEmpty();
        WorkflowSpec w = c.workflow();
        assertThat(w.name()).isEqualTo("CIFAR-10 2-Layer CNN");
        assertThat(w.workflowTypes()).containsExactly("Training", "Image Classification");
        assertThat(w.checksum()).isEqualTo("4a52f741a8d29aa9ae3e3885acfb4f43f8ead20b");
        assertThat(w.url()).startsWith("https://github.com/acme-lab/cifar10-model/blob/63c24de5");
        assertThat(w.version()).isEqualTo("0.2.1.dev1+gc505819");
        assertThat(w.scmVersion().headNode()).contains("c505819");
        assertThat(w.workflowRid()).isNull();
        assertThat(w.notebook()).isFalse();
        assertThat(w.allowDirty()).isFalse();
        assertThat(w.gitRoot()).isEqualTo("/home/researcher/cifar10-model");
        assertThat(w.description()).contains("Conv 3\u219232\u219264");
        assertThat(c.description()).startsWith("Extended CIFAR-10 training");
        assertThat(c.argv()).hasSize(4).contains("+experiment=cifar10_extended");
        assertThat(c.configChoices())
                .containsEntry("datasets", "cifar10_small_labeled_split")
                .containsEntry("hydra/launcher", "basic")
                .containsEntry("hydra/job_logging", "default")
                .hasSize(14);
        assertThat(c.configChoices().keySet()).startsWith("experiment", "deriva_ml");
        assertThat(c.unknown()).isEmpty();
        assertThat(c.raw().path("datasets").get(0).path("fetch_concurrency").asInt()).isEqualTo(8);
    }

    @Test
    void readsLegacyShapes() {
        ExecutionConfiguration c = ConfigurationReader.read("configuration.json",
                TestFiles.sample("configuration-legacy.json"));

        assertThat(c.datasets()).containsExactly(
                new DatasetSpec(Rid.of("2-7K8W"), null, true, ""),
                new DatasetSpec(Rid.of("1-ABC4"), "0.4.0", true, ""),
                new DatasetSpec(Rid.of("3ZC"), "0.3.0", false, ""),
                new DatasetSpec(Rid.of("3ZE"), "1.2.3", true, ""));
        assertThat(c.assets()).containsExactly(
                new AssetSpec(Rid.of("2-7J8M"), null, false),
                new AssetSpec(Rid.of("3JSE"), null, true),
                new AssetSpec(null, "/data/extra/labels.csv", false));
        assertThat(c.assets().get(2).isLocalFile()).isTrue();
        WorkflowSpec w = c.workflow();
        assertThat(w.workflowTypes()).containsExactly("Feature Notebook Workflow");
        assertThat(w.workflowRid()).isEqualTo(Rid.of("1-0c2t").value()).isEqualTo("1-0C2T");
        assertThat(w.version()).isNull();
        assertThat(w.checksum()).isEqualTo("793f7dadfa14ecc227d353e400cebc449bd2ec94");
        assertThat(c.unknown()).containsOnlyKeys("parameters", "bdbag_version");
        assertThat(c.unknown().get("parameters").path("learning_rate").asDouble()).isEqualTo(0.01);
        assertThat(c.argv()).isEmpty();
        assertThat(c.configChoices()).isEmpty();
        assertThat(c.description()).isEmpty();
    }

    @Test
    void versionAsObjectStringOrListGivesTheSameLabel() {
        for (String v : new String[] {"{\"major\": 0, \"minor\": 4, \"patch\": 0}", "\"0.4.0\"", "[0, 4, 0]",
                "{\"major\": \"0\", \"minor\": 4}"}) {
            ExecutionConfiguration c = ConfigurationReader.read("c.json",
                    "{\"datasets\": [{\"rid\": \"1-ABC4\", \"version\": " + v + "}]}");
            assertThat(c.datasets().get(0).version()).as(v).isEqualTo("0.4.0");
        }
    }

    @Test
    void minimalDocumentGetsDefaults() {
        ExecutionConfiguration c = ConfigurationReader.read("configuration.json", "{}");

        assertThat(c.datasets()).isEmpty();
        assertThat(c.assets()).isEmpty();
        assertThat(c.workflow()).isNull();
        assertThat(c.description()).isEmpty();
        assertThat(c.argv()).isEmpty();
        assertThat(c.configChoices()).isEmpty();
        assertThat(c.unknown()).isEmpty();
    }

    @Test
    void nullEntriesAndOddScalarsAreTolerated() {
        ExecutionConfiguration c = ConfigurationReader.read("configuration.json", """
                {"datasets": [null, {"rid": "1-ABC4", "version": null, "materialize": "yes", "description": 7}],
                 "assets": null, "workflow": null, "argv": "run.py", "description": null,
                 "config_choices": {"a": "x", "b": null, "n": 3}}""");

        assertThat(c.datasets()).containsExactly(new DatasetSpec(Rid.of("1-ABC4"), null, true, "7"));
        assertThat(c.argv()).containsExactly("run.py");
        assertThat(c.configChoices()).containsExactly(
                java.util.Map.entry("a", "x"), java.util.Map.entry("n", "3"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"datasets\": [{\"rid\": 42, \"version\": \"0.1.0\"}]}|datasets[0].rid",
        "{\"datasets\": [{\"version\": \"0.1.0\"}]}|datasets[0].rid",
        "{\"datasets\": [{\"rid\": \"   \"}]}|datasets[0].rid",
        "{\"datasets\": [{\"rid\": \"1-ABC4\", \"version\": {\"major\": 1, \"minor\": \"x\"}}]}"
                + "|datasets[0].version.minor",
        "{\"datasets\": [{\"rid\": \"1-ABC4\", \"version\": [1, 2]}]}|datasets[0].version",
        "{\"datasets\": [{\"rid\": \"1-ABC4\", \"version\": \"latest\"}]}|datasets[0].version",
        "{\"datasets\": [{\"rid\": \"1-ABC4\", \"version\": true}]}|datasets[0].version",
        "{\"datasets\": [\"1-ABC4@2PX-WS30-E58W\"]}|datasets[0]",
        "{\"datasets\": {\"rid\": \"1-ABC4\"}}|datasets",
        "{\"datasets\": [17]}|datasets[0]",
        "{\"assets\": [{\"cache\": true}]}|assets[0]",
        "{\"assets\": [{\"rid\": [\"1-ABC4\"]}]}|assets[0].rid",
        "{\"workflow\": \"CIFAR\"}|workflow",
        "{\"workflow\": {\"workflow_rid\": 5}}|workflow.workflow_rid",
        "{\"workflow\": {\"rid\": {}}}|workflow.rid",
        "{\"workflow\": {\"name\": {\"en\": \"x\"}}}|workflow.name",
        "{\"config_choices\": {\"hydra/env\": [\"default\"]}}|config_choices[\"hydra/env\"]",
        "{\"config_choices\": []}|config_choices",
        "{\"argv\": [\"a\", {}]}|argv[1]",
        "[1, 2]|"
    })
    void wrongShapesAreReportedWithTheirPath(String caseText) {
        String json = caseText.substring(0, caseText.lastIndexOf('|'));
        String path = caseText.substring(caseText.lastIndexOf('|') + 1);

        assertThatThrownBy(() -> ConfigurationReader.read("configuration.json", json))
                .isInstanceOfSatisfying(MetadataFormatException.class, e -> {
                    assertThat(e.fileName()).isEqualTo("configuration.json");
                    assertThat(e.path()).contains(path);
                    assertThat(e.getMessage()).startsWith("configuration.json has an unexpected value at ")
                            .contains(path.isEmpty() ? "top level" : path);
                });
    }

    @Test
    void truncatedFileNamesFileLineAndColumn() {
        byte[] real = fixture(CONFIGURATION);
        byte[] half = Arrays.copyOf(real, real.length / 2);

        assertThatThrownBy(() -> ConfigurationReader.read(CONFIGURATION, half))
                .isInstanceOfSatisfying(MetadataFormatException.class, e -> {
                    assertThat(e.fileName()).isEqualTo(CONFIGURATION);
                    assertThat(e.line()).hasValue(1);
                    assertThat(e.column()).isPresent();
                    assertThat(e.column().getAsInt()).isBetween(half.length - 5, half.length + 1);
                    assertThat(e.path()).isEmpty();
                    assertThat(e.getMessage())
                            .startsWith("configuration.json is not valid JSON at line 1, column ")
                            .contains("unexpected end of input (the file looks truncated)")
                            .endsWith("Re-download it or sync again.");
                });
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() {
        assertThatThrownBy(() -> ConfigurationReader.read("configuration.json", "{\n  \"datasets\": [,]\n}"))
                .isInstanceOfSatisfying(MetadataFormatException.class, e -> {
                    assertThat(e.line()).hasValue(2);
                    assertThat(e.location()).startsWith("line 2, column ");
                    assertThat(e.getMessage()).doesNotContain("truncated").doesNotContain("[Source");
                });
        assertThatThrownBy(() -> ConfigurationReader.read("configuration.json", "{} trailing"))
                .isInstanceOf(MetadataFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\t", "\uFEFF"})
    void emptyFileIsAnError(String text) {
        assertThatThrownBy(() -> ConfigurationReader.read("configuration.json", text))
                .isInstanceOf(MetadataFormatException.class)
                .hasMessage("configuration.json is empty. Re-download it or sync again.");
        assertThatThrownBy(() -> ConfigurationReader.read("configuration.json", (byte[]) null))
                .isInstanceOf(MetadataFormatException.class);
    }
}
