package org.provex.core.reproduce.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.provex.core.model.DatasetVersion;
import org.provex.core.model.Rid;
import org.provex.core.model.Snaptime;

class InputPinnerTest {

    private static DatasetVersion v(String rid, String version, String snapshotTime) {
        return new DatasetVersion(Rid.of(rid), Rid.of("1-D002"), version, "", null, null,
                snapshotTime == null ? null : Snaptime.of(Instant.parse(snapshotTime)), null, null);
    }

    @Test
    void theReleaseCurrentAtATimeIsTheHighestReleasedBeforeIt() {
        List<DatasetVersion> history = List.of(v("1-V002", "0.1.0", "2026-01-01T00:00:00Z"),
                v("1-V004", "0.2.0", "2026-02-01T00:00:00Z"), v("1-V006", "0.2.0.post1.dev3", null),
                v("1-V008", "0.3.0", "2026-04-01T00:00:00Z"));
        assertThat(InputPinner.releaseCurrentAt(history, Instant.parse("2026-03-15T00:00:00Z")))
                .hasValueSatisfying(r -> assertThat(r.version()).isEqualTo("0.2.0"));
        assertThat(InputPinner.releaseCurrentAt(history, Instant.parse("2026-04-01T00:00:00Z")))
                .hasValueSatisfying(r -> assertThat(r.version()).isEqualTo("0.3.0"));
        assertThat(InputPinner.releaseCurrentAt(history, Instant.parse("2025-12-01T00:00:00Z"))).isEmpty();
    }
}
