package org.provex.ui.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.provex.core.model.Rid;
import org.provex.core.reproduce.DemoWorld;
import org.provex.core.reproduce.launch.BatchJob;
import org.provex.core.reproduce.launch.StandIn;
import org.provex.core.reproduce.launch.slurm.SlurmStandIns;
import org.provex.core.reproduce.launch.slurm.SlurmStandIns.Reply;
import org.provex.core.reproduce.run.ReproductionRecord;
import org.provex.ui.common.ImmediateTaskRunner;
import org.provex.ui.reproduce.LaunchModel.Phase;
import org.provex.ui.reproduce.ReproduceWizardViewModel.Step;
import org.provex.ui.testing.TestContext;

/**
 * The wizard follows a Slurm job's state while it runs: stand-in sbatch, squeue, sacct and scontrol (on the launch
 * PATH, before the system's) replay a job's history, polled every 50 ms, and the view model's job goes through each
 * state in words, in order, to the end the scheduler reported, which the record and the Result step keep.
 */
@DisabledOnOs(OS.WINDOWS)
class WizardJobStateTest {

    @TempDir
    static Path dir;
    static TestContext test;
    static SlurmStandIns slurm;
    static Rid run;

    @BeforeAll
    static void demo() throws Exception {
        test = TestContext.demo(dir, Duration.ofMillis(50));
        Path standIns = org.provex.testing.TestReproduce.standIns(test.workspace);
        StandIn.write(standIns, "uv", 0, 0);
        slurm = new SlurmStandIns(standIns);
        run = DemoWorld.find(test.demoSession().db(), "run with a later HEAD", DemoWorld::headAfterUrlCommit)
                .detail().execution().rid();
    }

    @AfterAll
    static void close() {
        test.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "COMPLETED     | 0:0  | completed      | SUCCEEDED",
        "FAILED        | 1:0  | failed         | FAILED",
        "CANCELLED     | 0:15 | cancelled      | CANCELLED",
        "TIMEOUT       | 0:15 | timeout        | FAILED",
        "OUT_OF_MEMORY | 0:9  | out of memory  | FAILED",
        "NODE_FAIL     | 0:0  | node failure   | FAILED",
    })
    void theLaunchStepFollowsTheJobThroughEachStateInWords(String end, String exit, String word,
                                                             ReproductionRecord.State outcome) throws Exception {
        slurm.scripted("sbatch", Reply.ok("4242\n"))
                .scripted("squeue", Reply.ok("4242|PENDING|Priority|0:00|\n"),
                        Reply.ok("4242|RUNNING|None|0:05|gpu-07\n"),
                        Reply.ok("4242|" + end + "|None|0:09|gpu-07\n"))
                .scripted("sacct", Reply.ok("4242|" + end + "|" + exit + "|00:00:09|gpu-07\n"))
                .scripted("scontrol", new Reply("slurm_load_jobs error: Invalid job id specified\n", 1))
                .scripted("scancel", Reply.ok(""));
        for (String counter : List.of("sbatch", "squeue", "sacct", "scontrol")) {
            java.nio.file.Files.deleteIfExists(slurm.record.resolve(counter + ".count"));
        }
        test.reset();
        ReproduceWizardViewModel vm = new ReproduceWizardViewModel(test.context(new ImmediateTaskRunner()));
        vm.open(run);
        vm.target().set(vm.targets().stream().filter(t -> t.id().equals("slurm")).findFirst().orElseThrow());
        assertThat(vm.plan().get().failedPreflight()).isEmpty();
        assertThat(vm.job().get()).as("nothing submitted yet").isNull();
        List<BatchJob> seen = new ArrayList<>();
        vm.job().addListener((o, a, j) -> seen.add(j));

        vm.launch();    // the immediate runner follows the job to its end before launch returns

        assertThat(vm.launchProblem().get()).isNull();
        assertThat(vm.launchPhase().get()).isEqualTo(Phase.FINISHED);
        assertThat(seen).extracting(BatchJob::id).containsOnly("4242");
        List<String> states = new ArrayList<>();
        seen.stream().map(BatchJob::state).forEach(s -> {
            if (states.isEmpty() || !states.get(states.size() - 1).equals(s)) {
                states.add(s);
            }
        });
        // the submission is already "pending"; the first reading of the queue says why it waits
        assertThat(states).as("each state, in order").containsExactly("pending", "running", word);
        assertThat(seen.get(seen.size() - 1).finished()).isTrue();
        assertThat(JobStateLabel.describe(vm.job().get())).startsWith("Slurm job 4242: " + word + " \u2014 ");
        assertThat(JobStateLabel.describe(seen.stream().filter(j -> j.state().equals("pending"))
                .reduce((first, later) -> later).orElseThrow()))
                .startsWith("Slurm job 4242: pending \u2014 Waiting in the queue");
        assertThat(JobStateLabel.describe(seen.stream().filter(j -> j.state().equals("running")).findFirst()
                .orElseThrow())).as("the state's word once")
                .isEqualTo("Slurm job 4242: running \u2014 Node gpu-07; ran 0:05");
        ReproductionRecord r = vm.record().get();
        assertThat(r.state()).isEqualTo(outcome);
        assertThat(r.job().state()).isEqualTo(word);
        assertThat(vm.step().get()).isEqualTo(Step.RESULT);
        assertThat(slurm.calls("squeue")).hasSizeGreaterThanOrEqualTo(3);
    }
}
