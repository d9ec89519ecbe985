package org.provex.core.lineage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.ingest.CatalogIngestor;
import org.provex.core.catalog.DerivaMlModel;
import org.provex.core.demo.DemoCatalog;
import org.provex.core.demo.DemoCatalogGenerator;
import org.provex.core.demo.DemoOptions;
import tools.jackson.databind.node.ObjectNode;

/** The demo catalog loaded into a cache with its dataset members, and the RIDs of its label-audit story. */
final class DemoLineage {

    static final DemoCatalog DEMO = DemoCatalogGenerator.generate(DemoOptions.normal());

    private DemoLineage() {
    }

    /** A cache of the demo with members read from the demo's history. */
    static CacheDatabase cache(Path dir) throws IOException {
        CacheDatabase db = CacheDatabase.open(Files.createDirectories(dir).resolve("cache.db"));
        new CatalogIngestor(db).ingest(DEMO);
        new MemberSync(db, DerivaMlModel.discover(DEMO.schemaDocument()), DEMO).sync(s -> { }, () -> false);
        return db;
    }

    /** The RID of the demo dataset with this description. */
    static String dataset(String description) {
        return DEMO.rowsOf("deriva-ml:Dataset").stream()
                .filter(r -> description.equals(r.path("Description").asString(""))).findFirst()
                .orElseThrow().path("RID").asString();
    }

    /** The RID of a version of a dataset. */
    static String version(String datasetRid, String label) {
        return DEMO.rowsOf("deriva-ml:Dataset_Version").stream()
                .filter(r -> datasetRid.equals(r.path("Dataset").asString("")) && label.equals(r.path("Version")
                        .asString(""))).findFirst().orElseThrow().path("RID").asString();
    }

    /** The RID of the execution with this description (the first one). */
    static String execution(String description) {
        return executions().stream().filter(r -> r.path("Description").asString("").startsWith(description))
                .findFirst().orElseThrow().path("RID").asString();
    }

    static List<ObjectNode> executions() {
        return DEMO.rowsOf("deriva-ml:Execution");
    }

    static final String TRAIN = "CIFAR-10 label audit: training images";
    static final String TEST = "CIFAR-10 label audit: testing images";
    static final String SPLIT = "CIFAR-10 label audit split";
    static final String HARD = "CIFAR-10 hard examples mined from the label audit";
}
