package org.provex.core.catalog.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.provex.core.catalog.DerivaMlModel;
import org.provex.core.catalog.TableRef;
import org.provex.testserver.SeedCatalog;
import tools.jackson.databind.node.ObjectNode;

class ErmrestCatalogSourceTest extends LiveFixture {

    @Test
    void readsAPinnedCatalogBackCompletely() throws IOException {
        SeedCatalog seed = SeedCatalog.small(T1, 12);
        server.publish(seed);
        ErmrestCatalogSource source = ErmrestCatalogSource.atLatest(http(Credentials.none()));
        server.publish(seed.toBuilder(T2).build());   // a later change must not show through the pinned source

        assertThat(source.snaptime()).isEqualTo(T1.value());
        assertThat(source.describe()).isEqualTo("127.0.0.1:" + server.port() + "/1@" + T1);
        assertThat(DerivaMlModel.discover(source.schemaDocument())).isNotNull();
        for (TableRef table : List.of(SeedCatalog.WORKFLOW, SeedCatalog.EXECUTION, SeedCatalog.DATASET_VERSION,
                SeedCatalog.EXECUTION_METADATA)) {
            List<ObjectNode> rows = new ArrayList<>();
            source.rows(table.schema(), table.table(), rows::add);
            assertThat(rows).as(table.qualified()).isEqualTo(seed.rowsOf(table));
        }
        String url = seed.rowsOf(SeedCatalog.EXECUTION_METADATA).get(0).path("URL").asString();
        try (InputStream in = source.openFile(url).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(SeedCatalog.CONFIG_BYTES);
        }
        assertThat(source.openFile("https://github.com/org/repo/blob/abc/train.py")).isEmpty();
        source.schemaDocument();
        assertThat(server.count("/schema$")).isEqualTo(1);
        assertThat(server.unboundedDataRequests()).isZero();
    }
}
