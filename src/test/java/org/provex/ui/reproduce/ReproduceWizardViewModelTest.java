package org.provex.ui.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.model.Rid;
import org.provex.core.reproduce.DemoWorld;
import org.provex.core.reproduce.launch.StandIn;
import org.provex.core.reproduce.plan.ReproductionMode;
import org.provex.core.reproduce.plan.ReproductionPlan;
import org.provex.core.reproduce.run.ReproductionRecord;
import org.provex.testing.TestReproduce;
import org.provex.ui.common.ImmediateTaskRunner;
import org.provex.ui.common.ManualTaskRunner;
import org.provex.ui.reproduce.LaunchModel.Phase;
import org.provex.ui.reproduce.ReproduceWizardViewModel.Step;
import org.provex.ui.testing.TestContext;

/**
 * The reproduce wizard's view model on a copy of the demo, without the toolkit: a synchronous task runner, and a
 * stand-in uv on a PATH of the test's own that records what it was run with.
 */
class ReproduceWizardViewModelTest {

    @TempDir
    static Path dir;
    static TestContext test;
    static Path standIns;
    static Rid headRun;
    static Rid dirtyRun;
    ReproduceWizardViewModel vm;

    @BeforeAll
    static void demo() throws Exception {
        test = TestContext.demo(dir);
        standIns = TestReproduce.standIns(test.workspace);
        StandIn.write(standIns, "uv", 0, 0);
        var db = test.demoSession().db();
        ExecutionAudit head = DemoWorld.find(db, "run with a later HEAD", DemoWorld::headAfterUrlCommit);
        headRun = head.detail().execution().rid();
        dirtyRun = DemoWorld.find(db, "dirty run", DemoWorld::dirty).detail().execution().rid();
    }

    @AfterAll
    static void close() {
        test.close();
    }

    @BeforeEach
    void wizard() {
        test.reset();
        vm = new ReproduceWizardViewModel(test.context(new ImmediateTaskRunner()));
    }

    @Test
    void walksEveryStepToADryRunLaunchAndRecordsIt() throws Exception {
        vm.open(headRun);
        ReproductionPlan plan = vm.plan().get();
        assertThat(plan).isNotNull();
        assertThat(vm.planError().get()).isNull();
        assertThat(plan.readiness().checks()).isNotEmpty();
        assertThat(vm.step().get()).isEqualTo(Step.SOURCE);
        assertThat(vm.canBack().get()).isFalse();

        vm.next();
        assertThat(vm.step().get()).isEqualTo(Step.INPUTS);
        vm.next();
        assertThat(vm.step().get()).isEqualTo(Step.CODE);
        assertThat(vm.plan().get().checkout().commit()).startsWith(vm.plan().get().verification().commit());
        vm.next();
        vm.next();
        assertThat(vm.step().get()).isEqualTo(Step.LAUNCH);
        assertThat(vm.canNext().get()).as("Result comes after a launch").isFalse();

        vm.dryRun().set(true);
        List<String> argv = vm.plan().get().command().argv();
        assertThat(argv).startsWith("uv", "run", "--frozen").contains("dry_run=true");
        assertThat(vm.canLaunch().get()).as(vm.plan().get().failedPreflight().toString()).isTrue();

        vm.launch();

        assertThat(vm.launchPhase().get()).isEqualTo(Phase.FINISHED);
        assertThat(vm.step().get()).isEqualTo(Step.RESULT);
        ReproductionRecord record = vm.record().get();
        assertThat(record.state()).isEqualTo(ReproductionRecord.State.SUCCEEDED);
        assertThat(record.dryRun()).isTrue();
        assertThat(vm.output()).contains("uv stand-in started", "to stderr", "uv stand-in finished");
        assertThat(StandIn.argv(standIns)).isEqualTo(argv.subList(1, argv.size()));
        Path checkout = vm.plan().get().workspace().checkout();
        assertThat(Path.of(StandIn.recorded(standIns, "cwd")).toRealPath()).isEqualTo(checkout.toRealPath());
        assertThat(vm.plan().get().workspace().configuration()).exists();
        assertThat(checkout.resolve("configuration.json")).doesNotExist();
        vm.back();
        assertThat(vm.step().get()).as("the output can be read again").isEqualTo(Step.LAUNCH);
        assertThat(vm.canBack().get()).as("the plan is fixed once launched").isFalse();
        vm.next();
        assertThat(vm.step().get()).isEqualTo(Step.RESULT);

        vm.compareWithOriginal();
        assertThat(vm.resultMessage().get()).contains("dry run records no new execution");
        assertThat(test.navigator.calls).noneMatch(c -> c.startsWith("compare"));
        assertThat(test.reproduce.reproductions().list()).anyMatch(r -> r.id().equals(record.id()));
    }

    @Test
    void theLatestVersionsAlternativeIsNotCalledAReproduction() {
        vm.open(headRun);
        vm.mode().set(ReproductionMode.LATEST_VERSIONS);
        assertThat(vm.plan().get().mode()).isEqualTo(ReproductionMode.LATEST_VERSIONS);
        assertThat(vm.plan().get().label()).contains("not a reproduction");
        assertThat(vm.plan().get().notes().get(0)).contains("it is not a reproduction");
        vm.mode().set(ReproductionMode.REPRODUCTION);
        assertThat(vm.plan().get().label()).isEqualTo("Reproduction of " + headRun);
    }

