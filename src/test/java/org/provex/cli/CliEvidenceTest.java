package org.provex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.demo.DemoCatalog;
import org.provex.core.demo.DemoCatalogGenerator;
import org.provex.core.demo.DemoOptions;
import org.provex.testserver.DerivaTestServer;
import tools.jackson.databind.JsonNode;

/**
 * Evidence before a verdict, against the test server: a catalog synced without its metadata files, then {@code diff}
 * and {@code show} of learning-rate sweep jobs, whose Hydra files alone tell them apart. Online the files are fetched
 * first and the answer is "different"; offline it is "unknown" with the reason, never "same".
 */
class CliEvidenceTest {

    private static final DemoCatalog DEMO = DemoCatalogGenerator.generate(DemoOptions.normal());

    @TempDir
    Path dir;
    DerivaTestServer server;
    String name;
    List<String> jobs;

    @BeforeEach
    void syncedWithoutFiles() throws IOException {
        server = DerivaTestServer.start();
        server.publish(DEMO);
        name = "evidence-" + server.port();
        assertThat(run("catalog", "add", server.origin(), "1", "--name", name).exit()).isZero();
        CliRun sync = run("sync", "--catalog", name, "--no-files");
        assertThat(sync.exit()).as(sync.err()).isZero();
        jobs = new ArrayList<>();
        for (JsonNode e : run("executions", "--catalog", name, "--format", "json", "--sort", "created", "--asc")
                .json()) {
            if (e.get("description").asString().startsWith("[Job ")) {
                jobs.add(e.get("rid").asString());
            }
        }
        assertThat(jobs).hasSize(5);
        server.reset();
    }

    @AfterEach
    void remove() {
        server.close();
        run("catalog", "remove", name);
    }

    CliRun run(String... args) {
        return CliRun.of(dir.resolve("credential.json"), "", args);
    }

    @Test
    void theHydraFilesAreFetchedBeforeTheVerdictWhichSaysDifferent() {
        CliRun diff = run("diff", jobs.get(0), jobs.get(1), "--catalog", name, "--format", "json");

        assertThat(diff.exit()).as(diff.err()).isZero();
        JsonNode verdict = diff.json().get("verdict").get("runs").get(0);
        assertThat(verdict.get("configuration").get("answer").asString()).isEqualTo("different");
        assertThat(verdict.get("configuration").get("reasons").get(0).asString())
                .isEqualTo("model_config.learning_rate: 0.0001 → 0.0003");
        assertThat(verdict.get("environment").get("answer").asString()).isEqualTo("same");
        assertThat(verdict.get("configuration").get("evidence")).anySatisfy(e -> {
            assertThat(e.get("source").asString()).isEqualTo("Hydra config");
            assertThat(e.get("state").asString()).isEqualTo("compared");
            assertThat(e.get("file").asString()).matches("hydra-\\d-config\\.yaml");
        });
        assertThat(verdict.get("environment").get("evidence")).extracting(e -> e.get("state").asString())
                .containsOnly("compared");
        long fetched = server.count("^/hatrac/");
        assertThat(fetched).as("the two runs' Hydra files, environment snapshots and uv.lock").isPositive();

        CliRun again = run("diff", jobs.get(0), jobs.get(1), "--catalog", name);
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("configuration  different: model_config.learning_rate: 0.0001 → 0.0003");
        assertThat(server.count("^/hatrac/")).as("cached now").isEqualTo(fetched);
    }

    @Test
    void withTheServerStoppedTheAnswerIsUnknownWithTheReasonNeverSame() {
        server.close();

        CliRun diff = run("diff", jobs.get(0), jobs.get(1), "--catalog", name, "--format", "json");

        assertThat(diff.exit()).as(diff.err()).isZero();
        assertThat(diff.err()).contains("could not be fetched", "Cannot reach 127.0.0.1");
        JsonNode verdict = diff.json().get("verdict").get("runs").get(0);
        for (String aspect : List.of("configuration", "environment")) {
            assertThat(verdict.get(aspect).get("answer").asString()).as(aspect).isEqualTo("unknown");
        }
        assertThat(verdict.get("configuration").get("reasons")).extracting(JsonNode::asString)
                .contains("Hydra config of " + jobs.get(0) + " (hydra-0-config.yaml) not downloaded; offline")
                .last().isEqualTo("to fix: sync the catalog when it is reachable");
        assertThat(verdict.get("environment").get("evidence")).allSatisfy(e -> {
            assertThat(e.get("state").asString()).isEqualTo("not_downloaded");
            assertThat(e.get("reason").asString()).contains("environment snapshot of", "not downloaded; offline");
        });
        assertThat(verdict.get("configuration").get("evidence")).anySatisfy(e -> {
            assertThat(e.get("source").asString()).isEqualTo("configuration.json");
            assertThat(e.get("state").asString()).isEqualTo("compared");
        });

        CliRun text = run("diff", jobs.get(0), jobs.get(1), "--catalog", name);
        assertThat(text.out()).contains("configuration  unknown: Hydra config of " + jobs.get(0))
                .doesNotContain("configuration  same").doesNotContain("environment    same");
    }

    @Test
    void offlineOnPurposeAsksNothingAndSaysSo() {
        CliRun diff = run("diff", jobs.get(0), jobs.get(1), "--catalog", name, "--offline");
        assertThat(diff.exit()).as(diff.err()).isZero();
        assertThat(diff.out()).contains("configuration  unknown", "not downloaded; offline");
        CliRun show = run("show", jobs.get(0), "--catalog", name, "--offline", "--format", "json");
        assertThat(show.exit()).as(show.err()).isZero();
        assertThat(show.json().get("findings")).anySatisfy(f -> {
            assertThat(f.get("code").asString()).isEqualTo("not-downloaded");
            assertThat(f.get("message").asString()).startsWith("The environment snapshot (environment_snapshot_")
                    .contains("is recorded in the catalog but not downloaded here: offline (--offline was given)");
        });
        assertThat(show.json().get("findings")).noneMatch(f -> f.get("code").asString().equals("no-environment"));
        assertThat(show.json().get("environment").isNull()).isTrue();
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void showFetchesWhatItShowsAndNamesWhatItCannot() {
        JsonNode files = run("show", jobs.get(0), "--catalog", name, "--offline", "--format", "json").json()
                .get("metadata_files");
        String environment = null;
        for (JsonNode f : files) {
            if (f.get("filename").asString().startsWith("environment_snapshot_")) {
                environment = f.get("url").asString();
            }
        }
        assertThat(environment).isNotNull();
        server.faults().failNext(10, 403, java.util.regex.Pattern.quote(environment));

        CliRun show = run("show", jobs.get(0), "--catalog", name, "--format", "json");

        assertThat(show.exit()).as(show.err()).isZero();
        JsonNode json = show.json();
        assertThat(json.get("configuration").isNull()).isFalse();
        assertThat(json.get("environment").isNull()).isTrue();
        assertThat(json.get("metadata_files")).filteredOn(f -> f.get("filename").asString().endsWith(".yaml"))
                .isNotEmpty().allSatisfy(f -> assertThat(f.get("cached").asBoolean()).isTrue());
        assertThat(json.get("findings")).anySatisfy(f -> assertThat(f.get("message").asString())
                .contains("not downloaded here: no access"));
        assertThat(show.err()).contains("1 metadata file could not be fetched");
    }
}
