package org.provex.core.reproduce.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.cache.query.ExecutionDetail;
import org.provex.core.formats.ConfigurationReader;
import org.provex.core.model.Execution;
import org.provex.core.model.ExecutionConfiguration;
import org.provex.core.model.Rid;

/** Where the overrides of a reproduction come from, and what is refused or left out. */
class RecordedCommandReaderTest {

    private static final CatalogRef CATALOG = new CatalogRef("c", "www.example.org", "7", false);

    static ExecutionAudit audit(String configuration, List<String> overrides) {
        Execution e = new Execution(Rid.of("1-X002"), Rid.of("1-W002"), "d", "Uploaded", null, null,
                Instant.parse("2026-05-01T00:00:00Z"), null);
        ExecutionDetail d = new ExecutionDetail(e, null, null, List.of(), List.of(), List.of(), null, List.of(),
                List.of());
        Optional<ExecutionConfiguration> c = configuration == null ? Optional.empty()
                : Optional.of(ConfigurationReader.read("configuration.json", configuration));
        return new ExecutionAudit(d, List.of(), c, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), overrides, List.of());
    }

    @Test
    void theOverridesFileWinsAndHostCatalogDescriptionAndDryRunAreNotReplayed() {
        RecordedCommand r = RecordedCommandReader.read(audit("{\"argv\": [\"/venv/bin/deriva-ml-run\", \"a=1\"], "
                + "\"config_choices\": {\"model_config\": \"quick\", \"experiment\": \"quick\"}}", List.of(
                "+experiment=quick", "model_config=wide", "description=old text", "dry_run=true",
                "deriva_ml.hostname=old.example.org", "deriva_ml.catalog_id=7")), CATALOG);
        assertThat(r.source()).isEqualTo(RecordedCommand.Source.HYDRA_OVERRIDES_FILE);
        assertThat(r.values()).containsExactly("+experiment=quick", "model_config=wide");
        assertThat(r.dropped()).hasSize(4).anySatisfy(d -> assertThat(d).contains("the original named "
                + "old.example.org"));
        assertThat(r.crossCheck()).singleElement().asString().contains("model_config=wide disagrees")
                .contains("model_config: quick");
        assertThat(r.entryPoint()).isEqualTo("deriva-ml-run");
    }

    @Test
    void argvIsReplayedWithoutTheProgramAndMultirunBecomesTheFlag() {
        RecordedCommand r = RecordedCommandReader.read(audit("{\"argv\": [\"/h/.venv/bin/deriva-ml-run-notebook\", "
                + "\"--multirun\", \"+multirun=lr_sweep\", \"deriva_ml.catalog_id=7\"]}", List.of()), CATALOG);
        assertThat(r.source()).isEqualTo(RecordedCommand.Source.ARGV);
        assertThat(r.multirun()).isTrue();
        assertThat(r.values()).containsExactly("+multirun=lr_sweep");
        assertThat(r.entryPoint()).isEqualTo("deriva-ml-run-notebook");
        RecordedCommand odd = RecordedCommandReader.read(audit("{\"argv\": [\"/usr/bin/bash\", \"x=1\"]}",
                List.of()), CATALOG);
        assertThat(odd.entryPoint()).as("only deriva-ml programs are taken from argv").isEqualTo("deriva-ml-run");
    }

    @Test
    void configChoicesAreTheLastResortAndSaySoWhileNothingRecordedIsNone() {
        RecordedCommand r = RecordedCommandReader.read(audit("{\"config_choices\": {\"datasets\": \"small\", "
                + "\"hydra/launcher\": \"basic\", \"deriva_ml\": \"default\"}}", List.of()), CATALOG);
        assertThat(r.source()).isEqualTo(RecordedCommand.Source.CONFIG_CHOICES);
        assertThat(r.values()).containsExactly("datasets=small");
        assertThat(r.crossCheck()).singleElement().asString().contains("value overrides");
        assertThat(RecordedCommandReader.read(audit(null, List.of()), CATALOG).source())
                .isEqualTo(RecordedCommand.Source.NONE);
        RecordedCommand hostileChoice = RecordedCommandReader.read(audit("{\"config_choices\": {\"datasets\": "
                + "\"../../x\"}}", List.of()), CATALOG);
        assertThat(hostileChoice.usable()).isFalse();
        assertThat(hostileChoice.refused()).contains("../../x");
    }

    @Test
    void theDisplayedCommandQuotesForAShellButTheArgumentsStayAsTheyAre() {
        LaunchCommand c = new LaunchCommand(List.of("uv", "run", "++description='Reproduction of 1-X002'",
                "x=$(id)", "y=it's $HOME", "z=it's"), java.nio.file.Path.of("/w"));
        assertThat(c.display()).isEqualTo("uv run \"++description='Reproduction of 1-X002'\" 'x=$(id)' "
                + "'y=it'\\''s $HOME' \"z=it's\"");
        assertThat(c.argv().get(3)).isEqualTo("x=$(id)");
    }
}
