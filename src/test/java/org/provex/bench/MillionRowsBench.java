package org.provex.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.provex.core.catalog.CatalogSource;
import org.provex.core.demo.DemoCatalog;
import org.provex.core.demo.DemoCatalogGenerator;
import org.provex.core.demo.DemoOptions;
import org.provex.core.io.SafeFiles;
import org.provex.core.model.Crockford32;
import org.provex.core.model.Snaptime;
import org.provex.testserver.DerivaTestServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A full sync of a catalog shape with N (default 1,000,000) Execution_Metadata rows (the demo plus generated
 * metadata rows of files that are not configuration files, so only rows travel) by the built jar in a process of
 * its own with a small heap, against the test server (not a DERIVA server). Prints wall time, peak resident memory
 * and the progress lines the CLI printed. Run: {@code java -Xmx6g -cp <test classpath>
 * org.provex.bench.MillionRowsBench [N] [jar] [client heap]}.
 */
public final class MillionRowsBench {

    private MillionRowsBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path jar = Path.of(args.length > 1 ? args[1] : "target/provex.jar").toAbsolutePath();
        String heap = args.length > 2 ? args[2] : "256m";
        Path dir = Files.createTempDirectory("provex-million-bench");
        try (DerivaTestServer server = DerivaTestServer.start()) {
            long t = System.nanoTime();
            server.publish(new WithMetadataRows(DemoCatalogGenerator.generate(DemoOptions.normal()), n));
            SyncBench.say("test server (not a DERIVA server): demo + %,d Execution_Metadata rows published in %.1f s",
                    n, (System.nanoTime() - t) / 1e9);
            Path home = dir.resolve("home");
            Command.run(home, List.of(SyncBench.java(), "-jar", jar.toString(), "catalog", "add", server.origin(),
                    DerivaTestServer.CATALOG_ID, "--name", "million"));
            Command.Result r = Command.run(home, List.of(SyncBench.java(), "-Xmx" + heap, "-jar", jar.toString(),
                    "--format", "json", "--catalog", "million", "sync", "--full", "--no-files"));   // rows only
            JsonNode report = JsonMapper.builder().build().readTree(r.out()).path(0);
            SyncBench.say("MILLION: provex sync --full with -Xmx%s: %.1f s wall, %.1f s CPU, peak RSS %.0f MB, "
                    + "%,d rows read, %d requests; load %.1f", heap, r.seconds(), r.cpuSeconds(), r.maxRssMb(),
                    report.path("rows_read").asLong(), report.path("requests").asLong(), SyncBench.load());
            r.err().lines().filter(l -> l.contains(" of ") || l.contains("Execution_Metadata"))
                    .forEach(l -> SyncBench.say("  stderr: %s", l));
        } finally {
            SafeFiles.deleteTree(dir);
        }
    }

    /** The demo, with {@code extra} generated rows appended to Execution_Metadata (generated as they are read). */
    private static final class WithMetadataRows implements CatalogSource {
        private static final DateTimeFormatter MICROS = DateTimeFormatter
                .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx").withZone(ZoneOffset.UTC);
        private final DemoCatalog demo;
        private final int extra;

        WithMetadataRows(DemoCatalog demo, int extra) {
            this.demo = demo;
            this.extra = extra;
        }

        @Override
        public String describe() {
            return demo.describe() + "+metadata";
        }

        @Override
        public String snaptime() {
            return demo.snaptime();
        }

        @Override
        public JsonNode schemaDocument() throws IOException {
            return demo.schemaDocument();
        }

        @Override
        public void rows(String schema, String table, Consumer<ObjectNode> consumer) throws IOException {
            demo.rows(schema, table, consumer);
            if (!table.equals("Execution_Metadata")) {
                return;
            }
            JsonMapper json = JsonMapper.builder().build();
            String when = MICROS.format(Snaptime.parse(demo.snaptime()).toInstant());
            for (int i = 0; i < extra; i++) {
                String md5 = String.format("%032x", i);
                ObjectNode row = json.createObjectNode();
                row.put("RID", Crockford32.encode(1_000_000_000L + 2L * i));
                row.put("RCT", when).put("RMT", when).put("RCB", "bench").put("RMB", "bench");
                row.put("URL", "/hatrac/Execution_Metadata/" + md5 + ".metrics.jsonl");
                row.put("Filename", "metrics-" + i + ".jsonl");
                row.put("Description", "per-epoch metrics, generated row " + i);
                row.put("Length", 1000 + i % 977);
                row.put("MD5", md5);
                consumer.accept(row);
            }
        }

        @Override
        public Optional<InputStream> openFile(String url) throws IOException {
            return demo.openFile(url);
        }
    }
}
