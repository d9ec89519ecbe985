package org.provex.core.reproduce.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.DatasetQueries;
import org.provex.core.model.DatasetSpec;
import org.provex.core.model.Rid;
import org.provex.core.model.WorkflowUrl;
import org.provex.core.reproduce.Check;
import org.provex.core.reproduce.DemoWorld;
import org.provex.core.reproduce.ReproduceException;
import org.provex.core.reproduce.code.CodeVerification;
import org.provex.core.reproduce.launch.LocalTarget;
import org.provex.core.reproduce.launch.StandIn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plans and workspaces for the demo's runs: the real demo cache and its real git repository. */
class ReproductionPlannerDemoTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path home;
    @TempDir
    Path tmp;
    private static DemoWorld world;
    private static CacheDatabase db;

    @BeforeAll
    static void demo() throws Exception {
        world = DemoWorld.create(home, StandIn.environment(home), Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"),
                ZoneOffset.UTC));
        StandIn.write(home, "uv", 0, 0);
        db = world.open();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private ReproductionPlanner planner() {
        return world.services.planner(db, "demo", world.services.snapshotProbe("demo"));
    }

    private ReproductionPlan plan(ExecutionAudit a, ReproductionMode mode, Path workspace) {
        return planner().plan(new ReproductionPlanner.Request(a.detail().execution().rid(), mode, workspace, false,
                new LocalTarget()));
    }

    @Test
    void aRunIsReproducedAtItsOwnHeadWithItsRecordedOverridesAndThePlanFilesBesideTheCheckout() throws Exception {
        ExecutionAudit a = DemoWorld.find(db, "run with a later HEAD", DemoWorld::headAfterUrlCommit);
        Rid rid = a.detail().execution().rid();
        String head = DemoWorld.demoCommit(a.detail().code().headCommit().orElseThrow());
        Path ws = tmp.resolve("ws");
        ReproductionPlan p = plan(a, ReproductionMode.REPRODUCTION, ws);

        assertThat(p.label()).isEqualTo("Reproduction of " + rid);
        assertThat(p.verification().verdict()).isEqualTo(CodeVerification.Verdict.VERIFIED);
        assertThat(p.checkout().commit()).isEqualTo(head).isNotEqualTo(p.checkout().urlCommit());
        assertThat(p.checkout().source()).isEqualTo(CodeVerification.CommitSource.VERSION_HEAD);
        List<String> expected = new ArrayList<>(List.of("uv", "run", "--frozen", "deriva-ml-run", "--host",
                "demo.provex.invalid", "--catalog", "1"));
        a.hydraOverrides().stream().filter(o -> !o.startsWith("deriva_ml.")).forEach(expected::add);
        expected.add("++description='Reproduction of " + rid + "'");
        assertThat(p.command().argv()).containsExactlyElementsOf(expected);
        assertThat(p.command().workingDirectory()).isEqualTo(ws.resolve("checkout").toAbsolutePath());
        assertThat(p.recorded().source()).isEqualTo(RecordedCommand.Source.HYDRA_OVERRIDES_FILE);
        assertThat(p.inputs()).isNotEmpty().allSatisfy(in -> {
            assertThat(in.resolution()).isEqualTo(PinnedInput.Resolution.AS_RECORDED);
            assertThat(in.version()).isEqualTo(in.recordedVersion());
            assertThat(in.snapshot()).isNotNull();
        });
        assertThat(p.readiness().level()).isEqualTo(Readiness.Level.READY);
        assertThat(p.readiness().checks()).extracting(Check::id).contains("original_status", "code_verified",
                "inputs_released", "snapshots_readable", "uv_lock_recorded", "config_choices_recorded");
        assertThat(p.environment().uvLock()).isEqualTo(EnvironmentComparison.LockState.SAME);
        assertThat(p.launchable()).isTrue();
        assertThat(p.confirmations()).isEmpty();
        assertThat(ws).as("planning writes nothing").doesNotExist();

        PreparedReproduction prepared = planner().prepare(p, Set.of());
        Path checkout = ws.resolve("checkout");
        try (Git git = Git.open(checkout.toFile())) {
            assertThat(git.getRepository().resolve("HEAD").name()).isEqualTo(head);
            assertThat(git.status().call().isClean()).isTrue();
        }
        assertThat(checkout.resolve("configuration.json")).doesNotExist();
        JsonNode config = JSON.readTree(Files.readString(ws.resolve("configuration.json")));
        assertThat(config.path("description").asString()).startsWith("Reproduction of " + rid);
        List<DatasetSpec> recorded = a.configuration().orElseThrow().datasets();
        assertThat(config.path("datasets")).hasSize(recorded.size());
        for (int i = 0; i < recorded.size(); i++) {
            JsonNode v = config.path("datasets").get(i).path("version");
            assertThat(v.path("major").asInt() + "." + v.path("minor").asInt() + "." + v.path("patch").asInt())
                    .isEqualTo(recorded.get(i).version());
        }
        assertThat(config.path("config_choices")).isEqualTo(a.configuration().get().raw().path("config_choices"));
        JsonNode planJson = JSON.readTree(Files.readString(ws.resolve("plan.json")));
        assertThat(planJson.path("command").path("argv")).hasSize(expected.size());
        assertThat(ws.resolve("recorded/overrides.yaml")).exists();
        assertThat(ws.resolve("recorded/uv.lock")).hasSameBinaryContentAs(checkout.resolve("uv.lock"));
        assertThat(prepared.request().argv()).isEqualTo(p.command().argv());
        assertThat(prepared.request().logFile()).isEqualTo(ws.resolve("output.log").toAbsolutePath());
    }

    @Test
    void aDirtyRunNeedsAConfirmationBeforeTheCommittedCodeRuns() {
        ExecutionAudit a = DemoWorld.find(db, "dirty run", DemoWorld::dirty);
        Path ws = tmp.resolve("dirty");
        ReproductionPlan p = plan(a, ReproductionMode.REPRODUCTION, ws);
        assertThat(p.verification().verdict()).isEqualTo(CodeVerification.Verdict.MISMATCH);
        assertThat(p.verification().reason()).isEqualTo(CodeVerification.Reason.DIRTY_TREE);
        assertThat(p.readiness().level()).isEqualTo(Readiness.Level.NOT_READY);
        assertThat(p.confirmations()).extracting(ReproductionPlan.Confirmation::id).containsExactly("code_mismatch");
        assertThatThrownBy(() -> planner().prepare(p, Set.of())).isInstanceOf(ConfirmationRequiredException.class)
                .hasMessageContaining("not the code that ran");
        assertThat(ws).doesNotExist();
        planner().prepare(p, Set.of("code_mismatch"));
        assertThat(ws.resolve("checkout/.git")).exists();
    }

    @Test
    void aContainerRunsItsImageByDigestWithThePinnedConfigurationMounted() {
        ExecutionAudit a = DemoWorld.find(db, "container run", DemoWorld::container);
        WorkflowUrl.DockerImage image = (WorkflowUrl.DockerImage) a.detail().code().url();
        Path ws = tmp.resolve("container");
        ReproductionPlan p = plan(a, ReproductionMode.REPRODUCTION, ws);
        assertThat(p.verification().verdict()).isEqualTo(CodeVerification.Verdict.CONTAINER);
        assertThat(p.checkout()).isNull();
        assertThat(p.command().argv()).startsWith("docker", "run", "--rm", "--mount", "type=bind,source="
                + ws.toAbsolutePath().resolve("configuration.json") + ",target=/provex/configuration.json,readonly",
                image.image() + "@" + image.digest(), "deriva-ml-run", "--host", "demo.provex.invalid");
        assertThat(p.readiness().checks()).extracting(Check::id).contains("container_digest")
                .doesNotContain("uv_lock_recorded");
        assertThat(p.environment().uvLock()).isEqualTo(EnvironmentComparison.LockState.NOT_APPLICABLE);
    }

    @Test
    void aNotebookRunIsVerifiedAndPlanned() {
        ExecutionAudit a = DemoWorld.find(db, "notebook run", DemoWorld::notebook);
        ReproductionPlan p = plan(a, ReproductionMode.REPRODUCTION, tmp.resolve("nb"));
        assertThat(p.verification().verdict()).isEqualTo(CodeVerification.Verdict.VERIFIED);
        assertThat(p.launchable()).isTrue();
    }

    @Test
    void theSentinelCannotBeReproduced() {
        ExecutionAudit a = DemoWorld.find(db, "sentinel", x -> x.detail().execution().isUnknownProvenance());
        ReproductionPlan p = plan(a, ReproductionMode.REPRODUCTION, tmp.resolve("s"));
        assertThat(p.launchable()).isFalse();
        assertThat(p.command()).isNull();
        assertThat(p.blockers()).anySatisfy(b -> assertThat(b).contains("nothing to reproduce"));
        assertThatThrownBy(() -> planner().prepare(p, Set.of())).isInstanceOf(ReproduceException.class)
                .hasMessageContaining("cannot be launched");
    }

    @Test
    void reRunningOnTheLatestVersionsIsLabelledAndOverridesTheVersions() {
        DatasetQueries datasets = new DatasetQueries(db);
        ExecutionAudit a = DemoWorld.find(db, "run on an old release", x -> DemoWorld.headAfterUrlCommit(x)
                && x.detail().inputs().stream().anyMatch(in -> datasets.dataset(in.input().dataset())
                .map(d -> d.current() != null && d.current().isReleased()
                        && !d.current().version().equals(in.input().version())).orElse(false)));
        ReproductionPlan p = plan(a, ReproductionMode.LATEST_VERSIONS, tmp.resolve("latest"));
        assertThat(p.label()).contains("not a reproduction");
        assertThat(p.notes().get(0)).contains("it is not a reproduction");
        PinnedInput changed = p.inputs().stream().filter(PinnedInput::changed).findFirst().orElseThrow();
        assertThat(changed.resolution()).isEqualTo(PinnedInput.Resolution.LATEST);
        assertThat(p.command().argv()).contains("datasets." + changed.configIndex() + ".version='"
                + changed.version() + "'");
        assertThat(p.command().argv()).last().isEqualTo("++description='Re-run of " + a.detail().execution().rid()
                + " on the latest dataset versions'");
    }

    @Test
    void aDryRunPassesDryRunTrue() {
        ExecutionAudit a = DemoWorld.find(db, "run with a later HEAD", DemoWorld::headAfterUrlCommit);
        ReproductionPlan p = planner().plan(new ReproductionPlanner.Request(a.detail().execution().rid(),
                ReproductionMode.REPRODUCTION, tmp.resolve("d"), true, new LocalTarget()));
        assertThat(p.dryRun()).isTrue();
        assertThat(p.command().argv()).last().isEqualTo("dry_run=true");
    }

    @Test
    void anExistingFolderIsNotAFreshWorkspace() throws Exception {
        ExecutionAudit a = DemoWorld.find(db, "run with a later HEAD", DemoWorld::headAfterUrlCommit);
        Path ws = Files.createDirectories(tmp.resolve("used"));
        Files.writeString(ws.resolve("notes.txt"), "mine");
        ReproductionPlan p = plan(a, ReproductionMode.REPRODUCTION, ws);
        assertThat(p.failedPreflight()).extracting(Check::id).containsExactly("workspace");
        assertThatThrownBy(() -> planner().prepare(p, Set.of())).isInstanceOf(ReproduceException.class)
                .hasMessageContaining("not empty");
        assertThat(ws.resolve("notes.txt")).hasContent("mine");
    }
}
