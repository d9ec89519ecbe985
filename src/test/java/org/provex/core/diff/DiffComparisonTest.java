package org.provex.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.provex.core.diff.DiffFixtures.compare;
import static org.provex.core.diff.DiffFixtures.env;
import static org.provex.core.diff.DiffFixtures.map;
import static org.provex.core.diff.DiffFixtures.row;
import static org.provex.core.diff.DiffFixtures.run;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.diff.Verdict.Answer;
import org.provex.core.model.Rid;

class DiffComparisonTest {

    private static final String SNAP = "2PX-WS30-E58W";
    private static final Map<String, String> PACKAGES = map("torch", "2.4.1", "numpy", "1.26.4", "tqdm", "4.66.5");

    private static String config(String lr, String... datasets) {
        StringBuilder ds = new StringBuilder();
        for (String d : datasets) {
            ds.append(ds.length() == 0 ? "" : ", ").append("{\"rid\": \"").append(d)
                    .append("\", \"version\": {\"major\": 0, \"minor\": 1, \"patch\": 0}}");
        }
        return "{\"datasets\": [" + ds + "], \"assets\": [], \"workflow\": null, \"description\": \"lr " + lr
                + "\", \"argv\": [\"run\", \"model.lr=" + lr + "\"], \"config_choices\": {\"model\": \"quick\","
                + " \"hydra/launcher\": \"basic\"}}";
    }

    private static DiffFixtures.RunBuilder job(String rid, String lr) {
        return run(rid).input("1-D004", "0.1.0", SNAP)
                .file("configuration.json", config(lr, "1-D004"))
                .file("hydra-0-config.yaml", "model:\n  lr: " + lr + "\n  epochs: 10\n")
                .file("hydra-0-overrides.yaml", "- +experiment=quick\n- model.lr=" + lr + "\n")
                .file("environment_snapshot_20260301_100000.txt", env(PACKAGES, "3.11.9", map("PWD", "/p/" + rid,
                        "WANDB_API_KEY", "secret-" + rid, "HOME", "/home/u")));
    }

    /** Five sweep jobs: same code, data and environment; only the learning rate differs, job 4's env differs. */
    private static List<ExecutionAudit> sweep() {
        return List.of(job("1-A002", "0.0001").build(), job("1-A004", "0.0003").build(),
                job("1-A006", "0.001").build(), job("1-A008", "0.003").build(),
                job("1-A00A", "0.01").file("environment_snapshot_20260301_100000.txt", env(map("torch", "2.5.1",
                        "numpy", "1.26.4", "tensorboard", "2.18.0"), "3.12.4", map("HOME", "/home/u"))).build());
    }

