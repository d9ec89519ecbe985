package org.provex.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.cache.query.ExecutionDetail;
import org.provex.core.cache.query.InputDetail;
import org.provex.core.model.CodeIdentity;
import org.provex.core.model.DatasetSpec;
import org.provex.core.model.Execution;
import org.provex.core.model.ExecutionConfiguration;
import org.provex.core.model.ExecutionDurations;
import org.provex.core.model.ExecutionInput;
import org.provex.core.model.ExecutionNesting;
import org.provex.core.model.Rid;
import org.provex.core.model.ScmVersion;
import org.provex.core.model.Snaptime;
import org.provex.core.model.Workflow;
import org.provex.core.model.WorkflowUrl;
import org.provex.ui.common.Messages;
import org.provex.ui.detail.DetailContent.Field;
import org.provex.ui.detail.DetailContent.InputRow;

/** Cases the demo catalog does not have: older catalogs, REPL and container code, unpinned and dev inputs. */
class DetailContentBuilderTest {

    private static final Rid RUN = Rid.of("1-E002");
    private static final Rid WF = Rid.of("1-W002");
    private static final Instant AT = Instant.parse("2026-02-03T04:05:06Z");
    private static final Snaptime SNAP = Snaptime.of(Instant.parse("2026-02-01T00:00:00Z"));

    private final DetailContentBuilder builder = new DetailContentBuilder(
            Messages.of(DetailContentBuilder.class), ZoneOffset.UTC);

