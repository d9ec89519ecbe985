package org.provex.core.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provex.core.formats.TestFiles.CONFIGURATION;
import static org.provex.core.formats.TestFiles.SNAPSHOT;
import static org.provex.core.formats.TestFiles.fixture;
import static org.provex.core.formats.TestFiles.utf8;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.provex.core.model.MetadataKind;

class MetadataReadersTest {

    private static final String HYDRA = "hydra-2026-05-12_14-15-03-";

    @Test
    void dispatchesByKind() {
        assertThat(MetadataReaders.read(MetadataKind.CONFIGURATION, CONFIGURATION, fixture(CONFIGURATION)))
                .isInstanceOfSatisfying(ParsedMetadata.Configuration.class,
                        c -> assertThat(c.configuration().datasets()).hasSize(1));
        assertThat(MetadataReaders.read(SNAPSHOT, List.of("Runtime_Env"), fixture(SNAPSHOT)))
                .isInstanceOfSatisfying(ParsedMetadata.Environment.class,
                        e -> assertThat(e.snapshot().packages()).containsEntry("torch", "2.5.1"));
        assertThat(MetadataReaders.read("uv.lock", List.of("Execution_Config"), TestFiles.sample("uv.lock")))
                .isInstanceOf(ParsedMetadata.UvLockFile.class);
        assertThat(MetadataReaders.read(HYDRA + "config.yaml", List.of("Hydra_Config"),
                TestFiles.sample(HYDRA + "config.yaml"))).isInstanceOf(ParsedMetadata.HydraConfig.class);
        assertThat(MetadataReaders.read(HYDRA + "overrides.yaml", List.of("Hydra_Config"),
                TestFiles.sample(HYDRA + "overrides.yaml")))
                .isInstanceOfSatisfying(ParsedMetadata.HydraOverrides.class,
                        o -> assertThat(o.overrides()).hasSize(3));
        assertThat(MetadataReaders.read(HYDRA + "hydra.yaml", null, TestFiles.sample(HYDRA + "hydra.yaml")))
                .isInstanceOfSatisfying(ParsedMetadata.HydraRuntime.class,
                        h -> assertThat(h.runtime().jobName()).isEqualTo("deriva-ml-run"));
        assertThat(MetadataReaders.read(MetadataKind.METRICS, "metrics.jsonl", utf8("{\"loss\": 1}\n")))
                .isEqualTo(new ParsedMetadata.Unparsed("{\"loss\": 1}\n"));
    }

    @Test
    void brokenFileComesBackAsFailedInsteadOfThrowing() {
        byte[] real = fixture(CONFIGURATION);

        ParsedMetadata result = MetadataReaders.read(MetadataKind.CONFIGURATION, CONFIGURATION,
                Arrays.copyOf(real, real.length / 2));

        assertThat(result).isInstanceOfSatisfying(ParsedMetadata.Failed.class, f -> {
            assertThat(f.error().fileName()).isEqualTo(CONFIGURATION);
            assertThat(f.error().getMessage()).contains("truncated");
        });
        assertThat(MetadataReaders.read(MetadataKind.HYDRA_CONFIG, "c.yaml", utf8("a: [")))
                .isInstanceOf(ParsedMetadata.Failed.class);
        assertThat(MetadataReaders.read(MetadataKind.UV_LOCK, "uv.lock", null))
                .isInstanceOf(ParsedMetadata.UvLockFile.class);
    }
}
