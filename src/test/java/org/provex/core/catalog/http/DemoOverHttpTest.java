package org.provex.core.catalog.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.provex.core.catalog.TableRef;
import org.provex.core.demo.DemoCatalog;
import org.provex.core.demo.DemoCatalogGenerator;
import org.provex.core.demo.DemoOptions;
import org.provex.core.model.Snaptime;
import tools.jackson.databind.node.ObjectNode;

/** The embedded demo catalog served over HTTP and read back through ErmrestCatalogSource: nothing lost or changed. */
class DemoOverHttpTest extends LiveFixture {

    @Test
    void readsTheWholeDemoBackOverHttp() throws IOException {
        DemoCatalog demo = DemoCatalogGenerator.generate(DemoOptions.normal());
        server.publish(demo);
        ErmrestCatalogSource source = new ErmrestCatalogSource(new ErmrestClient(http(Credentials.none())),
                new HatracClient(http(Credentials.none())), Snaptime.parse(demo.snaptime()), 50);

        assertThat(source.snaptime()).isEqualTo(Snaptime.parse(demo.snaptime()).value());
        for (String name : demo.tableNames()) {
            TableRef table = TableRef.parse(name);
            List<ObjectNode> rows = new ArrayList<>();
            source.rows(table.schema(), table.table(), rows::add);
            // compared as JSON text: the demo holds int8 values as LongNode, parsing gives IntNode, and
            // JsonNode.equals tells those apart although ERMrest would send the same bytes
            assertThat(rows.stream().map(ObjectNode::toString)).as(name)
                    .containsExactlyElementsOf(byRid(demo.rowsOf(name)).stream().map(ObjectNode::toString).toList());
        }
        for (Map.Entry<String, byte[]> file : demo.files().entrySet()) {
            try (InputStream in = source.openFile(file.getKey()).orElseThrow()) {
                assertThat(in.readAllBytes()).as(file.getKey()).isEqualTo(file.getValue());
            }
        }
        assertThat(server.unboundedDataRequests()).isZero();
    }

    /** ERMrest's @sort(RID) is text order. */
    private static List<ObjectNode> byRid(List<ObjectNode> rows) {
        List<ObjectNode> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(r -> r.path("RID").asString()));
        return sorted;
    }
}