    @Test
    void fiveRunsAgainstASwitchableBaseline() {
        PreparedComparison prepared = RunComparer.prepare(sweep(), false);
        Comparison first = prepared.against(Rid.of("1-A002"));
        assertThat(first.baselineIndex()).isZero();
        Row lr = row(first, SectionId.HYDRA_CONFIG, "model.lr");
        assertThat(lr.cells()).extracting(Cell::value).containsExactly("0.0001", "0.0003", "0.001", "0.003", "0.01");
        assertThat(lr.cells()).extracting(Cell::state).containsExactly(CellState.BASELINE, CellState.CHANGED,
                CellState.CHANGED, CellState.CHANGED, CellState.CHANGED);
        assertThat(row(first, SectionId.HYDRA_OVERRIDES, "[model.lr]").differingRuns()).isEqualTo(4);
        Row torch = row(first, SectionId.PACKAGES, "torch");
        assertThat(torch.cells()).extracting(Cell::state).containsExactly(CellState.BASELINE, CellState.SAME,
                CellState.SAME, CellState.SAME, CellState.UPGRADED);
        assertThat(row(first, SectionId.PACKAGES, "tqdm").cell(4).state()).isEqualTo(CellState.REMOVED);
        assertThat(row(first, SectionId.PACKAGES, "tensorboard").cell(4).state()).isEqualTo(CellState.ADDED);
        assertThat(first.section(SectionId.CONFIG_CHOICES).orElseThrow().differingRows()).isZero();
        assertThat(first.verdict().runs()).extracting(v -> v.environment().answer()).containsExactly(Answer.SAME,
                Answer.SAME, Answer.SAME, Answer.DIFFERENT);
        assertThat(first.verdict().runs()).allSatisfy(v -> {
            assertThat(v.inputs().answer()).isEqualTo(Answer.SAME);
            assertThat(v.code().answer()).isEqualTo(Answer.SAME);
            assertThat(v.configuration().answer()).isEqualTo(Answer.DIFFERENT);
        });
        assertThat(first.verdict().headline()).isEqualTo("Against baseline 1-A002 (4 other runs): inputs same,"
                + " code same, configuration differs in 4, environment differs in 1.");

        Comparison last = prepared.against(Rid.of("1-A00A"));
        assertThat(last.baselineIndex()).isEqualTo(4);
        assertThat(row(last, SectionId.PACKAGES, "torch").cells()).extracting(Cell::state).containsExactly(
                CellState.DOWNGRADED, CellState.DOWNGRADED, CellState.DOWNGRADED, CellState.DOWNGRADED,
                CellState.BASELINE);
        assertThat(row(last, SectionId.PACKAGES, "tqdm").cell(0).state()).isEqualTo(CellState.ADDED);
        assertThat(last.verdict().runs()).extracting(v -> v.run().value())
                .containsExactly("1-A002", "1-A004", "1-A006", "1-A008");
        assertThat(last.verdict().runs()).allSatisfy(v -> assertThat(v.environment().reasons())
                .contains("3 packages differ (1 added, 1 removed, 1 downgraded)", "Python: 3.12.4 → 3.11.9"));
        assertThat(last.section(SectionId.VARIABLES).orElseThrow().rows(RowFilter.DIFFERENCES))
                .extracting(Row::key).containsExactly("WANDB_API_KEY");
        assertThat(row(last, SectionId.VARIABLES, "PWD").folded()).isTrue();
    }

    @Test
    void onlyDifferencesByDefaultAndEverythingOnRequest() {
        Comparison c = RunComparer.prepare(sweep(), false).against(0);
        Section hydra = c.section(SectionId.HYDRA_CONFIG).orElseThrow();
        assertThat(hydra.rows(RowFilter.DIFFERENCES)).extracting(Row::key).containsExactly("model.lr");
        assertThat(hydra.rows(RowFilter.ALL)).extracting(Row::key).containsExactly("model.lr", "model.epochs");
        Section variables = c.section(SectionId.VARIABLES).orElseThrow();
        assertThat(variables.foldedRows(RowFilter.DIFFERENCES)).isEqualTo(1);
        assertThat(variables.rows(new RowFilter(false, true))).extracting(Row::key).contains("PWD");
        assertThat(c.section(SectionId.VERDICT).orElseThrow().rows(RowFilter.DIFFERENCES)).hasSize(4);
    }

    @Test
    void secretsAreMaskedEverywhereUnlessRevealed() {
        Comparison masked = RunComparer.prepare(sweep(), false).against(0);
        assertThat(masked.toString()).doesNotContain("secret-1-A00");
        assertThat(row(masked, SectionId.VARIABLES, "WANDB_API_KEY").cell(1).state()).isEqualTo(CellState.CHANGED);
        Comparison revealed = RunComparer.prepare(sweep(), true).against(0);
        assertThat(revealed.secretsRevealed()).isTrue();
        assertThat(row(revealed, SectionId.VARIABLES, "WANDB_API_KEY").cell(1).value()).isEqualTo("secret-1-A004");
    }

