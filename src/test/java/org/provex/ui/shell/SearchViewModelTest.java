package org.provex.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.cache.query.DatasetQueries;
import org.provex.core.cache.query.DatasetSummary;
import org.provex.core.cache.query.LookupQueries;
import org.provex.core.model.DatasetVersion;
import org.provex.core.model.Rid;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.common.ImmediateTaskRunner;
import org.provex.ui.common.ViewContext;
import org.provex.ui.executions.ExecutionsViewModel;
import org.provex.ui.shell.SearchResult.Kind;
import org.provex.ui.testing.TestContext;

class SearchViewModelTest {

    @TempDir
    static Path dir;
    static TestContext demo;
    static CatalogSession session;

    private TestContext c;
    private ExecutionsViewModel executions;
    private final ObjectProperty<MainSection> section = new SimpleObjectProperty<>(MainSection.DATASETS);
    private SearchViewModel vm;

    @BeforeAll
    static void openDemo() throws Exception {
        demo = TestContext.demo(dir);
        session = demo.demoSession();
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    private void search(String query) {
        c = demo;
        c.reset();
        c.dialogs.failOnErrorDialog();
        ViewContext ctx = c.context(new ImmediateTaskRunner());
        executions = new ExecutionsViewModel(ctx);
        vm = new SearchViewModel(ctx, executions, section);
        vm.queryProperty().set(query);
        vm.submit();
    }

    @Test
    void freeTextFiltersTheExecutionsTable() {
        search("ROC analysis");
        assertThat(vm.showingResultsProperty().get()).isFalse();
        assertThat(executions.textProperty().get()).isEqualTo("ROC analysis");
        assertThat(section.get()).isEqualTo(MainSection.EXECUTIONS);
    }

    @Test
    void partOfARidFindsTheRunsWhoseRidStartsSo() {
        search("1-AS8");
        assertThat(vm.results()).extracting(SearchResult::rid).contains(Rid.of("1-AS8T"));
        SearchResult first = vm.results().get(0);
        assertThat(first.kind()).isEqualTo(Kind.EXECUTION);
        assertThat(first.rid()).isEqualTo(Rid.of("1-AS8T"));
        assertThat(first.match()).isEqualTo("start of the RID");
        search("1as");
        assertThat(vm.results()).filteredOn(r -> r.kind() == Kind.EXECUTION).extracting(SearchResult::rid)
                .allMatch(r -> r.value().startsWith("1-AS")).hasSizeGreaterThan(1);
    }

    @Test
    void aRidTypedInLowerCaseWithoutHyphenFindsTheExecution() {
        search("1as10");
        assertThat(vm.showingResultsProperty().get()).isTrue();
        SearchResult first = vm.results().get(0);
        assertThat(first.kind()).isEqualTo(Kind.EXECUTION);
        assertThat(first.rid()).isEqualTo(Rid.of("1-AS10"));
        assertThat(first.title()).isEqualTo("Execution 1-AS10 (Uploaded)");
        assertThat(first.match()).isEqualTo("RID");
        assertThat(first.detail()).as("when it ran and what it was").startsWith("2026-").contains("CIFAR-10");
        vm.open(first);
        assertThat(c.navigator.calls).containsExactly("execution 1-AS10");
        assertThat(vm.showingResultsProperty().get()).isFalse();
    }

    @Test
    void workflowsDatasetsAndVersionsOpenWhereTheyLive() {
        Rid workflow = new LookupQueries(session.db()).workflows().get(0).workflow().rid();
        search(workflow.value().toLowerCase());
        vm.open(vm.results().get(0));
        DatasetSummary ds = new DatasetQueries(session.db()).datasets().get(0);
        DatasetVersion version = ds.history().get(0);
        vm.queryProperty().set(ds.dataset().rid().value());
        vm.submit();
        vm.open(vm.results().get(0));
        vm.queryProperty().set(version.rid().value());
        vm.submit();
        assertThat(vm.results().get(0).title()).contains(version.version());
        vm.open(vm.results().get(0));
        assertThat(c.navigator.calls).containsExactly("workflow " + workflow, "dataset " + ds.dataset().rid(),
                "dataset " + ds.dataset().rid() + "@" + version.rid());
    }

    @Test
    void chaiseAndCitationLinksFindTheirRecord() {
        search("https://demo.example.org/chaise/record/#1@34W-ENNG-FJTG/deriva-ml:Execution/RID=1-AS10");
        assertThat(vm.results()).first().extracting(SearchResult::rid).isEqualTo(Rid.of("1-AS10"));
        vm.queryProperty().set("https://demo.example.org/id/1/1-as10");
        vm.submit();
        assertThat(vm.results()).first().extracting(SearchResult::kind).isEqualTo(Kind.EXECUTION);
    }

    @Test
    void aFileNameOrMd5ListsTheRunsThatUsedTheFile() {
        String[] file = session.db().read(conn -> {
            try (ResultSet rs = conn.createStatement().executeQuery("SELECT a.filename, a.md5, count(*) n FROM asset a"
                    + " JOIN asset_link l ON l.asset_rid = a.rid WHERE a.filename IS NOT NULL AND a.md5 IS NOT NULL"
                    + " GROUP BY a.rid ORDER BY n DESC LIMIT 1")) {
                rs.next();
                return new String[] {rs.getString(1), rs.getString(2)};
            }
        });
        search(file[1].toUpperCase());
        assertThat(vm.results()).filteredOn(r -> r.kind() == Kind.EXECUTION).isNotEmpty()
                .allSatisfy(r -> assertThat(r.title()).contains(file[0]));
        int byMd5 = (int) vm.results().stream().filter(r -> r.kind() == Kind.EXECUTION).count();
        vm.queryProperty().set(file[0]);
        vm.submit();
        assertThat(vm.results()).filteredOn(r -> r.kind() == Kind.EXECUTION).hasSizeGreaterThanOrEqualTo(byMd5);
        assertThat(vm.results()).last().extracting(SearchResult::kind).isEqualTo(Kind.FILTER_TEXT);
    }

    @Test
    void nothingFoundOffersToFilterByTheText() {
        search("zz99");
        assertThat(vm.results()).extracting(SearchResult::kind).containsExactly(Kind.MESSAGE, Kind.FILTER_TEXT);
        vm.open(vm.results().get(0));
        assertThat(vm.showingResultsProperty().get()).as("a message does nothing").isTrue();
        vm.open(vm.results().get(1));
        assertThat(executions.textProperty().get()).isEqualTo("zz99");
        assertThat(section.get()).isEqualTo(MainSection.EXECUTIONS);
    }

    @Test
    void aLinkThatNamesNoRecordSaysWhy() {
        search("https://demo.example.org/chaise/recordset/#1/deriva-ml:Execution");
        assertThat(vm.results()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Kind.MESSAGE);
            assertThat(r.detail()).contains("names no record");
        });
    }

    @Test
    void changingTheCatalogClosesTheResults() {
        search("1as10");
        assertThat(vm.showingResultsProperty().get()).isTrue();
        c.session.set(null);
        assertThat(vm.showingResultsProperty().get()).isFalse();
        assertThat(vm.results()).isEmpty();
    }

    @Test
    void resultsAppearAsOneTypesAndSayWhatMatched() {
        search("");
        vm.queryProperty().set("cifar");
        assertThat(vm.showingResultsProperty().get()).as("no Enter needed").isTrue();
        assertThat(vm.results().get(0).kind()).isEqualTo(Kind.FILTER_TEXT);
        assertThat(vm.results()).filteredOn(r -> r.kind() == Kind.EXECUTION).isNotEmpty()
                .allSatisfy(r -> assertThat(r.match()).isIn("description", "in a file name"));
        assertThat(vm.results()).filteredOn(r -> r.kind() == Kind.WORKFLOW).isNotEmpty()
                .allSatisfy(r -> assertThat(r.match()).isEqualTo("workflow name"));
        assertThat(executions.textProperty().get()).as("typing alone filters nothing").isEmpty();
        vm.queryProperty().set("");
        assertThat(vm.showingResultsProperty().get()).isFalse();
    }

    @Test
    void aPartialFileNameFindsTheFilesWithTheirRunsDatesAndDescriptions() {
        search("");
        vm.queryProperty().set("hydra");
        assertThat(vm.results()).filteredOn(r -> "in a file name".equals(r.match())).isNotEmpty()
                .allSatisfy(r -> {
                    assertThat(r.kind()).isEqualTo(Kind.EXECUTION);
                    assertThat(r.title()).containsIgnoringCase("hydra");
                    assertThat(r.detail()).as("the run's date and description")
                            .containsPattern("20\\d\\d-\\d\\d-\\d\\d");
                });
        vm.queryProperty().set("onfig.yam");
        assertThat(vm.results()).filteredOn(r -> "in a file name".equals(r.match())).isNotEmpty();
    }

    @Test
    void enterOpensTheHighlightedResultOfWhatIsTyped() {
        search("1as10");
        assertThat(vm.results()).extracting(SearchResult::kind).startsWith(Kind.EXECUTION, Kind.FILTER_TEXT);
        vm.enter(vm.results().get(1));      // the arrow keys moved the highlight to the second
        assertThat(executions.textProperty().get()).isEqualTo("1as10");
        assertThat(c.navigator.calls).isEmpty();
        assertThat(vm.showingResultsProperty().get()).isFalse();
    }

    @Test
    void enterBeforeTheResultsAreInOpensTheFirstOfWhatIsTyped() {
        org.provex.ui.common.ManualTaskRunner tasks = new org.provex.ui.common.ManualTaskRunner();
        demo.reset();
        ExecutionsViewModel own = new ExecutionsViewModel(demo.context(new ImmediateTaskRunner()));
        SearchViewModel typing = new SearchViewModel(demo.context(tasks), own, section);
        typing.queryProperty().set("1-ATNR");     // another run's RID, highlighted first
        tasks.runAll();
        SearchResult stale = typing.results().get(0);
        assertThat(stale.rid()).isEqualTo(Rid.of("1-ATNR"));
        typing.queryProperty().set("1as10");       // typed on; its own results are still waiting for the pause
        typing.enter(stale);
        tasks.runAll();
        assertThat(demo.navigator.calls).as("not the highlighted result of an older text").containsExactly(
                "execution 1-AS10");
        assertThat(typing.showingResultsProperty().get()).isFalse();
    }
}