    @Test
    void aMismatchMustBeConfirmedBeforeTheCodeStepLetsGo() {
        vm.open(dirtyRun);
        assertThat(vm.plan().get().confirmations()).extracting(ReproductionPlan.Confirmation::id)
                .contains("code_mismatch");
        vm.next();
        vm.next();
        assertThat(vm.step().get()).isEqualTo(Step.CODE);
        assertThat(vm.canNext().get()).isFalse();
        vm.next();
        assertThat(vm.step().get()).isEqualTo(Step.CODE);

        vm.confirm("code_mismatch", true);
        assertThat(vm.canNext().get()).isTrue();
        vm.confirm("code_mismatch", false);
        assertThat(vm.canNext().get()).isFalse();
        assertThat(vm.canLaunch().get()).as("no launch without the answer either").isFalse();
    }

    @Test
    void aMissingRunnerIsAFailedPreflightAndCheckAgainFindsItOnceInstalled() throws Exception {
        Path uv = standIns.resolve("bin/uv");
        Path aside = standIns.resolve("uv.aside");
        Files.move(uv, aside);
        try {
            vm.open(headRun);
            assertThat(vm.plan().get().failedPreflight()).isNotEmpty();
            assertThat(vm.canLaunch().get()).isFalse();
        } finally {
            Files.move(aside, uv);
        }
        vm.replan();
        assertThat(vm.plan().get().failedPreflight()).isEmpty();
        assertThat(vm.canLaunch().get()).isTrue();
    }

    @Test
    void closingWhileTheLaunchRunsLeavesItRunning() throws Exception {
        ManualTaskRunner tasks = new ManualTaskRunner();
        ReproduceWizardViewModel manual = new ReproduceWizardViewModel(test.context(tasks));
        Path slow = dir.resolve("slow");
        StandIn.write(slow, "uv", 0, 30);
        Files.copy(slow.resolve("bin/uv"), standIns.resolve("bin/uv"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try {
            manual.open(headRun);
            tasks.runAll();
            manual.launch();
            tasks.pending().get(0).run();    // prepares and starts; the follow task waits in the runner
            assertThat(manual.launchPhase().get()).isEqualTo(Phase.RUNNING);
            String id = manual.record().get().id();

            manual.close();
            var handle = test.reproduce.reproductions().active(id).orElseThrow();
            assertThat(handle.isRunning()).isTrue();
            assertThat(test.notifications.infos).anyMatch(m -> m.contains("keeps running"));

            handle.cancel();
            handle.completion().get(30, java.util.concurrent.TimeUnit.SECONDS);
            // the record is saved by a stage that follows the process's end, which may run after this thread wakes
            org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () ->
                    test.reproduce.reproductions().store().get(id).orElseThrow().state()
                            != ReproductionRecord.State.RUNNING);
            assertThat(test.reproduce.reproductions().store().get(id).orElseThrow().state())
                    .isEqualTo(ReproductionRecord.State.CANCELLED);
        } finally {
            StandIn.write(standIns, "uv", 0, 0);
        }
    }

    @Test
    void theSlurmTargetShowsItsBatchScriptAndTheProfileEditorSavesCheckedValues() throws Exception {
        vm.open(headRun);
        assertThat(vm.preview().get()).isNotNull();
        assertThat(vm.preview().get().files()).isEmpty();
        vm.target().set(vm.targets().stream().filter(t -> t.id().equals("slurm")).findFirst().orElseThrow());
        assertThat(vm.plan().get().target()).isEqualTo("slurm");
        assertThat(vm.preview().get().files().get("job.sbatch")).contains("uv run --frozen deriva-ml-run");

        ClusterProfileModel profile = vm.clusterProfile();
        profile.text().set("partition=gpu\ntime_limit=forever");
        profile.save();
        assertThat(profile.message().get()).contains("Refused time_limit 'forever'");
        assertThat(test.workspace.settings().cluster().global().partition()).isNull();

        profile.text().set("partition=gpu\n# a comment\ntime_limit=4:00:00\nmodules=cuda/12.1\nmodules=cudnn/9");
        profile.save();
        assertThat(test.workspace.settings().cluster().global().partition()).isEqualTo("gpu");
        assertThat(test.workspace.settings().cluster().global().modules()).containsExactly("cuda/12.1", "cudnn/9");
        // saving planned again: the script now asks for the partition
        assertThat(vm.preview().get().files().get("job.sbatch")).contains("#SBATCH --partition=gpu\n");
        profile.forCatalog().set(true);
        assertThat(profile.text().get()).isEmpty();
        profile.forCatalog().set(false);
        assertThat(profile.text().get()).isEqualTo("partition=gpu\ntime_limit=4:00:00\nmodules=cuda/12.1\n"
                + "modules=cudnn/9");
        test.workspace.updateSettings(s -> s.withCluster(org.provex.core.settings.ClusterProfiles.NONE));
    }
}