    @Test
    void missingAndUnreadableFilesAreSaidPerRun() {
        ExecutionAudit full = job("1-B002", "0.1").file("uv.lock", "version = 1\n").build();
        ExecutionAudit noEnv = run("1-B004").input("1-D004", "0.1.0", SNAP)
                .file("configuration.json", "")
                .file("environment_snapshot_x.txt", null)
                .build();
        ExecutionAudit nothing = run("1-B006").noWorkflow().build();
        Comparison c = compare(Rid.of("1-B002"), full, noEnv, nothing);
        Section packages = c.section(SectionId.PACKAGES).orElseThrow();
        assertThat(packages.notes()).extracting(SectionNote::describe).containsExactly(
                "environment snapshot of 1-B004 (environment_snapshot_x.txt) not downloaded (sync the catalog to bring"
                        + " it home)",
                "missing for run 1-B006: no environment snapshot was recorded by deriva-ml");
        assertThat(packages.rows()).allSatisfy(r -> {
            assertThat(r.cell(1).state()).isEqualTo(CellState.MISSING);
            assertThat(r.differs()).isFalse();
        });
        Section config = c.section(SectionId.CONFIGURATION).orElseThrow();
        assertThat(config.notes().get(0).state()).isEqualTo(Availability.State.UNREADABLE);
        assertThat(config.notes().get(0).describe()).startsWith("unreadable for run 1-B004: configuration.json is"
                + " empty");
        assertThat(c.section(SectionId.CODE).orElseThrow().notes()).extracting(SectionNote::run)
                .containsExactly(Rid.of("1-B006"));
        Verdict.RunVerdict v = c.verdict().runs().get(0);
        assertThat(v.environment().answer()).isEqualTo(Answer.UNKNOWN);
        assertThat(v.inputs().answer()).isEqualTo(Answer.SAME);
        assertThat(c.verdict().runs().get(1).code().answer()).isEqualTo(Answer.UNKNOWN);
        assertThat(c.verdict().runs().get(1).inputs().answer()).isEqualTo(Answer.DIFFERENT);

        Comparison fromEmpty = compare(Rid.of("1-B006"), full, noEnv, nothing);
        Section pk = fromEmpty.section(SectionId.PACKAGES).orElseThrow();
        assertThat(pk.notes()).anySatisfy(n -> assertThat(n.baseline()).isTrue());
        assertThat(row(fromEmpty, SectionId.PACKAGES, "torch").cell(0).state()).isEqualTo(CellState.UNKNOWN);
        assertThat(pk.differingRows()).isZero();
        assertThat(fromEmpty.verdict().runs()).allSatisfy(rv -> assertThat(rv.environment().answer())
                .isEqualTo(Answer.UNKNOWN));
    }

