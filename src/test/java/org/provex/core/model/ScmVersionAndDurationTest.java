package org.provex.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScmVersionAndDurationTest {

    @Test
    void setuptoolsScmVersionsNameHeadAndDirtiness() {
        ScmVersion tagged = ScmVersion.parse("1.2.3");
        assertThat(tagged.isTagged()).isTrue();
        assertThat(tagged.headNode()).isEmpty();

        ScmVersion after = ScmVersion.parse("1.2.4.dev2+g1a2b3c4");
        assertThat(after.headNode()).contains("1a2b3c4");
        assertThat(after.distance()).isEqualTo(2);
        assertThat(after.dirty()).isFalse();

        ScmVersion dirty = ScmVersion.parse("0.2.1.dev1+gc505819.d20260515");
        assertThat(dirty.headNode()).contains("c505819");
        assertThat(dirty.dirty()).isTrue();

        assertThat(ScmVersion.parse("1.2.3.post2+g1234abc.dirty").dirty()).isTrue();
        assertThat(ScmVersion.parse("1.2.3+d20260515").dirty()).isTrue();
        assertThat(ScmVersion.parse(null).isEmpty()).isTrue();
    }

    @Test
    void derivaMlDurationStrings() {
        RunDuration d = RunDuration.parse("0.0H 2.0min 13.4521sec");
        assertThat(d.duration()).contains(Duration.ofMillis(133_452).plusNanos(100_000));
        assertThat(d.display()).isEqualTo("2m 13.5s");
        assertThat(RunDuration.parse("0H 0min 0.0sec").duration()).contains(Duration.ZERO);
        assertThat(RunDuration.parse("1.0H 5.0min 0.0sec").display()).isEqualTo("1h 05m 00s");
    }

    @Test
    void legacyAndForeignShapesAreKept() {
        assertThat(RunDuration.parse("0:02:13.5").duration()).contains(Duration.ofMillis(133_500));
        assertThat(RunDuration.parse("PT2M").duration()).contains(Duration.ofMinutes(2));
        assertThat(RunDuration.parse("42").duration()).contains(Duration.ofSeconds(42));
        RunDuration odd = RunDuration.parse("about a minute");
        assertThat(odd.duration()).isEmpty();
        assertThat(odd.display()).isEqualTo("about a minute");
        assertThat(RunDuration.parseOrNull("  ")).isNull();
    }

    @Test
    void statusesIncludingLegacyTerms() {
        assertThat(ExecutionStatus.values()).hasSize(7);
        assertThat(ExecutionStatus.fromTerm("Pending_Upload")).contains(ExecutionStatus.PENDING_UPLOAD);
        assertThat(ExecutionStatus.fromTerm("uploaded")).isEmpty();
        assertThat(ExecutionStatus.phaseOf("Completed")).isEqualTo(ExecutionStatus.Phase.SUCCEEDED);
        assertThat(ExecutionStatus.phaseOf("Initializing")).isEqualTo(ExecutionStatus.Phase.ACTIVE);
        assertThat(ExecutionStatus.phaseOf("Failed")).isEqualTo(ExecutionStatus.Phase.FAILED);
        assertThat(ExecutionStatus.phaseOf(null)).isEqualTo(ExecutionStatus.Phase.UNKNOWN);
        assertThat(ExecutionStatus.displayName("Pending_Upload")).isEqualTo("Pending Upload");
    }
}
