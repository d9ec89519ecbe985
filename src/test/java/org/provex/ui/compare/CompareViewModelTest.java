package org.provex.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.diff.Cell;
import org.provex.core.diff.CellState;
import org.provex.core.diff.SectionId;
import org.provex.core.diff.Verdict.Answer;
import org.provex.core.diff.VersionLevel;
import org.provex.core.formats.SecretMasker;
import org.provex.core.model.AssetFile;
import org.provex.core.model.MetadataKind;
import org.provex.core.model.Rid;
import org.provex.ui.common.ImmediateTaskRunner;
import org.provex.ui.testing.TestContext;

/** The compare view model on the demo catalog's designed differences, with a synchronous task runner. */
class CompareViewModelTest {

    @TempDir
    static Path home;
    private static CompareFixture demo;
    private ImmediateTaskRunner tasks;
    private TestContext context;
    private CompareViewModel vm;
    private final AtomicInteger reads = new AtomicInteger();

    @BeforeAll
    static void openDemo() throws IOException {
        demo = new CompareFixture(home.resolve("data"));
    }

    @AfterAll
    static void closeDemo() {
        demo.db.close();
    }

    @BeforeEach
    void setUp() {
        tasks = new ImmediateTaskRunner();
        context = demo.context();
        context.session.set(demo.session("demo"));
        vm = new CompareViewModel(context.context(tasks), s -> new RunSource() {
            @Override
            public List<ExecutionAudit> audits(List<Rid> runs) {
                reads.incrementAndGet();
                return RunSource.of(s.db()).audits(runs);
            }

            @Override
            public Optional<byte[]> read(AssetFile file) throws IOException {
                return RunSource.of(s.db()).read(file);
            }
        });
    }

    private static Rid v1() {
        return demo.first(CompareFixture.training("0.1.0", "cifar10_quick"));
    }

    private static Rid v2() {
        return demo.first(CompareFixture.training("0.2.0", "cifar10_quick"));
    }

    private static List<Rid> sweepJobs() {
        return demo.audits.stream().filter(a -> !a.detail().children().isEmpty()).findFirst().orElseThrow()
                .detail().children().stream().map(n -> n.child()).toList();
    }