    @Test
    void reorderedDatasetsShowAsMovedInTheComparison() {
        ExecutionAudit a = run("1-C002").file("configuration.json", config("0.1", "1-D004", "1-D008")).build();
        ExecutionAudit b = run("1-C004").file("configuration.json", config("0.1", "1-D008", "1-D004")).build();
        ExecutionAudit c3 = run("1-C006").file("configuration.json", config("0.1", "1-D004")).build();
        Comparison c = compare(Rid.of("1-C002"), a, b, c3);
        List<Row> rows = c.section(SectionId.CONFIGURATION).orElseThrow().rows(RowFilter.DIFFERENCES);
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.key()).startsWith("datasets[rid=");
            assertThat(r.cell(1).state()).isEqualTo(CellState.MOVED);
            assertThat(r.cell(1).how()).matches("moved from #\\d to #\\d");
        });
        Row removed = row(c, SectionId.CONFIGURATION, "datasets[rid=1-D008]");
        assertThat(removed.cell(2).state()).isEqualTo(CellState.REMOVED);
        Row inner = row(c, SectionId.CONFIGURATION, "datasets[rid=1-D008].version.minor");
        assertThat(inner.cell(2).inherited()).isTrue();
        assertThat(inner.differs()).isFalse();
        assertThat(c.verdict().runs().get(0).configuration().answer()).isEqualTo(Answer.DIFFERENT);
    }

    @Test
    void dirtyTreesAndDevVersionsMakeSamenessUnknown() {
        ExecutionAudit clean = run("1-E002").code("abc", "0.2.1.dev1+gf739b2f").input("1-D004", "0.1.0", SNAP)
                .build();
        ExecutionAudit dirty = run("1-E004").code("abc", "0.2.1.dev1+gf739b2f.d20260515")
                .input("1-D004", "0.1.0", SNAP).build();
        ExecutionAudit dev = run("1-E006").code("abc", "0.2.1.dev1+gf739b2f").input("1-D004", "0.1.0", null)
                .build();
        Comparison c = compare(Rid.of("1-E002"), clean, dirty, dev);
        Verdict.RunVerdict vDirty = c.verdict().runs().get(0);
        assertThat(vDirty.code().answer()).isEqualTo(Answer.DIFFERENT);
        assertThat(vDirty.code().reasons()).contains("1-E004 ran with uncommitted changes");
        assertThat(row(c, SectionId.CODE, "dirty").cell(1).value()).isEqualTo("yes");
        Verdict.RunVerdict vDev = c.verdict().runs().get(1);
        assertThat(vDev.inputs().answer()).isEqualTo(Answer.DIFFERENT);
        assertThat(row(c, SectionId.INPUTS, "dataset 1-D004").cell(2).value()).contains("(dev)", "no snapshot");

        ExecutionAudit dirtySame = run("1-E008").code("abc", "0.2.1.dev1+gf739b2f.d20260515").build();
        ExecutionAudit dirtyAgain = run("1-E00A").code("abc", "0.2.1.dev1+gf739b2f.d20260515").build();
        assertThat(compare(Rid.of("1-E008"), dirtySame, dirtyAgain).verdict().runs().get(0).code().answer())
                .isEqualTo(Answer.UNKNOWN);
        ExecutionAudit devAgain = run("1-E00C").input("1-D004", "0.1.0", null).build();
        ExecutionAudit devOnce = run("1-E00E").input("1-D004", "0.1.0", null).build();
        assertThat(compare(Rid.of("1-E00C"), devAgain, devOnce).verdict().runs().get(0).inputs().answer())
                .isEqualTo(Answer.UNKNOWN);
    }

    @Test
    void inputFilesAreComparedByMd5() {
        ExecutionAudit a = run("1-F002").inputFile("1-AS2W", "predictions.csv", "aaaa").build();
        ExecutionAudit b = run("1-F004").inputFile("1-AS30", "predictions.csv", "aaaa").build();
        ExecutionAudit c3 = run("1-F006").inputFile("1-AS32", "predictions.csv", "bbbb").build();
        Comparison c = compare(Rid.of("1-F002"), a, b, c3);
        Row file = row(c, SectionId.INPUTS, "file predictions.csv");
        assertThat(file.cells()).extracting(Cell::state).containsExactly(CellState.BASELINE, CellState.SAME,
                CellState.CHANGED);
        assertThat(c.verdict().runs()).extracting(v -> v.inputs().answer()).containsExactly(Answer.SAME,
                Answer.DIFFERENT);
    }

    @Test
    void refusesWhatCannotBeCompared() {
        ExecutionAudit a = run("1-G002").build();
        assertThatThrownBy(() -> RunComparer.prepare(List.of(a), false)).isInstanceOf(DiffException.class)
                .hasMessageContaining("at least two");
        assertThatThrownBy(() -> RunComparer.prepare(List.of(a, a), false)).isInstanceOf(DiffException.class)
                .hasMessageContaining("1-G002 is given twice");
        assertThatThrownBy(() -> compare(Rid.of("1-G006"), a, run("1-G004").build()))
                .isInstanceOf(DiffException.class).hasMessageContaining("not one of the compared runs");
    }
}
