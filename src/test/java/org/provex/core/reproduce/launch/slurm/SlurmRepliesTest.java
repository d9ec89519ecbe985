package org.provex.core.reproduce.launch.slurm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Replies as Slurm 22.05 prints them (taken from a single-node Slurm). */
class SlurmRepliesTest {

    @Test
    void sbatchParsable() {
        assertThat(SlurmReplies.jobId("1234\n")).isEqualTo("1234");
        assertThat(SlurmReplies.jobId("1234;gpu-cluster\n")).isEqualTo("1234");
        assertThatThrownBy(() -> SlurmReplies.jobId("sbatch: error: invalid partition specified: nope"))
                .hasMessageContaining("no job id");
    }

    @Test
    void squeueLines() {
        JobStatus s = SlurmReplies.squeue("12|PENDING|Priority|0:00|\n13|RUNNING|None|1:02|node7\n", "12")
                .orElseThrow();
        assertThat(s.state()).isEqualTo(JobState.PENDING);
        assertThat(s.words()).isEqualTo("pending (other jobs have higher priority)");
        JobStatus r = SlurmReplies.squeue("13|RUNNING|None|1:02|node7", "13").orElseThrow();
        assertThat(r.words()).isEqualTo("running");
        assertThat(r.nodes()).isEqualTo("node7");
        assertThat(SlurmReplies.squeue("", "12")).isEmpty();
        assertThat(SlurmReplies.squeue("14|OUT_OF_MEMORY|OutOfMemory|3:00|n1", "14").orElseThrow().state())
                .isEqualTo(JobState.OUT_OF_MEMORY);
    }

    @Test
    void sacctLines() {
        JobStatus t = SlurmReplies.sacct("12|TIMEOUT|0:15|02:00:03|node7\n", "12").orElseThrow();
        assertThat(t.state()).isEqualTo(JobState.TIMEOUT);
        assertThat(t.signal()).isEqualTo(15);
        assertThat(t.words()).isEqualTo("timeout");
        assertThat(t.state().meaning()).isEqualTo("stopped by Slurm at its time limit");
        JobStatus c = SlurmReplies.sacct("12|CANCELLED by 1000|0:0|00:01:00|node7", "12").orElseThrow();
        assertThat(c.state()).isEqualTo(JobState.CANCELLED);
        assertThat(c.reason()).isEqualTo("CANCELLED by 1000");
        JobStatus f = SlurmReplies.sacct("12|FAILED|2:0|00:00:03|node7", "12").orElseThrow();
        assertThat(f.exitCode()).isEqualTo(2);
        assertThat(f.words()).isEqualTo("failed (exit code 2)");
        assertThat(SlurmReplies.sacct("12|NODE_FAIL|0:0|1:00|n", "12").orElseThrow().state().word())
                .isEqualTo("node failure");
        assertThat(SlurmReplies.accountingDisabled("Slurm accounting storage is disabled\n")).isTrue();
    }

    @Test
    void scontrolOneLine() {
        JobStatus s = SlurmReplies.scontrol("JobId=2 JobName=t1 UserId=root(0) JobState=FAILED Reason=NonZeroExitCode "
                + "Dependency=(null) ExitCode=3:0 RunTime=00:00:01 TimeLimit=UNLIMITED NodeList=vm").orElseThrow();
        assertThat(s.state()).isEqualTo(JobState.FAILED);
        assertThat(s.exitCode()).isEqualTo(3);
        assertThat(s.words()).isEqualTo("failed (the command failed)");
        JobStatus p = SlurmReplies.scontrol("JobId=1 JobState=PENDING Reason=None ExitCode=0:0 NodeList=")
                .orElseThrow();
        assertThat(p.exitCode()).isNull();
        assertThat(SlurmReplies.scontrol("slurm_load_jobs error: Invalid job id specified")).isEmpty();
        assertThat(SlurmReplies.unknownJob("slurm_load_jobs error: Invalid job id specified")).isTrue();
    }

    @Test
    void everySlurmStateHasWords() {
        for (String s : new String[] {"PD", "R", "CG", "CD", "F", "CA", "TO", "OOM", "NF", "BF", "PR", "DL", "S"}) {
            assertThat(JobState.parse(s)).as(s).isNotEqualTo(JobState.UNKNOWN);
        }
        assertThat(JobState.parse("SOMETHING_NEW")).isEqualTo(JobState.UNKNOWN);
        assertThat(JobState.RUNNING.finished()).isFalse();
        assertThat(JobState.TIMEOUT.finished()).isTrue();
    }
}
