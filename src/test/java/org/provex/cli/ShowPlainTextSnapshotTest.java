package org.provex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.cache.query.ExecutionDetail;
import org.provex.core.formats.EnvironmentSnapshotReader;
import org.provex.core.model.CodeIdentity;
import org.provex.core.model.Execution;
import org.provex.core.model.ExecutionDurations;
import org.provex.core.model.Rid;
import org.provex.core.model.ScmVersion;
import org.provex.core.model.Workflow;
import tools.jackson.databind.JsonNode;

/** An older deriva-ml's free-text environment snapshot holds os.environ too: show and open mask it like the JSON. */
class ShowPlainTextSnapshotTest {

    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final String TOKEN = "hf_aBcDeFgHiJkLmNoPqRsTuVwXyZ012345";
    private static final String SNAPSHOT = "Python 3.10.12\nHOME=/home/me\nAWS_SECRET_ACCESS_KEY=" + SECRET
            + "\nHF_TOKEN=" + TOKEN + "\nCUDA_VISIBLE_DEVICES=0\n";

    private static ExecutionAudit audit() {
        Rid wf = Rid.of("1-WF01");
        Instant at = Instant.parse("2026-05-01T10:00:00Z");
        Workflow w = new Workflow(wf, "Train", null, "https://github.com/acme/repo/blob/abc/train.py", "abc", null,
                List.of(), at, at);
        Execution e = new Execution(Rid.of("1-RUN1"), wf, "Old run", "Uploaded", null, ExecutionDurations.NONE, at,
                at);
        ExecutionDetail d = new ExecutionDetail(e, w, new CodeIdentity(wf, w.parsedUrl(), "abc",
                ScmVersion.parse(null)), List.of(), List.of(), List.of(), null, List.of(), List.of());
        return new ExecutionAudit(d, List.of(), Optional.empty(),
                Optional.of(EnvironmentSnapshotReader.read("environment_snapshot.txt", SNAPSHOT)), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), List.of());
    }

    @Test
    void theTextAndJsonViewsMaskSecretLookingValuesUnlessAsked() {
        String text = new ShowText(audit(), false, false).render();
        assertThat(text).contains("plain text snapshot", "masked", "HOME=/home/me", "CUDA_VISIBLE_DEVICES=0")
                .doesNotContain(SECRET, TOKEN);
        JsonNode json = ShowJson.of(audit(), false).get("environment");
        assertThat(json.get("plain_text").asString()).contains("HOME=/home/me").doesNotContain(SECRET, TOKEN);
        assertThat(json.get("secrets_masked").asBoolean()).isTrue();

        assertThat(new ShowText(audit(), true, false).render()).contains(SECRET, TOKEN, "REVEALED");
        assertThat(ShowJson.of(audit(), true).get("environment").get("plain_text").asString()).contains(SECRET);
    }
}
