package org.provex.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provex.core.diff.DiffFixtures.compare;
import static org.provex.core.diff.DiffFixtures.env;
import static org.provex.core.diff.DiffFixtures.map;
import static org.provex.core.diff.DiffFixtures.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.audit.MissingBody;
import org.provex.core.diff.Verdict.Answer;
import org.provex.core.model.Rid;

/** A verdict never says "same" without the evidence: every answer lists its sources and what was missing. */
class DiffEvidenceTest {

    private static final String SNAP = "2PX-WS30-E58W";
    private static final String CONFIG = "{\"datasets\": [], \"assets\": [], \"workflow\": null, \"description\":"
            + " \"sweep\", \"argv\": [\"run\"], \"config_choices\": {\"model\": \"quick\"}}";
    private static final String ENV = env(map("torch", "2.4.1"), "3.11.9", map("HOME", "/home/u"));

    private static DiffFixtures.RunBuilder job(String rid, String lr, boolean hydraHere) {
        return run(rid).input("1-D004", "0.1.0", SNAP).file("configuration.json", CONFIG)
                .file("hydra-0-config.yaml", hydraHere ? "model:\n  lr: " + lr + "\n" : null)
                .file("hydra-0-overrides.yaml", hydraHere ? "- model.lr=" + lr + "\n" : null)
                .file("environment_snapshot_20260301_100000.txt", ENV);
    }

    @Test
    void hydraFilesRecordedButNotDownloadedOnBothSidesMakeTheConfigurationUnknownNeverSame() {
        ExecutionAudit a = job("1-E002", "0.001", false).missingBecause(new MissingBody(MissingBody.Cause.OFFLINE,
                "")).build();
        ExecutionAudit b = job("1-E004", "0.0001", false).missingBecause(new MissingBody(MissingBody.Cause.OFFLINE,
                "")).build();

        Verdict.RunVerdict v = compare(Rid.of("1-E002"), a, b).verdict().runs().get(0);

        assertThat(v.configuration().answer()).isEqualTo(Answer.UNKNOWN);
        assertThat(v.configuration().reasons()).contains("Hydra config of 1-E002 (hydra-0-config.yaml) not"
                + " downloaded; offline").last().isEqualTo("to fix: sync the catalog when it is reachable");
        assertThat(v.configuration().evidence()).contains(
                new Evidence(Rid.of("1-E004"), "Hydra overrides", "hydra-0-overrides.yaml",
                        Evidence.State.NOT_DOWNLOADED, "Hydra overrides of 1-E004 (hydra-0-overrides.yaml) not"
                        + " downloaded; offline (sync the catalog when it is reachable)"),
                new Evidence(Rid.of("1-E004"), "configuration.json", "configuration.json", Evidence.State.COMPARED,
                        ""));
        assertThat(v.environment().answer()).isEqualTo(Answer.SAME);
    }

    @Test
    void withTheHydraFilesHereTheSameRunsDiffer() {
        Comparison c = compare(Rid.of("1-E002"), job("1-E002", "0.001", true).build(),
                job("1-E004", "0.0001", true).build());
        Verdict.Aspect config = c.verdict().runs().get(0).configuration();
        assertThat(config.answer()).isEqualTo(Answer.DIFFERENT);
        assertThat(config.reasons()).anyMatch(r -> r.contains("0.001 → 0.0001"));
        assertThat(config.evidence()).extracting(Evidence::state).containsOnly(Evidence.State.COMPARED);
    }

    @Test
    void sameOnlyWhenEverySourceWasComparedOnBothSides() {
        Comparison c = compare(Rid.of("1-E002"), job("1-E002", "0.001", true).build(),
                job("1-E004", "0.001", true).build());
        Verdict.RunVerdict v = c.verdict().runs().get(0);
        assertThat(List.of(v.inputs(), v.code(), v.configuration(), v.environment()))
                .allSatisfy(a -> assertThat(a.answer()).isEqualTo(Answer.SAME))
                .allSatisfy(a -> assertThat(a.evidence()).isNotEmpty().extracting(Evidence::state)
                        .containsOnly(Evidence.State.COMPARED));
        assertThat(v.configuration().evidence()).extracting(Evidence::source).containsExactlyInAnyOrder(
                "configuration.json", "configuration.json", "Hydra config", "Hydra config", "Hydra overrides",
                "Hydra overrides");
    }

    @Test
    void nothingRecordedOnEitherSideIsNotRecordedNotSame() {
        ExecutionAudit a = run("1-E006").input("1-D004", "0.1.0", SNAP).file("configuration.json", CONFIG).build();
        ExecutionAudit b = run("1-E008").input("1-D004", "0.1.0", SNAP).file("configuration.json", CONFIG).build();

        Comparison c = compare(Rid.of("1-E006"), a, b);
        Verdict.RunVerdict v = c.verdict().runs().get(0);

        assertThat(v.environment().answer()).isEqualTo(Answer.NOT_RECORDED);
        assertThat(v.environment().evidence()).extracting(Evidence::state).containsOnly(Evidence.State.NOT_RECORDED);
        assertThat(v.configuration().answer()).as("configuration.json compared; no Hydra in either run")
                .isEqualTo(Answer.SAME);
        assertThat(v.line()).contains("environment not recorded");
        assertThat(c.verdict().headline()).contains("environment not recorded");
    }

    @Test
    void aRecordedEnvironmentNotDownloadedOnOneSideIsUnknownWithTheReasonAndTheFix() {
        ExecutionAudit a = job("1-E002", "0.001", true).build();
        ExecutionAudit b = run("1-E004").input("1-D004", "0.1.0", SNAP).file("configuration.json", CONFIG)
                .file("hydra-0-config.yaml", "model:\n  lr: 0.001\n")
                .file("hydra-0-overrides.yaml", "- model.lr=0.001\n")
                .file("environment_snapshot_20260301_100000.txt", null)
                .missingBecause(new MissingBody(MissingBody.Cause.NO_ACCESS, "403")).build();

        Verdict.Aspect env = compare(Rid.of("1-E002"), a, b).verdict().runs().get(0).environment();

        assertThat(env.answer()).isEqualTo(Answer.UNKNOWN);
        assertThat(env.reasons()).containsExactly("environment snapshot of 1-E004"
                + " (environment_snapshot_20260301_100000.txt) not downloaded; no access", "to fix: ask the catalog's"
                + " owners for read access to its files");
        assertThat(b.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("not-downloaded");
            assertThat(f.message()).isEqualTo("The environment snapshot (environment_snapshot_20260301_100000.txt)"
                    + " is recorded in the catalog but not downloaded here: no access (403). Ask the catalog's"
                    + " owners for read access to its files.");
        });
        assertThat(b.findings()).noneMatch(f -> f.code().equals("no-environment"));
    }

    @Test
    void aConfigurationNotDownloadedLeavesTheRunVersionAndSoTheCodeUnknown() {
        ExecutionAudit a = run("1-E002").code(DiffFixtures.CHECKSUM, "").file("configuration.json", CONFIG).build();
        ExecutionAudit b = run("1-E004").code(DiffFixtures.CHECKSUM, "").file("configuration.json", null).build();

        Verdict.Aspect code = compare(Rid.of("1-E002"), a, b).verdict().runs().get(0).code();

        assertThat(code.answer()).isEqualTo(Answer.UNKNOWN);
        assertThat(code.reasons()).containsExactly("run version unknown: configuration.json of 1-E004"
                + " (configuration.json) not downloaded", "to fix: sync the catalog to bring it home");
    }
}
