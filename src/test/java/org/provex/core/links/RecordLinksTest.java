package org.provex.core.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.provex.core.catalog.TableRef;
import org.provex.core.catalog.http.CatalogLocation;
import org.provex.core.demo.DemoCatalog;
import org.provex.core.model.Rid;
import org.provex.core.model.Snaptime;

class RecordLinksTest {

    private static final Snaptime CACHED = Snaptime.parse("34W-ENNG-FJTG");
    private static final Snaptime RELEASED = Snaptime.parse("2PX-WS30-E58W");
    private static final Rid DATASET = Rid.of("1-abc4");
    private static final TableRef DATASET_TABLE = new TableRef("deriva-ml", "Dataset");

    private final RecordLinks links = RecordLinks.of(CatalogLocation.of("www.example.org", "1"), CACHED);

    @Test
    void citesAtTheCachedSnapshotByDefault() {
        assertThat(links.unavailableReason()).isEmpty();
        assertThat(links.citation(DATASET)).contains("https://www.example.org/id/1/1-ABC4@34W-ENNG-FJTG");
        assertThat(links.citation(DATASET, null)).isEqualTo(links.citation(DATASET));
    }

    @Test
    void citesAndOpensARecordAtItsOwnSnapshot() {
        assertThat(links.citation(DATASET, RELEASED)).contains("https://www.example.org/id/1/1-ABC4@2PX-WS30-E58W");
        assertThat(links.chaise(DATASET_TABLE, DATASET, RELEASED))
                .contains("https://www.example.org/chaise/record/#1@2PX-WS30-E58W/deriva-ml:Dataset/RID=1-ABC4");
        assertThat(links.chaise(DATASET_TABLE, DATASET, null)).isEqualTo(links.chaise(DATASET_TABLE, DATASET));
    }

    @Test
    void theDemoOffersNoLinksAndSaysWhy() {
        RecordLinks demo = RecordLinks.demo(CACHED);
        assertThat(demo.unavailableReason()).hasValueSatisfying(r -> assertThat(r).contains(DemoCatalog.HOST));
        assertThat(demo.citation(DATASET)).isEmpty();
        assertThat(demo.citation(DATASET, RELEASED)).isEmpty();
        assertThat(demo.chaise(DATASET_TABLE, DATASET, RELEASED)).isEmpty();
    }

    @Test
    void anUnsyncedCatalogHasNothingToCite() {
        RecordLinks unsynced = RecordLinks.of(CatalogLocation.of("www.example.org", "1"), null);
        assertThat(unsynced.unavailableReason()).isPresent();
        assertThat(unsynced.citation(DATASET, RELEASED)).isEmpty();
    }
}