    private GridRow.Field field(SectionId section, String key) {
        return vm.grid().rows().stream().filter(r -> r instanceof GridRow.Field f && f.section() == section
                && f.row().key().equals(key)).map(r -> (GridRow.Field) r).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + section + " " + key + " shown"));
    }

    private GridRow.Header header(SectionId section) {
        return vm.grid().rows().stream().filter(r -> r instanceof GridRow.Header h && h.section() == section)
                .map(r -> (GridRow.Header) r).findFirst().orElseThrow();
    }

    private List<GridRow.Field> fields() {
        return vm.grid().rows().stream().filter(r -> r instanceof GridRow.Field).map(r -> (GridRow.Field) r).toList();
    }

    @Test
    void twoTrainingRunsOnDifferentCodeDifferInCodeTorchAndPython() {
        vm.open(List.of(v1(), v2()));

        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.headlineProperty().get()).isNotBlank();
        assertThat(vm.verdicts()).singleElement().satisfies(v -> {
            assertThat(v.code().answer()).isEqualTo(Answer.DIFFERENT);
            assertThat(v.environment().answer()).isEqualTo(Answer.DIFFERENT);
            assertThat(v.environment().reasons()).contains("Python: 3.11.9 → 3.12.4");
        });
        Cell torch = field(SectionId.PACKAGES, "torch").row().cell(1);
        assertThat(torch.state()).isEqualTo(CellState.UPGRADED);
        assertThat(torch.level()).isEqualTo(VersionLevel.MINOR);
        assertThat(CellLook.how(torch)).isEqualTo("upgraded (minor)");
        Cell python = field(SectionId.PLATFORM, "python_version").row().cell(1);
        assertThat(python.state().isDifference()).isTrue();
        assertThat(python.value()).isEqualTo("3.12.4");
        assertThat(field(SectionId.CODE, "identity").row().differs()).isTrue();

        assertThat(vm.headers()).extracting(h -> h.run().rid()).containsExactly(v1(), v2());
        assertThat(vm.headers().get(0).baseline()).isTrue();
        assertThat(vm.headers().get(1).baseline()).isFalse();
        String snapshot = demo.session("demo").meta().snaptime().value();
        assertThat(vm.headers().get(0).citation()).isEqualTo(v1() + "@" + snapshot);
        assertThat(vm.citationNoteProperty().get()).contains("demo");
        assertThat(vm.summaryProperty().get())
                .matches("\\d+ of \\d+ fields differ(, \\d+ of them shell or job noise .*)?");
        assertThat(fields()).as("only differences by default").allMatch(GridRow::isDifference);
    }

    @Test
    void sweepJobsShareCodeAndDifferInConfiguration() {
        List<Rid> jobs = sweepJobs();
        vm.open(jobs);

        assertThat(vm.verdicts()).hasSize(jobs.size() - 1).allSatisfy(v -> {
            assertThat(v.code().answer()).isEqualTo(Answer.SAME);
            assertThat(v.inputs().answer()).isEqualTo(Answer.SAME);
            assertThat(v.configuration().answer()).isEqualTo(Answer.DIFFERENT);
        });
        assertThat(header(SectionId.CODE).differing()).isZero();
        assertThat(header(SectionId.CONFIG_CHOICES).differing()).isZero();
        assertThat(field(SectionId.HYDRA_CONFIG, "model_config.learning_rate").row().cells())
                .extracting(Cell::value).containsExactly("0.0001", "0.0003", "0.001", "0.003", "0.01");
        assertThat(header(SectionId.HYDRA_CONFIG).differingPerRun()).containsExactly(0L, 2L, 2L, 2L, 2L);
    }

    @Test
    void switchingTheBaselineReusesThePreparedRuns() {
        List<Rid> jobs = sweepJobs();
        vm.open(jobs);
        assertThat(reads).hasValue(1);

        vm.baselineProperty().set(vm.runs().get(4));

        assertThat(reads).as("no re-read").hasValue(1);
        assertThat(vm.comparisonProperty().get().baseline().rid()).isEqualTo(jobs.get(4));
        assertThat(vm.headers().get(0).run().rid()).isEqualTo(jobs.get(4));
        assertThat(vm.headers().get(0).baseline()).isTrue();
        assertThat(vm.headers()).as("the new baseline swaps places with the old one")
                .extracting(h -> h.run().rid()).containsExactly(jobs.get(4), jobs.get(1), jobs.get(2), jobs.get(3),
                        jobs.get(0));
        assertThat(vm.headers()).extracting(RunHeader::baseline).containsExactly(true, false, false, false, false);
        assertThat(field(SectionId.HYDRA_CONFIG, "model_config.learning_rate").row().cells())
                .extracting(Cell::state).containsExactly(CellState.CHANGED, CellState.CHANGED, CellState.CHANGED,
                        CellState.CHANGED, CellState.BASELINE);
        assertThat(vm.verdicts()).extracting(v -> v.run()).doesNotContain(jobs.get(4));
    }

    @Test
    void showAllFieldsAddsTheUnchangedRowsAndNoiseShowsFoldedVariables() {
        vm.open(List.of(v1(), v2()));
        int differences = vm.grid().rows().size();

        vm.grid().showAllProperty().set(true);
        int all = vm.grid().rows().size();
        assertThat(all).isGreaterThan(differences);
        assertThat(fields()).anyMatch(f -> !f.isDifference());
        assertThat(field(SectionId.PACKAGES, "tabulate").isDifference()).isFalse();

        vm.grid().showAllProperty().set(false);
        assertThat(vm.grid().rows()).hasSize(differences);

        vm.open(sweepJobs());
        int before = vm.grid().rows().size();
        assertThat(header(SectionId.VARIABLES).folded()).isEqualTo(1);
        vm.grid().showNoiseProperty().set(true);
        assertThat(vm.grid().rows()).hasSize(before + 1);
        assertThat(fields()).filteredOn(f -> f.section() == SectionId.VARIABLES)
                .singleElement().satisfies(f -> assertThat(f.row().folded()).isTrue());
    }

    @Test
    void nextAndPreviousDifferenceWalkTheDifferingRowsAndWrap() {
        vm.open(List.of(v1(), v2()));
        vm.grid().showAllProperty().set(true);
        List<Integer> differing = java.util.stream.IntStream.range(0, vm.grid().rows().size())
                .filter(i -> vm.grid().rows().get(i).isDifference()).boxed().toList();
        assertThat(differing).hasSizeGreaterThan(3);
        assertThat(vm.grid().selectedIndexProperty().get()).isEqualTo(-1);

        vm.grid().nextDifference();
        assertThat(vm.grid().selectedIndexProperty().get()).isEqualTo(differing.get(0));
        assertThat(vm.grid().positionProperty().get()).isEqualTo("Difference 1 of " + differing.size());
        vm.grid().nextDifference();
        assertThat(vm.grid().selectedIndexProperty().get()).isEqualTo(differing.get(1));
        vm.grid().previousDifference();
        vm.grid().previousDifference();
        assertThat(vm.grid().selectedIndexProperty().get()).as("wraps to the last")
                .isEqualTo(differing.get(differing.size() - 1));
        assertThat(vm.grid().positionProperty().get())
                .isEqualTo("Difference " + differing.size() + " of " + differing.size());

        GridRow selected = vm.grid().rows().get(vm.grid().selectedIndexProperty().get());
        vm.grid().showAllProperty().set(false);
        GridRow now = vm.grid().rows().get(vm.grid().selectedIndexProperty().get());
        assertThat(now).as("selection kept by section and key").isInstanceOf(GridRow.Field.class);
        assertThat(((GridRow.Field) now).row().key()).isEqualTo(((GridRow.Field) selected).row().key());
        assertThat(now.section()).isEqualTo(selected.section());
    }

    @Test
    void searchFiltersRowsByLabelOrValueAndSaysWhatTheFilterHides() {
        vm.open(List.of(v1(), v2()));
        int all = vm.grid().rows().size();

        vm.grid().searchProperty().set("TORCH");
        assertThat(fields()).isNotEmpty().allSatisfy(f -> assertThat(GridRows.matches(f.row(), "torch")).isTrue());
        assertThat(fields()).anyMatch(f -> f.row().key().equals("torch"));
        assertThat(vm.grid().rows()).filteredOn(r -> r instanceof GridRow.Header)
                .noneMatch(h -> h.section() == SectionId.INPUTS);

        vm.grid().searchProperty().set("2.4.1");
        assertThat(fields()).anyMatch(f -> f.row().key().equals("torch"));

        vm.grid().searchProperty().set("tabulate");
        assertThat(fields()).isEmpty();
        assertThat(vm.grid().searchHintProperty().get()).startsWith("2 more fields match");

        vm.grid().searchProperty().set("");
        assertThat(vm.grid().rows()).hasSize(all);
        assertThat(vm.grid().searchHintProperty().get()).isEmpty();
    }

    @Test
    void secretsAreMaskedUntilTheUserConfirmsRevealing() {
        Rid container = demo.first(a -> a.detail().workflow() != null
                && a.detail().workflow().parsedUrl() instanceof org.provex.core.model.WorkflowUrl.DockerImage);
        Rid dirty = demo.first(a -> a.detail().code() != null && a.detail().code().dirty());
        vm.open(List.of(container, dirty));
        assertThat(field(SectionId.VARIABLES, "AWS_SECRET_ACCESS_KEY").row().cell(1).value())
                .isEqualTo(SecretMasker.MASK);
        assertThat(vm.secretsRevealedProperty().get()).isFalse();

        vm.revealSecrets();
        assertThat(context.dialogs.confirmations).hasSize(1);
        assertThat(vm.secretsRevealedProperty().get()).as("declined").isFalse();
        assertThat(reads).hasValue(1);

        context.dialogs.confirm = true;
        vm.revealSecrets();
        assertThat(vm.secretsRevealedProperty().get()).isTrue();
        assertThat(field(SectionId.VARIABLES, "AWS_SECRET_ACCESS_KEY").row().cell(1).value())
                .startsWith("FAKE-demo-aws-secret");

        vm.baselineProperty().set(vm.runs().get(1));
        assertThat(vm.secretsRevealedProperty().get()).as("a baseline switch keeps them revealed").isTrue();

        vm.hideSecrets();
        assertThat(vm.secretsRevealedProperty().get()).isFalse();
        assertThat(field(SectionId.VARIABLES, "AWS_SECRET_ACCESS_KEY").row().cell(1).value())
                .isEqualTo(SecretMasker.MASK);
        assertThat(vm.comparisonProperty().get().baseline().rid()).isEqualTo(dirty);
    }

    @Test
    void aMissingFileIsANoteOnItsSectionAndItsRunsColumn() {
        Rid withLock = v2();
        Rid withoutLock = demo.first(a -> a.files().stream().noneMatch(f -> f.use().asset().kind()
                == MetadataKind.UV_LOCK) && a.files().stream().anyMatch(f -> f.use().asset().kind()
                == MetadataKind.ENVIRONMENT));
        vm.open(List.of(withLock, withoutLock));

        GridRow.Header lock = header(SectionId.UV_LOCK);
        assertThat(lock.notes()).singleElement().satisfies(n -> {
            assertThat(n.run()).isEqualTo(withoutLock);
            assertThat(n.describe()).startsWith("missing for run " + withoutLock + ": ");
        });
        assertThat(lock.note(withoutLock)).isPresent();
        assertThat(lock.note(withLock)).isEmpty();
        assertThat(vm.verdicts().get(0).environment().answer()).isNotEqualTo(Answer.SAME);
    }

    @Test
    void exportsWriteMarkdownAndHtmlWithSecretsMaskedEvenWhenRevealed(@TempDir Path out) throws IOException {
        Rid container = demo.first(a -> a.detail().workflow() != null
                && a.detail().workflow().parsedUrl() instanceof org.provex.core.model.WorkflowUrl.DockerImage);
        Rid dirty = demo.first(a -> a.detail().code() != null && a.detail().code().dirty());
        vm.open(List.of(container, dirty));
        context.dialogs.confirm = true;
        vm.revealSecrets();
        vm.grid().showAllProperty().set(true);
        vm.grid().showNoiseProperty().set(true);
        context.dialogs.saveDirectory = out;

        vm.exportMarkdown();
        vm.exportHtml();
        vm.copyMarkdown();

        Path md = out.resolve("provex-compare-" + container + "-" + dirty + ".md");
        Path html = out.resolve("provex-compare-" + container + "-" + dirty + ".html");
        String snapshot = demo.session("demo").meta().snaptime().value();
        for (Path p : List.of(md, html)) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            assertThat(text.replace("\\_", "_")).contains(container + "@" + snapshot)
                    .contains("AWS_SECRET_ACCESS_KEY").contains(SecretMasker.MASK)
                    .doesNotContain(CompareFixture.FAKE_SECRETS);
        }
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>");
        assertThat(Files.readString(md)).startsWith("# ").contains("## Verdict");
        assertThat(context.dialogs.clipboard).singleElement().satisfies(t -> assertThat(t).startsWith("# ")
                .doesNotContain(CompareFixture.FAKE_SECRETS));
        assertThat(context.notifications.infos).anyMatch(i -> i.startsWith("Wrote ") && i.endsWith(".md"));
        assertThat(vm.messageProperty().get()).as("said in the comparison window too")
                .matches("Wrote .*\\.(md|html)|Copied.*");
        assertThat(context.notifications.errors).isEmpty();
        assertThat(context.dialogs.errors).isEmpty();
        try (var files = Files.list(out)) {
            assertThat(files).as("no temporary files left").hasSize(2);
        }
    }

    @Test
    void cancellingTheSaveDialogWritesNothing() {
        vm.open(List.of(v1(), v2()));
        vm.exportMarkdown();
        assertThat(context.notifications.infos).noneMatch(i -> i.startsWith("Wrote"));
        assertThat(context.notifications.errors).isEmpty();
        assertThat(context.dialogs.errors).isEmpty();
    }

    @Test
    void twoRunsSideBySideAsTextWithChangedLinesAndMaskedSecrets() {
        vm.open(List.of(v1(), v2()));
        FileDiffViewModel files = vm.files();
        assertThat(files.choices()).extracting(FileDiffViewModel.FileChoice::label)
                .contains("configuration.json", "uv.lock")
                .anyMatch(l -> l.startsWith("Environment snapshot"));
        assertThat(files.lines()).as("read only when shown").isEmpty();

        files.activeProperty().set(true);
        assertThat(files.lines()).isNotEmpty();
        files.fileProperty().set(files.choices().stream().filter(c -> c.label().startsWith("Environment snapshot"))
                .findFirst().orElseThrow());
        assertThat(files.summaryProperty().get()).matches("\\d+ lines added, \\d+ removed");
        assertThat(files.lines()).filteredOn(l -> l.kind() != org.provex.core.diff.TextDiff.Kind.EQUAL)
                .anySatisfy(l -> assertThat(l.left()).contains("\"torch\": \"2.4.1\""))
                .anySatisfy(l -> assertThat(l.right()).contains("\"torch\": \"2.5.1\""));
        assertThat(files.leftTitleProperty().get()).startsWith(v1() + " (baseline)");
        assertThat(files.lines()).allSatisfy(l -> assertThat(l.left() + l.right())
                .doesNotContain(CompareFixture.FAKE_SECRETS));
    }

    @Test
    void anotherCatalogDetachesTheComparisonAndTheSameCatalogReadsItAgain() {
        vm.open(List.of(v1(), v2()));
        vm.baselineProperty().set(vm.runs().get(1));
        assertThat(reads).hasValue(1);

        context.session.set(demo.session("other"));
        assertThat(vm.detachedProperty().get()).contains("\u201cdemo\u201d is no longer open");
        assertThat(vm.comparisonProperty().get()).as("still readable").isNotNull();
        vm.files().activeProperty().set(true);
        assertThat(vm.files().messageProperty().get()).contains("no longer open");

        context.session.set(demo.session("demo"));
        assertThat(reads).hasValue(2);
        assertThat(vm.detachedProperty().get()).isEmpty();
        assertThat(vm.comparisonProperty().get().baseline().rid()).as("baseline kept").isEqualTo(v2());
    }

    @Test
    void aRunLinkShowsTheRunInTheMainWindow() {
        vm.open(List.of(v1(), v2()));
        vm.openRun(v2());
        assertThat(context.navigator.calls).containsExactly("execution " + v2());
        vm.copyCitation(vm.headers().get(1));
        assertThat(context.dialogs.clipboard).containsExactly(vm.headers().get(1).citation());
    }

    @Test
    void anUnknownRunIsReportedNotThrown() {
        vm.open(List.of(v1(), Rid.of("1-ZZZZ")));
        assertThat(vm.errorProperty().get()).startsWith("The comparison could not be made: ").contains("1-ZZZZ");
        assertThat(vm.comparisonProperty().get()).isNull();
        assertThat(vm.loadingProperty().get()).isFalse();
    }
}
