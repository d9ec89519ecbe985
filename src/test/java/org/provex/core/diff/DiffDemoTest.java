package org.provex.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.ExecutionFilter;
import org.provex.core.cache.query.ExecutionQueries;
import org.provex.core.cache.query.ExecutionRow;
import org.provex.core.cache.query.ExecutionSort;
import org.provex.core.cache.query.LookupQueries;
import org.provex.core.diff.Verdict.Answer;
import org.provex.core.diff.export.Citations;
import org.provex.core.diff.export.HtmlReport;
import org.provex.core.diff.export.JsonReport;
import org.provex.core.diff.export.MarkdownReport;
import org.provex.core.links.RecordLinks;
import org.provex.core.model.MetadataKind;
import org.provex.core.model.Rid;
import org.provex.core.settings.DataDirectory;
import org.provex.core.workspace.Workspace;

/** The demo catalog's designed differences, with runs picked by querying the demo cache. */
class DiffDemoTest {

    private static final List<String> FAKE_SECRETS = List.of("fake-demo-key-not-real", "AKIAFAKEDEMO",
            "FAKE-demo-aws-secret");

    private static CacheDatabase db;
    private static List<ExecutionAudit> all;
    /** The clean per-run version after v0.2.0 ("0.2.1.dev1+g<HEAD>"); HEAD comes from the demo repository. */
    private static String V021;

    @BeforeAll
    static void openDemo() throws IOException {
        String home = System.getenv(DataDirectory.ENV_VAR);
        Path dir = home == null || home.isBlank() ? Files.createTempDirectory("provex-diff-demo") : Path.of(home);
        db = new Workspace(new DataDirectory(dir).ensureExists()).openCache(Workspace.DEMO);
        List<Rid> rids = new ExecutionQueries(db).list(ExecutionFilter.ALL,
                ExecutionSort.asc(org.provex.core.cache.query.ExecutionColumn.CREATED), Integer.MAX_VALUE, 0)
                .stream().map(ExecutionRow::rid).toList();
        all = new ExecutionComparer(db).audits(rids);
        V021 = all.stream().filter(a -> a.detail().code() != null).map(a -> a.detail().code().runVersion().text())
                .filter(v -> v.startsWith("0.2.1.dev1+g") && !dirty(v)).findFirst()
                .orElseThrow(() -> new AssertionError("the demo has no clean 0.2.1.dev1 run"));
    }

