package org.provex.core.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class HydraYamlReaderTest {

    private static final String PREFIX = "hydra-2026-05-12_14-15-03-";

    @Test
    void readsResolvedConfig() {
        JsonNode config = HydraYamlReader.readConfig(PREFIX + "config.yaml",
                TestFiles.sample(PREFIX + "config.yaml"));

        assertThat(config.path("deriva_ml").path("catalog_id").asInt()).isEqualTo(16);
        assertThat(config.path("datasets").get(0).path("rid").asString()).isEqualTo("3ZC");
        assertThat(config.path("datasets").get(0).path("version").asString()).isEqualTo("0.3.0");
        assertThat(config.path("model_config").path("epochs").asInt()).isEqualTo(50);
        assertThat(config.path("workflow").path("workflow_type")).hasSize(2);
        assertThat(config.path("dry_run").asBoolean()).isFalse();
    }

    @Test
    void readsOverrides() {
        byte[] bytes = TestFiles.sample(PREFIX + "overrides.yaml");
        assertThat(HydraYamlReader.readOverrides(PREFIX + "overrides.yaml", bytes))
                .containsExactly("+experiment=cifar10_extended", "deriva_ml.catalog_id=16",
                        "deriva_ml.hostname=127.0.0.1:8080");
        assertThat(HydraYamlReader.readOverrides("o.yaml", "[]")).isEmpty();
        assertThat(HydraYamlReader.readOverrides("o.yaml", "- 12\n- true\n")).containsExactly("12", "true");
    }

    @Test
    void readsRuntime() {
        HydraRuntime r = HydraYamlReader.readRuntime(PREFIX + "hydra.yaml", TestFiles.sample(PREFIX + "hydra.yaml"));

        assertThat(r.jobName()).isEqualTo("deriva-ml-run");
        assertThat(r.mode()).isEqualTo("RUN");
        assertThat(r.runDir()).isEqualTo("${oc.env:HOME}/cifar10-model/outputs/hydra/${now:%Y-%m-%d_%H-%M-%S}");
        assertThat(r.outputDir()).isEqualTo("/home/researcher/cifar10-model/outputs/hydra/2026-05-12_14-15-03");
        assertThat(r.taskOverrides()).containsExactly("+experiment=cifar10_extended", "deriva_ml.catalog_id=16",
                "deriva_ml.hostname=127.0.0.1:8080");
        assertThat(r.choices()).hasSize(14)
                .containsEntry("model_config", "cifar10_extended")
                .containsEntry("hydra/launcher", "basic")
                .doesNotContainKey("hydra/callbacks");
        assertThat(r.choices().keySet()).startsWith("experiment", "model_config");
        assertThat(r.raw().path("hydra").path("runtime").path("version").asString()).isEqualTo("1.3.2");
    }

    @Test
    void runtimeWithoutTheHydraWrapperAndWithMissingParts() {
        HydraRuntime r = HydraYamlReader.readRuntime("h.yaml", "job:\n  name: train\nruntime:\n  choices: {a: b}\n");

        assertThat(r.jobName()).isEqualTo("train");
        assertThat(r.choices()).containsExactly(Map.entry("a", "b"));
        assertThat(r.taskOverrides()).isEmpty();
        assertThat(r.runDir()).isEmpty();
        assertThat(r.mode()).isEmpty();
    }

    @Test
    void wrongShapesInRuntimeAreReportedWithTheirPath() {
        assertThatThrownBy(() -> HydraYamlReader.readRuntime("h.yaml", "hydra:\n  overrides:\n    task: {a: 1}\n"))
                .isInstanceOfSatisfying(MetadataFormatException.class,
                        e -> assertThat(e.path()).contains("hydra.overrides.task"));
        assertThatThrownBy(() -> HydraYamlReader.readRuntime("h.yaml", "hydra:\n  runtime:\n    choices: [x]\n"))
                .isInstanceOfSatisfying(MetadataFormatException.class,
                        e -> assertThat(e.path()).contains("hydra.runtime.choices"));
        assertThatThrownBy(() -> HydraYamlReader.readOverrides("o.yaml", "a: b\n"))
                .isInstanceOfSatisfying(MetadataFormatException.class,
                        e -> assertThat(e.location()).isEqualTo("top level"));
        assertThatThrownBy(() -> HydraYamlReader.readOverrides("o.yaml", "- a=1\n- {b: 2}\n"))
                .isInstanceOfSatisfying(MetadataFormatException.class, e -> assertThat(e.path()).contains("[1]"));
        assertThatThrownBy(() -> HydraYamlReader.readRuntime("h.yaml", "- a\n"))
                .isInstanceOf(MetadataFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n", "# only a comment\n", "---\n"})
    void emptyFilesGiveEmptyResults(String text) {
        assertThat(HydraYamlReader.readConfig("c.yaml", text).isEmpty()).isTrue();
        assertThat(HydraYamlReader.readOverrides("o.yaml", text)).isEmpty();
        assertThat(HydraYamlReader.readRuntime("h.yaml", text)).isEqualTo(HydraRuntime.EMPTY);
        assertThat(HydraYamlReader.readOverrides("o.yaml", (byte[]) null)).isEmpty();
    }

    @Test
    void malformedYamlIsReportedWithLineAndColumn() {
        assertThatThrownBy(() -> HydraYamlReader.readConfig(PREFIX + "config.yaml", "a:\n  b: [1, 2\n  c: 3\n"))
                .isInstanceOfSatisfying(MetadataFormatException.class, e -> {
                    assertThat(e.fileName()).isEqualTo(PREFIX + "config.yaml");
                    assertThat(e.line()).hasValue(3);
                    assertThat(e.column()).isPresent();
                    assertThat(e.getMessage()).startsWith(PREFIX + "config.yaml is not valid YAML at line 3, column ")
                            .contains("expected ',' or ']'");
                });
        assertThatThrownBy(() -> HydraYamlReader.readRuntime("h.yaml", "hydra:\n  mode: RUN\n bad: 1\n"))
                .isInstanceOfSatisfying(MetadataFormatException.class, e -> assertThat(e.line()).hasValue(3));
        assertThatThrownBy(() -> HydraYamlReader.readOverrides("o.yaml", "- 'unterminated\n"))
                .isInstanceOf(MetadataFormatException.class);
    }
}
