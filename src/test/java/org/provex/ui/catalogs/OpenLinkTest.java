package org.provex.ui.catalogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.demo.DemoCatalog;
import org.provex.core.links.RecordLink;

/**
 * The window started on a link ({@code provex LINK}): it finds the record in the link's catalog, syncing that
 * catalog first when the record is not cached, opens the catalog and shows the record; a link into a catalog that
 * is not added says how to add it and opens the last catalog. Test server on loopback, synchronous task runner.
 */
class OpenLinkTest {

    @TempDir
    Path dir;
    private LiveWindow w;

    @BeforeEach
    void open() throws Exception {
        w = new LiveWindow(dir);
    }

    @AfterEach
    void close() {
        w.close();
    }

    private static String rid(String table, int row) {
        return LiveWindow.DEMO.rowsOf("deriva-ml", table).get(row).path("RID").asString();
    }

    @Test
    void syncsTheLinkedCatalogThenOpensItOnTheRecordAndLaterLinksReadTheCache() {
        w.add("local");
        String execution = rid("Execution", 7);
        w.shell.start(RecordLink.parse(w.server.origin() + "/chaise/record/#1/deriva-ml:Execution/RID=" + execution));

        assertThat(w.session.get().name()).isEqualTo("local");
        assertThat(w.workspace.hasCache("local")).isTrue();
        assertThat(w.test.navigator.calls).containsExactly("open " + execution);
        assertThat(w.infos).contains("Synced catalog local to find " + execution + ".");
        assertThat(w.errors).isEmpty();
        assertThat(w.shell.openingProperty().get()).isFalse();

        w.server.reset();
        w.test.navigator.clear();
        String workflow = rid("Workflow", 1);
        w.shell.start(RecordLink.parse(w.server.origin() + "/id/1/" + workflow));
        assertThat(w.test.navigator.calls).containsExactly("open " + workflow);
        assertThat(w.server.requests()).noneMatch(r -> r.target().contains("/entity/"));

        w.test.navigator.clear();
        w.shell.start(RecordLink.parse(w.server.origin() + "/id/1/ZZZZ-ZZZZ"));
        assertThat(w.lastError()).startsWith("Could not open the link " + w.server.origin() + "/id/1/ZZZZ-ZZZZ")
                .contains("synced just now");
        assertThat(w.session.get().name()).isEqualTo("local");
        assertThat(w.test.navigator.calls).isEmpty();
    }

    @Test
    void aLinkIntoACatalogThatIsNotAddedSaysHowToAddItAndOpensTheLastCatalog() {
        w.shell.start(RecordLink.parse("https://data.example.net/id/1/1-ABC4"));

        assertThat(w.lastError()).contains("data.example.net/1 is not one of your catalogs", "Add catalog",
                "provex catalog add https://data.example.net 1");
        assertThat(w.session.get().isDemo()).isTrue();
        assertThat(w.test.navigator.calls).isEmpty();
    }

    @Test
    void aRunningWindowHandedALinkOpensItsRecordAndOneIntoAnUnknownCatalogLeavesTheWindowAsItIs() {
        w.shell.start(null);
        assertThat(w.session.get().isDemo()).isTrue();

        assertThat(w.shell.openLink(RecordLink.parse("https://data.example.net/id/1/1-ABC4"))).isFalse();
        assertThat(w.lastError()).contains("data.example.net/1 is not one of your catalogs");
        assertThat(w.session.get().isDemo()).isTrue();
        assertThat(w.test.navigator.calls).isEmpty();

        w.add("local");
        String execution = rid("Execution", 3);
        assertThat(w.shell.openLink(RecordLink.parse(w.server.origin() + "/id/1/" + execution))).isTrue();
        assertThat(w.session.get().name()).isEqualTo("local");
        assertThat(w.test.navigator.calls).containsExactly("open " + execution);
    }

    @Test
    void theDemosLinksOpenTheDemo() {
        String dataset = rid("Dataset", 0);
        w.shell.start(RecordLink.parse("https://" + DemoCatalog.HOST + "/chaise/record/#1/deriva-ml:Dataset/RID="
                + dataset));
        assertThat(w.session.get().isDemo()).isTrue();
        assertThat(w.test.navigator.calls).containsExactly("open " + dataset);
    }
}