    private static boolean dirty(String version) {
        return org.provex.core.model.ScmVersion.parse(version).dirty();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static ExecutionAudit first(Predicate<ExecutionAudit> p) {
        return all.stream().filter(p).findFirst().orElseThrow(() -> new AssertionError("no such demo run"));
    }

    private static Predicate<ExecutionAudit> training(String runVersion, String experiment) {
        return a -> "Uploaded".equals(a.detail().execution().status()) && a.detail().code() != null
                && a.detail().code().runVersion().text().equals(runVersion) && a.hydraConfig().isPresent()
                && a.configuration().map(c -> experiment.equals(c.configChoices().get("experiment"))).orElse(false)
                && a.detail().parent() == null;
    }

    private static Cell cell(Comparison c, SectionId id, String key) {
        return DiffFixtures.row(c, id, key).cell(1 - c.baselineIndex());
    }

    @Test
    void theTwoCifarTrainingWorkflowsDifferInCodeDataAndEnvironment() {
        ExecutionAudit v1 = first(training("0.1.0", "cifar10_quick"));
        ExecutionAudit v2 = first(training("0.2.0", "cifar10_quick"));
        Comparison c = RunComparer.compare(List.of(v1, v2), v1.detail().execution().rid());
        Verdict.RunVerdict v = c.verdict().runs().get(0);
        assertThat(v.code().answer()).isEqualTo(Answer.DIFFERENT);
        assertThat(v.inputs().answer()).isEqualTo(Answer.DIFFERENT);
        assertThat(v.environment().answer()).isEqualTo(Answer.DIFFERENT);
        assertThat(v.environment().reasons()).contains("Python: 3.11.9 → 3.12.4");
        assertThat(cell(c, SectionId.PACKAGES, "torch").how()).isEqualTo("upgraded (minor)");
        assertThat(cell(c, SectionId.PACKAGES, "numpy").how()).isEqualTo("upgraded (major)");
        assertThat(cell(c, SectionId.PACKAGES, "pillow").how()).isEqualTo("upgraded (major)");
        assertThat(cell(c, SectionId.PACKAGES, "protobuf").how()).isEqualTo("downgraded (major)");
        assertThat(cell(c, SectionId.PACKAGES, "tensorboard").state()).isEqualTo(CellState.ADDED);
        assertThat(cell(c, SectionId.PACKAGES, "tqdm").state()).isEqualTo(CellState.REMOVED);
        assertThat(DiffFixtures.row(c, SectionId.PACKAGES, "tabulate").differs()).isFalse();
        assertThat(cell(c, SectionId.UV_LOCK, "torch").state()).isEqualTo(CellState.UPGRADED);
        assertThat(cell(c, SectionId.PLATFORM, "python_version").level()).isEqualTo(VersionLevel.MINOR);
        assertThat(cell(c, SectionId.GPU, "cuda").value()).isEqualTo("12.4");
        assertThat(cell(c, SectionId.INPUTS, "dataset 1-AQA6").how()).isEqualTo("upgraded (minor)");
        assertThat(cell(c, SectionId.CODE, "run_version").state()).isEqualTo(CellState.UPGRADED);
    }

    @Test
    void laterGenerationsDowngradePillowAndSwapTabulateForScikitLearn() {
        ExecutionAudit v2 = first(training("0.2.0", "cifar10_quick"));
        ExecutionAudit v3 = first(training(V021, "cifar10_extended"));
        Comparison c = RunComparer.compare(List.of(v2, v3), v2.detail().execution().rid());
        assertThat(cell(c, SectionId.PACKAGES, "pillow").how()).isEqualTo("downgraded (major)");
        assertThat(cell(c, SectionId.PACKAGES, "tabulate").state()).isEqualTo(CellState.REMOVED);
        assertThat(cell(c, SectionId.PACKAGES, "scikit-learn").state()).isEqualTo(CellState.ADDED);
        assertThat(cell(c, SectionId.PACKAGES, "deriva-ml").how()).isEqualTo("upgraded (minor)");
        assertThat(cell(c, SectionId.CONFIG_CHOICES, "experiment").value()).isEqualTo("cifar10_extended");
        assertThat(cell(c, SectionId.GPU, "driver").how()).isEqualTo("upgraded (major)");
        assertThat(c.section(SectionId.CONFIG_CHOICES).orElseThrow().rows(RowFilter.DIFFERENCES).get(0).key())
                .isEqualTo("experiment");
    }

    @Test
    void sweepJobsShareCodeDataAndEnvironmentAndDifferOnlyInLearningRate() {
        ExecutionAudit parent = first(a -> !a.detail().children().isEmpty());
        List<Rid> jobs = parent.detail().children().stream().map(n -> n.child()).toList();
        assertThat(jobs).hasSize(5);
        PreparedComparison prepared = new ExecutionComparer(db).prepare(jobs, false);
        Comparison c = prepared.against(jobs.get(0));
        assertThat(c.verdict().runs()).hasSize(4).allSatisfy(v -> {
            assertThat(v.inputs().answer()).isEqualTo(Answer.SAME);
            assertThat(v.code().answer()).isEqualTo(Answer.SAME);
            assertThat(v.environment().answer()).isEqualTo(Answer.SAME);
            assertThat(v.configuration().answer()).isEqualTo(Answer.DIFFERENT);
            assertThat(v.configuration().reasons().get(0)).startsWith("model_config.learning_rate: 0.0001 → ");
        });
        assertThat(c.section(SectionId.HYDRA_CONFIG).orElseThrow().rows(RowFilter.DIFFERENCES))
                .extracting(Row::key).containsExactly("model_config.learning_rate", "description");
        assertThat(c.section(SectionId.HYDRA_OVERRIDES).orElseThrow().rows(RowFilter.DIFFERENCES))
                .extracting(Row::key).containsExactly("[model_config.learning_rate]");
        assertThat(c.section(SectionId.CONFIG_CHOICES).orElseThrow().differingRows()).isZero();
        assertThat(c.section(SectionId.PACKAGES).orElseThrow().differingRows()).isZero();
        Section variables = c.section(SectionId.VARIABLES).orElseThrow();
        assertThat(variables.rows(RowFilter.DIFFERENCES)).isEmpty();
        assertThat(variables.foldedRows(RowFilter.DIFFERENCES)).isEqualTo(1);

        Comparison fromLast = prepared.against(jobs.get(4));
        Row lr = DiffFixtures.row(fromLast, SectionId.HYDRA_CONFIG, "model_config.learning_rate");
        assertThat(lr.cells()).extracting(Cell::value).containsExactly("0.0001", "0.0003", "0.001", "0.003", "0.01");
        assertThat(lr.cells()).extracting(Cell::state).containsExactly(CellState.CHANGED, CellState.CHANGED,
                CellState.CHANGED, CellState.CHANGED, CellState.BASELINE);
    }

    @Test
    void theDirtyRunIsCalledOut() {
        ExecutionAudit dirty = first(a -> a.detail().code() != null && a.detail().code().dirty());
        ExecutionAudit clean = first(training(V021, "cifar10_quick").or(a -> a.detail().parent()
                != null && a.detail().code().runVersion().text().equals(V021)));
        Comparison c = RunComparer.compare(List.of(clean, dirty), clean.detail().execution().rid());
        Verdict.RunVerdict v = c.verdict().runs().get(0);
        assertThat(v.code().answer()).isEqualTo(Answer.DIFFERENT);
        assertThat(v.code().reasons()).contains(dirty.detail().execution().rid() + " ran with uncommitted changes");
        assertThat(cell(c, SectionId.CODE, "dirty").value()).isEqualTo("yes");
        assertThat(cell(c, SectionId.CODE, "identity").state()).isEqualTo(CellState.CHANGED);
        assertThat(cell(c, SectionId.CODE, "run_version").level()).isEqualTo(VersionLevel.LOCAL);
        assertThat(cell(c, SectionId.VARIABLES, "DERIVA_ML_ALLOW_DIRTY").state()).isEqualTo(CellState.ADDED);
    }

    @Test
    void secretsNeverLeaveUnlessRevealedAndCitationsAreSnapshotQualified() {
        ExecutionAudit container = first(a -> a.detail().workflow() != null
                && a.detail().workflow().parsedUrl() instanceof org.provex.core.model.WorkflowUrl.DockerImage);
        ExecutionAudit dirty = first(a -> a.detail().code() != null && a.detail().code().dirty());
        var meta = new LookupQueries(db).meta();
        Citations cite = Citations.of(RecordLinks.demo(meta.snaptime()), meta.snaptime());
        Comparison masked = RunComparer.compare(List.of(container, dirty), container.detail().execution().rid());
        assertThat(DiffFixtures.row(masked, SectionId.CODE, "identity").label()).isEqualTo("Image digest");
        assertThat(cell(masked, SectionId.VARIABLES, "AWS_SECRET_ACCESS_KEY").state()).isEqualTo(CellState.ADDED);
        List<String> outputs = new ArrayList<>();
        for (RowFilter f : List.of(RowFilter.DIFFERENCES, new RowFilter(true, true))) {
            outputs.add(MarkdownReport.render(masked, f, cite));
            outputs.add(HtmlReport.render(masked, f, cite));
            outputs.add(JsonReport.of(masked, f, cite).toString());
        }
        assertThat(outputs).allSatisfy(o -> assertThat(o).doesNotContain(FAKE_SECRETS)
                .contains(container.detail().execution().rid() + "@" + meta.snaptime().value()));
        Comparison revealed = RunComparer.prepare(List.of(container, dirty), true).against(0);
        assertThat(MarkdownReport.render(revealed, RowFilter.ALL, cite)).contains("fake\\-demo\\-key\\-not\\-real"
                .replace("\\", ""));
    }

    @Test
    void environmentSnapshotsSideBySideWithSecretsMasked() throws IOException {
        ExecutionAudit v1 = first(training("0.1.0", "cifar10_quick"));
        ExecutionAudit v2 = first(training("0.2.0", "cifar10_quick"));
        TextDiff d = MetadataText.diff("a.txt", envBytes(v1), "b.txt", envBytes(v2), false);
        assertThat(d.identical()).isFalse();
        List<TextDiff.SideBySideRow> changed = d.sideBySide().stream()
                .filter(r -> r.kind() != TextDiff.Kind.EQUAL).toList();
        assertThat(changed).anySatisfy(r -> assertThat(r.left()).contains("\"torch\": \"2.4.1\""));
        assertThat(changed).anySatisfy(r -> assertThat(r.right()).contains("\"torch\": \"2.5.1\""));
        assertThat(String.join("\n", d.leftLines()) + String.join("\n", d.rightLines()))
                .doesNotContain(FAKE_SECRETS);
    }

    private static byte[] envBytes(ExecutionAudit a) throws IOException {
        var file = a.detail().metadataFiles().stream().filter(u -> u.asset().kind() == MetadataKind.ENVIRONMENT)
                .findFirst().orElseThrow().asset();
        Optional<byte[]> bytes = db.blobs().read(file.md5(), file.length());
        return bytes.orElseThrow();
    }
}
