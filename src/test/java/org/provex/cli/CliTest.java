package org.provex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives the CLI in-process on the demo catalog. Surefire points PROVEX_HOME at target/test-provex-home,
 * so these tests never touch a real user's data.
 */
class CliTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Run(int exit, String out, String err) {
        JsonNode json() {
            return JSON.readTree(out);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ProvexCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeAll
    static void demo() {
        Run r = run("demo", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
    }

    @Test
    void demoReportsWhatItLoaded() {
        Run r = run("--format", "json", "demo");
        assertThat(r.exit()).isZero();
        JsonNode o = r.json();
        assertThat(o.get("executions").asLong()).isGreaterThanOrEqualTo(40);
        assertThat(o.get("source").asString()).isEqualTo("demo.provex.invalid/1");
        assertThat(o.get("warnings")).isEmpty();
    }

    @Test
    void onlyTheCommandALineNamesIsBuiltAndHelpStillListsEveryCommand() {
        assertThat(ProvexCommand.commandsFor("--catalog", "sync", "executions", "--limit", "3"))
                .containsExactly(ExecutionsCommand.class);
        assertThat(ProvexCommand.commandsFor("--format=json", "runs")).containsExactly(ExecutionsCommand.class);
        assertThat(ProvexCommand.commandsFor("--help")).isEqualTo(ProvexCommand.COMMANDS);
        assertThat(ProvexCommand.commandsFor("https://example.org/chaise/record/#1/deriva-ml:Execution/RID=1-ABCD"))
                .isEqualTo(ProvexCommand.COMMANDS);
        Run help = run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("executions, runs", "sync", "cluster", "lineage");
        Run typo = run("syncc");
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).contains("neither a command nor a link");
    }

    @Test
    void theDemoCatalogCanBeNamedBeforeOrAfterTheCommand() {
        // "demo" is also a command's name; as the value of --catalog it names the catalog.
        Run before = run("--catalog", "demo", "executions", "--limit", "2", "--format", "json");
        assertThat(before.exit()).as(before.err()).isZero();
        assertThat(before.json()).hasSize(2);
        Run after = run("executions", "--catalog", "demo", "--limit", "2", "--format", "json");
        assertThat(after.json()).isEqualTo(before.json());
    }

    @Test
    void executionsJsonListsEveryRowWithTheDocumentedKeys() {
        JsonNode a = run("executions", "--format", "json").json();
        assertThat(a.size()).isGreaterThanOrEqualTo(40);
        for (JsonNode e : a) {
            assertThat(e.propertyNames()).contains("rid", "status", "workflow", "description", "created");
            assertThat(e.get("created").asString()).endsWith("Z");
        }
        assertThat(a).extracting(e -> e.get("status").asString()).contains("Created", "Running", "Stopped",
                "Failed", "Pending_Upload", "Uploaded", "Aborted");
    }

    @Test
    void filtersSortsAndLimits() {
        JsonNode failed = run("executions", "--status", "failed", "--format", "json").json();
        assertThat(failed).isNotEmpty().allSatisfy(e -> assertThat(e.get("status").asString()).isEqualTo("Failed"));

        JsonNode oldest = run("executions", "--sort", "created", "--asc", "--limit", "3", "--format", "json").json();
        assertThat(oldest).hasSize(3);
        assertThat(oldest.get(0).get("created").asString()).isLessThan(oldest.get(1).get("created").asString());

        JsonNode byText = run("executions", "--text", "ROC analysis", "--format", "json").json();
        assertThat(byText).isNotEmpty()
                .allSatisfy(e -> assertThat(e.toString().toLowerCase()).contains("roc analysis"));

        JsonNode march = run("executions", "--since", "2026-03-01", "--until", "2026-04-01", "--format", "json")
                .json();
        assertThat(march).isNotEmpty().allSatisfy(e -> assertThat(e.get("created").asString()).startsWith("2026-03"));
    }

    @Test
    void showGivesCodeInputsFilesAndMasksSecrets() {
        JsonNode all = run("executions", "--status", "Uploaded", "--format", "json").json();
        String rid = all.get(0).get("rid").asString();
        Run text = run("show", rid.toLowerCase().replace("-", ""));
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("Execution " + rid, "Code", "Inputs", "configuration.json",
                "Environment variables");
        assertThat(text.out()).doesNotContain("fake-demo-key-not-real");

        JsonNode o = run("show", rid, "--format", "json").json();
        assertThat(o.get("rid").asString()).isEqualTo(rid);
        assertThat(o.get("workflow").isString()).isTrue();
        assertThat(o.get("inputs")).isNotEmpty();
        assertThat(o.get("inputs").get(0).get("snapshot").asString()).isNotBlank();
        assertThat(o.get("metadata_files")).isNotEmpty();
        assertThat(o.get("environment").get("secrets_masked").asBoolean()).isTrue();
        assertThat(o.toString()).doesNotContain("fake-demo-key-not-real");

        JsonNode revealed = run("show", rid, "--format", "json", "--reveal-secrets").json();
        assertThat(revealed.get("environment").get("secrets_masked").asBoolean()).isFalse();
    }

    @Test
    void workflowsAndDatasets() {
        JsonNode wf = run("workflows", "--format", "json").json();
        assertThat(wf).extracting(w -> w.get("url_kind").asString()).contains("git_blob", "docker_image");
        JsonNode ds = run("datasets", "--format", "json").json();
        assertThat(ds.size()).isGreaterThanOrEqualTo(3);
        assertThat(ds).anySatisfy(d -> assertThat(d.get("versions"))
                .anySatisfy(v -> assertThat(v.get("dev").asBoolean()).isTrue()));
        Run text = run("datasets");
        assertThat(text.out()).contains("(dev)", "SNAPSHOT");
    }

    @Test
    void errorsAreOneLineAndNonZero() {
        Run unknownCatalog = run("executions", "--catalog", "nope");
        assertThat(unknownCatalog.exit()).isNotZero();
        assertThat(unknownCatalog.err().strip()).startsWith("provex: There is no catalog named 'nope'")
                .doesNotContain("Exception").doesNotContain("\tat ");

        Run missing = run("show", "ZZZZ-ZZZY");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("No record ZZZZ-ZZZY");

        JsonNode wf = run("workflows", "--format", "json").json();
        Run wrongKind = run("show", wf.get(0).get("rid").asString());
        assertThat(wrongKind.err()).contains("is a workflow");

        Run badDate = run("executions", "--since", "yesterday");
        assertThat(badDate.exit()).isEqualTo(2);
        assertThat(badDate.err()).contains("--since").hasLineCount(1);

        Run badOption = run("executions", "--frobnicate");
        assertThat(badOption.exit()).isEqualTo(2);
    }
}
