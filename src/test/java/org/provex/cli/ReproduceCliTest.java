package org.provex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.reproduce.DemoWorld;
import org.provex.core.reproduce.launch.StandIn;
import org.provex.core.settings.DataDirectory;
import org.provex.core.workspace.Workspace;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * verify, repo, reproduce and reproductions on the demo, in a data folder of their own (PROVEX_HOME in the command's
 * environment), with a stand-in uv on the command's PATH.
 */
@DisabledOnOs(OS.WINDOWS)
class ReproduceCliTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path home;
    @TempDir
    Path tmp;
    private static Map<String, String> env;
    private static ExecutionAudit headRun;
    private static ExecutionAudit dirtyRun;

    record Run(int exit, String out, String err) {
        JsonNode json() {
            return JSON.readTree(out);
        }
    }

    static Run runWithInput(String stdin, String... args) {
        return runWith(env, stdin, args);
    }

    /** Runs a command with an environment of the caller's (its PROVEX_HOME and PATH) and the given input. */
    static Run runWith(Map<String, String> environment, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ProvexCommand.run(new BufferedReader(new StringReader(stdin)), new PrintWriter(out, true),
                new PrintWriter(err, true), environment, args);
        return new Run(exit, out.toString(), err.toString());
    }

    static Run run(String... args) {
        return runWithInput("", args);
    }

    @BeforeAll
    static void demo() throws Exception {
        Path data = home.resolve("provex");
        env = new HashMap<>(StandIn.environment(home));
        env.put(DataDirectory.ENV_VAR, data.toString());
        StandIn.write(home, "uv", 0, 0);
        assertThat(run("demo").exit()).isZero();
        try (CacheDatabase db = new Workspace(new DataDirectory(data)).openCache(Workspace.DEMO)) {
            headRun = DemoWorld.find(db, "run with a later HEAD", DemoWorld::headAfterUrlCommit);
            dirtyRun = DemoWorld.find(db, "dirty run", DemoWorld::dirty);
        }
    }

    @Test
    void verifyAllGivesTheVerdictOfEveryDemoWorkflow() {
        Run r = run("verify", "--all", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        Map<String, JsonNode> byKind = new HashMap<>();
        for (JsonNode w : r.json()) {
            assertThat(w.propertyNames()).contains("rid", "verdict", "reason", "message", "commit", "commit_source");
            String url = w.get("url").asString();
            String key = w.get("url_kind").asString().equals("docker_image") ? "container"
                    : w.get("url_kind").asString().equals("unknown_provenance") ? "sentinel"
                    : url.endsWith(".ipynb") ? "notebook" : w.get("verdict").asString().equals("mismatch") ? "dirty"
                    : "script";
            byKind.put(key, w);
        }
        assertThat(byKind.get("script").get("verdict").asString()).isEqualTo("verified");
        assertThat(byKind.get("notebook").get("verdict").asString()).isEqualTo("verified");
        assertThat(byKind.get("dirty").get("reason").asString()).isEqualTo("dirty_tree");
        assertThat(byKind.get("container").get("verdict").asString()).isEqualTo("container");
        assertThat(byKind.get("sentinel").get("verdict").asString()).isEqualTo("unverifiable");
        assertThat(byKind.get("sentinel").get("reason").asString()).isEqualTo("sentinel");
        assertThat(r.json()).hasSize(7);

        Run one = run("verify", headRun.detail().execution().rid().value());
        assertThat(one.exit()).as(one.err()).isZero();
        assertThat(one.out()).contains("execution", "verified", "checksum_matches");
        assertThat(run("verify", "ZZZZ-ZZZY").err()).contains("No record ZZZZ-ZZZY");
    }

    @Test
    void repoMapListUnmap() throws Exception {
        Path clone = tmp.resolve("clone");
        try (Git git = Git.init().setDirectory(clone.toFile()).call()) {
            assertThat(git.getRepository().getDirectory()).exists();
        }
        assertThat(run("repo", "map", "git@github.com:acme/model.git", clone.toString()).exit()).isZero();
        JsonNode list = run("repo", "list", "--format", "json").json();
        assertThat(list).anySatisfy(m -> {
            assertThat(m.get("remote").asString()).isEqualTo("git@github.com:acme/model.git");
            assertThat(m.get("clone").asString()).isEqualTo(clone.toAbsolutePath().toString());
            assertThat(m.get("present").asBoolean()).isTrue();
        });
        assertThat(run("repo", "map", "https://github.com/acme/model", clone.toString()).exit()).isZero();
        assertThat(run("repo", "list", "--format", "json").json()).filteredOn(m -> m.get("remote").asString()
                .contains("acme/model")).hasSize(1);
        Run notRepo = run("repo", "map", "https://github.com/acme/x", tmp.toString());
        assertThat(notRepo.exit()).isEqualTo(2);
        assertThat(notRepo.err()).contains("is not a git repository");
        assertThat(run("repo", "unmap", "https://github.com/acme/model.git").exit()).isZero();
        assertThat(run("repo", "list", "--format", "json").json()).noneSatisfy(m -> assertThat(m.get("remote")
                .asString()).contains("acme/model"));
        assertThat(run("repo", "unmap", "https://github.com/acme/model").exit()).isEqualTo(2);
    }

    @Test
    void dryRunPrintsThePlanAndWritesNothing() {
        String rid = headRun.detail().execution().rid().value();
        Path ws = tmp.resolve("ws");
        Run r = run("reproduce", rid, "--dry-run", "--format", "json", "--workspace", ws.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode p = r.json();
        assertThat(p.get("original").get("rid").asString()).isEqualTo(rid);
        assertThat(p.get("mode").asString()).isEqualTo("reproduction");
        assertThat(p.get("checkout").get("commit").asString())
                .isEqualTo(DemoWorld.demoCommit(headRun.detail().code().headCommit().orElseThrow()));
        assertThat(p.get("checkout").get("directory").asString()).isEqualTo(ws.resolve("checkout").toString());
        assertThat(p.get("command").get("argv").get(0).asString()).isEqualTo("uv");
        assertThat(p.get("readiness").get("checks")).isNotEmpty();
        assertThat(p.get("configuration").get("description").asString()).startsWith("Reproduction of " + rid);
        assertThat(p.get("launchable").asBoolean()).isTrue();
        assertThat(ws).doesNotExist();
        Run text = run("reproduce", rid);
        assertThat(text.out()).contains("Reproduction of " + rid, "Readiness", "Command (in ", "uv run --frozen");
    }

    @Test
    void launchRunsTheStandInUvInACheckoutOfTheRunsOwnHeadWithTheRecordedOverrides() throws Exception {
        String rid = headRun.detail().execution().rid().value();
        Path ws = tmp.resolve("repro");
        Run r = run("reproduce", rid, "--launch", "--yes", "--workspace", ws.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("uv stand-in started", "uv stand-in finished");
        assertThat(r.err()).contains("provex: succeeded");

        String head = DemoWorld.demoCommit(headRun.detail().code().headCommit().orElseThrow());
        assertThat(headRun.detail().code().fileCommit().orElseThrow()).isNotEqualTo(head);
        assertThat(StandIn.recorded(home, "cwd")).isEqualTo(ws.resolve("checkout").toRealPath().toString());
        try (Git git = Git.open(ws.resolve("checkout").toFile())) {
            assertThat(git.getRepository().resolve("HEAD").name()).isEqualTo(head);
            assertThat(git.status().call().isClean()).isTrue();
        }
        List<String> expected = new ArrayList<>(List.of("run", "--frozen", "deriva-ml-run", "--host",
                "demo.provex.invalid", "--catalog", "1"));
        headRun.hydraOverrides().stream().filter(o -> !o.startsWith("deriva_ml.")).forEach(expected::add);
        expected.add("++description='Reproduction of " + rid + "'");
        assertThat(StandIn.argv(home)).containsExactlyElementsOf(expected);
        assertThat(ws.resolve("configuration.json")).exists();
        assertThat(ws.resolve("checkout/configuration.json")).doesNotExist();
        assertThat(Files.readString(ws.resolve("output.log"))).contains("uv stand-in finished");

        JsonNode list = run("reproductions", "--format", "json").json();
        assertThat(list).anySatisfy(x -> {
            assertThat(x.get("original").asString()).isEqualTo(rid);
            assertThat(x.get("state").asString()).isEqualTo("succeeded");
            assertThat(x.get("exit_code").asInt()).isZero();
            assertThat(x.get("workspace").asString()).isEqualTo(ws.toAbsolutePath().toString());
            assertThat(x.get("link").isNull()).isTrue();
        });
        assertThat(run("reproductions").out()).contains(rid, "succeeded");
    }

    @Test
    void aDirtyRunAsksFirstAndYesAnswersForScripts() {
        String rid = dirtyRun.detail().execution().rid().value();
        Run refused = runWithInput("n\n", "reproduce", rid, "--launch", "--workspace", tmp.resolve("no").toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("not the code that ran", "Not launched");
        assertThat(tmp.resolve("no")).doesNotExist();
        Run yes = run("reproduce", rid, "--launch", "--yes", "--workspace", tmp.resolve("yes").toString(),
                "--format", "json");
        assertThat(yes.exit()).as(yes.err()).isZero();
        JsonNode rec = yes.json().get("reproduction");
        assertThat(rec.get("confirmed")).extracting(JsonNode::asString).containsExactly("code_mismatch");
        assertThat(rec.get("verification").asString()).isEqualTo("mismatch");
    }

    @Test
    void aFailingReproductionExitsNonZeroAndUnknownTargetsAreUsageErrors() throws Exception {
        String rid = headRun.detail().execution().rid().value();
        Path other = tmp.resolve("failing");
        StandIn.write(other, "uv", 4, 0);
        Map<String, String> failing = new HashMap<>(env);
        failing.put("PATH", StandIn.environment(other).get("PATH"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ProvexCommand.run(new BufferedReader(new StringReader("")), new PrintWriter(out, true),
                new PrintWriter(err, true), failing, "reproduce", rid, "--launch", "--workspace",
                tmp.resolve("f").toString());
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("The reproduction failed (Exit code 4.)");

        Run pbs = run("reproduce", rid, "--target", "pbs");
        assertThat(pbs.exit()).isEqualTo(2);
        assertThat(pbs.err()).contains("no launch target 'pbs'", "local", "slurm", "apptainer");
        Run missing = run("reproduce", "ZZZZ-ZZZY");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("There is no execution ZZZZ-ZZZY");
    }

    @Test
    void aLiveCatalogWithAMappedCloneVerifiesAndReproducesAgainstItsOwnHost() throws Exception {
        org.provex.core.demo.DemoCatalog demo = org.provex.core.demo.DemoCatalogGenerator.generate(
                org.provex.core.demo.DemoOptions.normal());
        try (org.provex.testserver.DerivaTestServer server = org.provex.testserver.DerivaTestServer.start()) {
            server.publish(org.provex.core.reproduce.EditedDemo.asOf(demo, org.provex.core.model.Snaptime.of(
                    org.provex.core.demo.DemoCatalogGenerator.PROJECT_START.minusSeconds(86_400))));
            server.publish(demo);
            Map<String, String> saved = env;
            env = new HashMap<>(saved);
            env.put(DataDirectory.ENV_VAR, tmp.resolve("live-home").toString());
            try {
                String cred = tmp.resolve("credential.json").toString();
                assertThat(run("catalog", "add", server.origin(), "1", "--name", "live", "--credential-file", cred)
                        .exit()).isZero();
                assertThat(run("sync", "--catalog", "live", "--credential-file", cred).exit()).isZero();
                Path clone = tmp.resolve("my-clone");
                org.provex.core.demo.DemoRepository.get().write(clone);
                Run map = run("repo", "map", org.provex.core.demo.DemoRepository.REMOTE, clone.toString());
                assertThat(map.exit()).as(map.err()).isZero();
                JsonNode verdicts = run("verify", "--all", "--catalog", "live", "--format", "json",
                        "--credential-file", cred).json();
                assertThat(verdicts).extracting(w -> w.get("verdict").asString())
                        .containsOnly("verified", "mismatch", "container", "unverifiable");
                assertThat(verdicts).filteredOn(w -> w.get("verdict").asString().equals("verified")).hasSize(4);

                String rid = headRun.detail().execution().rid().value();
                Path ws = tmp.resolve("live-ws");
                Run r = run("reproduce", rid, "--catalog", "live", "--launch", "--yes", "--workspace",
                        ws.toString(), "--format", "json", "--credential-file", cred);
                assertThat(r.exit()).as(r.err()).isZero();
                JsonNode plan = r.json().get("plan");
                assertThat(plan.get("readiness").get("checks")).anySatisfy(c -> {
                    assertThat(c.get("id").asString()).isEqualTo("snapshots_readable");
                    assertThat(c.get("status").asString()).isEqualTo("pass");
                });
                assertThat(plan.get("checkout").get("repository").asString()).isEqualTo(clone.toString());
                List<String> argv = StandIn.argv(home);
                assertThat(argv).containsSequence("--host", "127.0.0.1:" + server.port(), "--catalog", "1");
                assertThat(argv).contains("++description='Reproduction of " + rid + "'");
                assertThat(r.json().get("reproduction").get("catalog").asString()).isEqualTo("live");
            } finally {
                env = saved;
            }
        }
    }
}