    @Test
    void olderCatalogRunWithALegacyDurationInputsPinnedFromConfigurationAndReplCode() {
        Rid pinned = Rid.of("1-D002");
        Rid dev = Rid.of("1-D004");
        Rid loose = Rid.of("1-D006");
        List<InputDetail> inputs = List.of(
                new InputDetail(new ExecutionInput(RUN, pinned, Rid.of("1-V002"), "0.2.0", SNAP,
                        ExecutionInput.Source.CONFIGURATION), "Training set", false, true),
                new InputDetail(new ExecutionInput(RUN, dev, Rid.of("1-V004"), "0.4.0.dev1", null,
                        ExecutionInput.Source.CATALOG), "Work in progress", true, true),
                new InputDetail(new ExecutionInput(RUN, loose, null, null, null, ExecutionInput.Source.UNPINNED),
                        "Loose", false, false));
        Execution e = new Execution(RUN, WF, "Try things", "Completed", "Try things",
                ExecutionDurations.of(null, null, null, "0.0H 3.0min 2.5sec"), AT, AT);
        Workflow w = new Workflow(WF, "Notebook", null, "REPL", null, null, List.of(), AT, AT);
        ExecutionConfiguration config = new ExecutionConfiguration(
                List.of(new DatasetSpec(pinned, "0.2.0", true, "")), List.of(), null, "Try things",
                List.of("python", "train.py", "lr=0.1", "name=two words"), Map.of("hydra/launcher", "basic"), Map.of(),
                null);

        DetailContent c = builder.build(audit(e, w, ScmVersion.parse(null), inputs, Optional.of(config)), Map.of(),
                Map.of());

        assertThat(c.header().status()).isEqualTo("Completed");
        assertThat(c.header().statusDetail()).isNull();
        assertThat(c.header().createdLocal()).isEqualTo("2026-02-03 04:05");
        assertThat(c.header().createdUtc()).isEqualTo("2026-02-03 04:05:06 UTC");
        assertThat(c.header().durations()).extracting(Field::label, Field::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Duration", "3m 02.5s"));
        assertThat(c.code().kind()).isEqualTo("Interactive prompt (REPL)");
        assertThat(c.code().location()).isEmpty();
        assertThat(c.code().explanation()).contains("interactive prompt");
        assertThat(c.code().identity()).extracting(Field::label, Field::value).contains(
                org.assertj.core.groups.Tuple.tuple("Run version", "not recorded (no configuration.json read)"),
                org.assertj.core.groups.Tuple.tuple("Workflow.Version", "\u2014"));
        assertThat(c.inputs()).extracting(InputRow::fromConfiguration, InputRow::dev, InputRow::pinned).containsExactly(
                org.assertj.core.groups.Tuple.tuple(true, false, true),
                org.assertj.core.groups.Tuple.tuple(false, true, true),
                org.assertj.core.groups.Tuple.tuple(false, false, false));
        assertThat(c.inputs().get(0).snapshotTime()).isEqualTo("2026-02-01 00:00");
        assertThat(c.inputs().get(1).snapshot()).isNull();
        assertThat(c.inputs().get(2).versionLabel()).isEqualTo("unknown");
        assertThat(c.configuration().commandLine()).isEqualTo("python train.py lr=0.1 'name=two words'");
        assertThat(c.configuration().datasets()).singleElement()
                .satisfies(d -> assertThat(d.versionRid()).isEqualTo(Rid.of("1-V002")));
        assertThat(c.configuration().choices()).singleElement().satisfies(ch -> assertThat(ch.internal()).isTrue());
    }

    @Test
    void containerCodeIsIdentifiedByItsDigestAndAFailureShowsItsDetail() {
        String digest = "sha256:" + "ab".repeat(32);
        Workflow w = new Workflow(WF, "Eval", null, "ghcr.io/acme/eval@" + digest, digest, "1.0", List.of("Eval"),
                AT, AT);
        Execution e = new Execution(RUN, WF, "Evaluate", "Failed", "Traceback: boom", ExecutionDurations.NONE, AT,
                AT);

        DetailContent c = builder.build(audit(e, w, ScmVersion.parse("1.0"), List.of(), Optional.empty()), Map.of(),
                Map.of());

        assertThat(c.header().statusDetail()).isEqualTo("Traceback: boom");
        assertThat(c.header().durations()).isEmpty();
        assertThat(c.code().kind()).isEqualTo("Container image");
        assertThat(c.code().location()).extracting(Field::label, Field::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Image", "ghcr.io/acme/eval"),
                org.assertj.core.groups.Tuple.tuple("Digest", digest));
        assertThat(c.code().explanation()).contains("digest is the identity");
        assertThat(c.code().identity().get(0).label()).isEqualTo("Checksum");
        assertThat(c.configuration()).isNull();
    }

    @Test
    void jobsMissingFromTheCacheAreShownAsSuchAndAnUncommittedFileIsExplained() {
        Workflow w = new Workflow(WF, "Train", null,
                "https://github.com/acme/repo/blob//src/train.py", "abc", null, List.of(), AT, AT);
        Execution e = new Execution(RUN, WF, "Sweep", "Uploaded", null, ExecutionDurations.NONE, AT, AT);
        CodeIdentity code = new CodeIdentity(WF, w.parsedUrl(), "abc", ScmVersion.parse(null));
        List<ExecutionNesting> jobs = List.of(new ExecutionNesting(RUN, Rid.of("1-E004"), 0),
                new ExecutionNesting(RUN, Rid.of("1-E006"), null));
        ExecutionDetail d = new ExecutionDetail(e, w, code, List.of(), List.of(), List.of(), null, jobs,
                List.of());
        ExecutionAudit audit = new ExecutionAudit(d, List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), List.of());

        DetailContent c = builder.build(audit, Map.of(), Map.of());

        assertThat(c.nesting().children()).extracting(DetailContent.RunRef::sequence).containsExactly(0, null);
        assertThat(c.nesting().children()).allMatch(r -> r.status().equals("not in the cache"));
        assertThat(c.code().location()).extracting(Field::value).contains("never committed", "src/train.py");
        assertThat(c.code().explanation()).isEqualTo("The file was never committed, so no commit holds this code.");
        assertThat(WorkflowUrl.parse(w.url()).kind()).isEqualTo(WorkflowUrl.Kind.GIT_BLOB);
    }

    private static ExecutionAudit audit(Execution e, Workflow w, ScmVersion run, List<InputDetail> inputs,
                                        Optional<ExecutionConfiguration> config) {
        CodeIdentity code = new CodeIdentity(WF, w.parsedUrl(), w.checksum(), run);
        ExecutionDetail d = new ExecutionDetail(e, w, code, inputs, List.of(), List.of(), null, List.of(), List.of());
        return new ExecutionAudit(d, List.of(), config, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), List.of());
    }
}
