package org.provex.core.reproduce.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.DatasetQueries;
import org.provex.core.cache.query.DatasetSummary;
import org.provex.core.demo.DemoRepository;
import org.provex.core.model.DatasetVersion;
import org.provex.core.model.Rid;
import org.provex.core.model.Workflow;
import org.provex.core.reproduce.Check;
import org.provex.core.reproduce.DemoWorld;
import org.provex.core.reproduce.EditedDemo;
import org.provex.core.reproduce.launch.LocalTarget;
import org.provex.core.reproduce.launch.StandIn;

/** Runs added to the demo with hostile recorded values, and with a dev input. */
class HostileAndDevRunsTest {

    @TempDir
    static Path home;
    private static DemoWorld world;
    private static CacheDatabase db;
    private static String hostile;
    private static String optionLike;
    private static String devRun;
    private static DatasetVersion dev;
    private static DatasetVersion releaseThen;

    @BeforeAll
    static void build() throws Exception {
        world = DemoWorld.create(home, StandIn.environment(home), Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"),
                ZoneOffset.UTC));
        EditedDemo edited = new EditedDemo(Duration.ofDays(3));
        String workflow;
        try (CacheDatabase demo = world.open()) {
            workflow = new org.provex.core.cache.query.LookupQueries(demo).workflows().stream()
                    .map(s -> s.workflow()).filter(w -> w.url() != null && w.url().contains("/blob/")
                            && w.url().endsWith("cifar10_cnn.py")).map(Workflow::rid).map(Rid::value)
                    .reduce((a, b) -> b).orElseThrow();
            DatasetSummary withDev = new DatasetQueries(demo).datasets().stream()
                    .filter(d -> d.history().stream().anyMatch(DatasetVersion::isDev)).findFirst().orElseThrow();
            dev = withDev.history().stream().filter(DatasetVersion::isDev).findFirst().orElseThrow();
            releaseThen = withDev.history().stream().filter(DatasetVersion::isReleased)
                    .max(DatasetVersion.BY_VERSION).orElseThrow();
        }
        String head = "0.2.1.dev1+g" + DemoRepository.get().commit(3).shortId();
        hostile = edited.addRun(workflow, "hostile overrides", Map.of(), Map.of(
                "configuration.json", config(head, "[]"),
                "hydra-1-overrides.yaml", "- +experiment=cifar10_quick\n- hydra.run.dir=/tmp/provex-escaped\n"));
        optionLike = edited.addRun(workflow, "option-looking override", Map.of(), Map.of(
                "configuration.json", config(head, "[]"),
                "hydra-2-overrides.yaml", "- \"--config-dir=/etc\"\n- \"x=1\\nrm -rf ~\"\n"));
        String datasets = "[{\"rid\": \"" + dev.dataset().value() + "\", \"version\": {\"major\": 0, \"minor\": 1, "
                + "\"patch\": 0}, \"materialize\": true}]";
        devRun = edited.addRun(workflow, "read a dev version", Map.of(dev.dataset().value(), dev.rid().value()),
                Map.of("configuration.json", config(head, datasets),
                        "hydra-3-overrides.yaml", "- +experiment=cifar10_quick\n"));
        db = edited.load(home.resolve("edited/cache.db"));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static String config(String version, String datasets) {
        return "{\"datasets\": " + datasets + ", \"assets\": [], \"workflow\": {\"name\": \"CIFAR-10 2-Layer CNN\", "
                + "\"url\": \"\", \"version\": \"" + version + "\", \"checksum\": \"\", \"is_notebook\": false}, "
                + "\"description\": \"\", \"argv\": [\"deriva-ml-run\", \"+experiment=cifar10_quick\"], "
                + "\"config_choices\": {\"experiment\": \"cifar10_quick\", \"hydra/launcher\": \"basic\"}}";
    }

    private ReproductionPlan plan(String rid) {
        ReproductionPlanner planner = new ReproductionPlanner(db, new CatalogRef("edited", "demo.provex.invalid",
                "1", true), new ReproductionPlanner.Context(world.services.verifier(), MachineProbe.local(Map.of()),
                StandIn.environment(home), org.provex.core.catalog.http.Credentials.none(),
                SnapshotProbe.notChecked("test"), Clock.systemUTC(), home.resolve("reproductions")));
        return planner.plan(new ReproductionPlanner.Request(Rid.of(rid), ReproductionMode.REPRODUCTION,
                home.resolve("ws-" + rid), false, new LocalTarget()));
    }

    @Test
    void aHydraSettingFromTheCatalogIsRefusedAndNothingRuns() {
        ReproductionPlan p = plan(hostile);
        assertThat(p.launchable()).isFalse();
        assertThat(p.command()).isNull();
        assertThat(p.blockers()).anySatisfy(b -> assertThat(b).contains("hydra.run.dir=/tmp/provex-escaped")
                .contains("Hydra's own settings"));
        assertThat(p.recorded().values()).isEmpty();
    }

    @Test
    void optionLookingAndMultiLineOverridesAreRefused() {
        ReproductionPlan p = plan(optionLike);
        assertThat(p.launchable()).isFalse();
        assertThat(p.blockers()).anySatisfy(b -> assertThat(b).contains("--config-dir=/etc").contains("option"));
    }

    @Test
    void aDevInputIsPinnedToTheReleaseCurrentWhenTheRunWasCreatedAndSaysSo() {
        ReproductionPlan p = plan(devRun);
        PinnedInput in = p.inputs().get(0);
        assertThat(in.resolution()).isEqualTo(PinnedInput.Resolution.RESOLVED_DEV);
        assertThat(in.recordedVersion()).isEqualTo(dev.version());
        assertThat(in.version()).isEqualTo(releaseThen.version());
        assertThat(in.snapshot()).isEqualTo(releaseThen.snapshot());
        assertThat(in.note()).contains("dev version " + dev.version()).contains("release current when the run was "
                + "created");
        assertThat(p.notes()).contains(in.note());
        assertThat(p.command().argv()).contains("datasets.0.version='" + releaseThen.version() + "'");
        assertThat(p.configuration().path("datasets").get(0).path("version").path("minor").asInt())
                .isEqualTo(org.provex.core.model.Pep440Version.parse(releaseThen.version()).minor());
        assertThat(p.readiness().checks()).filteredOn(c -> c.id().equals("inputs_released")).singleElement()
                .satisfies(c -> {
                    assertThat(c.status()).isEqualTo(Check.Status.FAIL);
                    assertThat(c.consequence()).contains("contents may have changed");
                });
    }
}
