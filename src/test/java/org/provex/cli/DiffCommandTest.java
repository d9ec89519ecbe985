package org.provex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code provex diff} in-process on the demo catalog (PROVEX_HOME is target/test-provex-home). */
class DiffCommandTest {

    private static final List<String> FAKE_SECRETS = List.of("fake-demo-key-not-real", "AKIAFAKEDEMO",
            "FAKE-demo-aws-secret");

    private static List<String> sweep;
    private static String dirty;
    private static String container;

    @BeforeAll
    static void pickRuns() {
        CliTest.Run r = CliTest.run("executions", "--format", "json", "--sort", "created", "--asc");
        assertThat(r.exit()).as(r.err()).isZero();
        sweep = new ArrayList<>();
        for (JsonNode e : r.json()) {
            String description = e.get("description").asString();
            if (description.startsWith("[Job ")) {
                sweep.add(e.get("rid").asString());
            }
            if (description.contains("uncommitted experiment")) {
                dirty = e.get("rid").asString();
            }
            if (container == null && description.startsWith("Evaluate ")) {
                container = e.get("rid").asString();
            }
        }
        assertThat(sweep).hasSize(5);
        assertThat(dirty).isNotNull();
        assertThat(container).isNotNull();
    }

    @Test
    void textPutsTheVerdictFirstAndShowsOnlyDifferences() {
        CliTest.Run r = CliTest.run("diff", sweep.get(0), sweep.get(1), sweep.get(2));
        assertThat(r.exit()).as(r.err()).isZero();
        String out = r.out();
        assertThat(out.indexOf("VERDICT")).isLessThan(out.indexOf("RUNS")).isLessThan(out.indexOf("Inputs"));
        assertThat(out).contains("Against baseline " + sweep.get(0) + " (2 other runs): inputs same, code same,"
                + " configuration differs in 2, environment same.");
        assertThat(out).contains("model_config.learning_rate", "Environment: packages — no differences",
                "Only differences are shown");
        assertThat(out).doesNotContain("torch").doesNotContain(FAKE_SECRETS.toArray(String[]::new));
        String all = CliTest.run("diff", sweep.get(0), sweep.get(1), "--all").out();
        assertThat(all).contains("torch: 2.5.1  (same in all)");
    }

    @Test
    void baselineCanBeSwitched() {
        CliTest.Run r = CliTest.run("diff", sweep.get(0), sweep.get(4), "--baseline", sweep.get(4), "--format",
                "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode o = r.json();
        assertThat(o.get("baseline").asString()).isEqualTo(sweep.get(4));
        assertThat(o.get("runs").get(1).get("baseline").asBoolean()).isTrue();
        assertThat(o.get("verdict").get("runs").get(0).get("rid").asString()).isEqualTo(sweep.get(0));
    }

    @Test
    void everyFormatMasksSecretsUnlessRevealed() {
        for (String format : List.of("text", "json", "md", "html")) {
            CliTest.Run r = CliTest.run("diff", container, dirty, "--all", "--show-noise", "--format", format);
            assertThat(r.exit()).as(format + ": " + r.err()).isZero();
            assertThat(r.out()).as(format).doesNotContain(FAKE_SECRETS.toArray(String[]::new))
                    .contains(format.equals("md") ? "AWS\\_SECRET\\_ACCESS\\_KEY" : "AWS_SECRET_ACCESS_KEY");
        }
        CliTest.Run revealed = CliTest.run("diff", container, dirty, "--reveal-secrets", "--all", "--format",
                "json");
        assertThat(revealed.out()).contains("fake-demo-key-not-real");
        assertThat(revealed.json().get("secrets_masked").asBoolean()).isFalse();
    }

    @Test
    void writesReportsToAFile(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("compare.html");
        CliTest.Run r = CliTest.run("diff", sweep.get(0), dirty, "--format", "html", "--output", html.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("wrote " + html);
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains(sweep.get(0) + "@");
        Path md = dir.resolve("compare.md");
        CliTest.run("diff", sweep.get(0), dirty, "--format", "md", "-o", md.toString());
        assertThat(Files.readString(md)).startsWith("# Comparison of 2 executions");
        CliTest.Run nowhere = CliTest.run("diff", sweep.get(0), dirty, "-o", dir.resolve("no/such/dir/x.md")
                .toString());
        assertThat(nowhere.exit()).isEqualTo(1);
        assertThat(nowhere.err()).startsWith("provex: Cannot write").hasLineCount(1);
    }

    @Test
    void mistakesGetOneLineErrors() {
        CliTest.Run md = CliTest.run("show", sweep.get(0), "--format", "md");
        assertThat(md.exit()).isEqualTo(2);
        assertThat(md.err().strip()).isEqualTo("provex: --format md is not available for 'provex show'; use text"
                + " or json.");
        CliTest.Run html = CliTest.run("--format", "html", "executions");
        assertThat(html.exit()).isEqualTo(2);
        assertThat(html.err()).contains("'provex executions'").hasLineCount(1);

        CliTest.Run one = CliTest.run("diff", sweep.get(0));
        assertThat(one.exit()).isEqualTo(2);
        CliTest.Run twice = CliTest.run("diff", sweep.get(0), sweep.get(0).toLowerCase().replace("-", ""));
        assertThat(twice.exit()).isEqualTo(2);
        assertThat(twice.err()).contains("given twice").hasLineCount(1);
        CliTest.Run baseline = CliTest.run("diff", sweep.get(0), sweep.get(1), "--baseline", dirty);
        assertThat(baseline.exit()).isEqualTo(2);
        assertThat(baseline.err()).contains("is not one of the compared executions");
        CliTest.Run missing = CliTest.run("diff", sweep.get(0), "ZZZZ-ZZZY");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("No record ZZZZ-ZZZY").hasLineCount(1);
        JsonNode wf = CliTest.run("workflows", "--format", "json").json();
        CliTest.Run notRun = CliTest.run("diff", sweep.get(0), wf.get(0).get("rid").asString());
        assertThat(notRun.err()).contains("is a workflow");
    }
}
