package org.provex.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.catalog.DerivaMlModel;
import org.provex.core.catalog.MemberAssociation;
import org.provex.core.demo.DemoCatalogGenerator;
import org.provex.core.demo.DemoOptions;
import org.provex.core.lineage.DatasetMembers;
import org.provex.core.lineage.MemberSource;
import org.provex.core.lineage.MemberSync;
import org.provex.core.model.Crockford32;
import org.provex.core.model.Snaptime;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Member sync and diff of one dataset with M members (default 1,000,000) over V versions (default 20); each version
 * drops the C oldest members and adds C new ones (default 10,000, i.e. 1% churn each way). The members come from a
 * generator standing in for the catalog (nothing is held: member i of version k is computed), so this measures the
 * cache side: staging, deltas, display records, file growth per version, diffs and pages; the HTTP read cost per row
 * is measured separately by the member sync test's server reads. Peak heap is sampled every 50 ms.
 * Run: {@code java -Xmx512m -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * org.provex.bench.MemberBench 1000000 20 10000}
 */
public final class MemberBench {

    private MemberBench() {
    }

    /** Version k (1-based) holds members [k*churn, k*churn + members). */
    record Generated(int members, int churn, Map<String, Integer> versionBySnapshot) implements MemberSource {
        @Override
        public void members(MemberAssociation a, String dataset, Snaptime at, Consumer<String> member) {
            if (!a.association().table().equals("Dataset_Image")) {
                return;
            }
            int k = versionBySnapshot.get(at.value());
            for (long i = (long) k * churn; i < (long) k * churn + members; i++) {
                member.accept(Crockford32.encode(5_000_000_000L + i));
            }
        }

        @Override
        public void display(MemberAssociation a, List<String> rids, Snaptime at, BiConsumer<String, ObjectNode> out) {
            for (String rid : rids) {
                long i = Crockford32.decode(rid) - 5_000_000_000L;
                out.accept(rid, JsonNodeFactory.instance.objectNode().put("Filename", "image_" + i + ".png")
                        .put("Image_Class", "class" + (i % 10)));
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int versions = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int churn = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        DerivaMlModel model = DerivaMlModel.discover(DemoCatalogGenerator.generate(DemoOptions.normal())
                .schemaDocument());
        Path dir = Files.createTempDirectory("member-bench");
        Path file = dir.resolve("cache.db");
        Map<String, Integer> bySnapshot = new HashMap<>();
        CacheDatabase.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.createStatement().execute("INSERT INTO dataset (rid, description) VALUES ('1-DS00', 'Big dataset')");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO dataset_version (rid, dataset_rid, version, "
                    + "snapshot, snapshot_micros) VALUES (?, '1-DS00', ?, ?, ?)")) {
                for (int k = 1; k <= versions; k++) {
                    Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L * k);
                    Snaptime snap = Snaptime.of(at);
                    bySnapshot.put(snap.value(), k);
                    ps.setString(1, "1-V" + String.format("%03d", k));
                    ps.setString(2, "0." + k + ".0");
                    ps.setString(3, snap.value());
                    ps.setLong(4, at.getEpochSecond() * 1_000_000L);
                    ps.executeUpdate();
                }
            }
        }
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        Generated source = new Generated(members, churn, bySnapshot);
        long total0 = System.nanoTime();
        try (CacheDatabase db = CacheDatabase.open(file)) {
            int[] done = {0};
            long[] t = {System.nanoTime()};
            new MemberSync(db, model, source).sync(step -> {
                if (done[0] > 0) {
                    report(done[0], t[0], db);
                }
                done[0]++;
                t[0] = System.nanoTime();
            }, () -> false);
            report(done[0], t[0], db);
            double syncSeconds = (System.nanoTime() - total0) / 1e9;
            System.out.printf(Locale.ROOT, "member sync: %d versions x %,d members in %.1f s; peak heap %.0f MB; "
                    + "cache %.1f MB (%.1f MB per version after the first)%n", versions, members, syncSeconds,
                    peak.get() / 1e6, bytes(db) / 1e6, (bytes(db) - firstVersionBytes) / 1e6 / Math.max(1,
                    versions - 1));
            DatasetMembers m = new DatasetMembers(db);
            timeDiff(m, "0.1.0", "0.2.0", true);
            timeDiff(m, "0.1.0", "0." + versions + ".0", false);
            timeDiff(m, "0." + versions + ".0", "0.1.0", false);
            DatasetMembers.Side last = m.side(m.version("1-DS00", "0." + versions + ".0"));
            DatasetMembers.TableCounts images = m.tables(last).stream()
                    .filter(x -> x.association().endsWith("Dataset_Image")).findFirst().orElseThrow();
            long p0 = System.nanoTime();
            m.members(last, images.setId(), images.memberTable(), null, 1000);
            double firstPage = (System.nanoTime() - p0) / 1e6;
            p0 = System.nanoTime();
            m.members(last, images.setId(), images.memberTable(), Crockford32.encode(5_000_000_000L
                    + (long) versions * churn + members / 2), 1000);
            System.out.printf(Locale.ROOT, "members page of 1,000 at version %d: first %.0f ms, middle %.0f ms; "
                    + "peak heap %.0f MB%n", versions, firstPage, (System.nanoTime() - p0) / 1e6, peak.get() / 1e6);
        }
        sampler.interrupt();
    }

    private static long firstVersionBytes;

    private static void report(int version, long started, CacheDatabase db) {
        long size = bytes(db);
        if (version == 1) {
            firstVersionBytes = size;
        }
        System.out.printf(Locale.ROOT, "version %2d stored in %5.1f s; cache files %.1f MB%n", version,
                (System.nanoTime() - started) / 1e9, size / 1e6);
    }

    private static void timeDiff(DatasetMembers m, String a, String b, boolean list) {
        long t0 = System.nanoTime();
        DatasetMembers.Diff diff = m.diff(m.version("1-DS00", a), m.version("1-DS00", b));
        DatasetMembers.TableCounts images = diff.tables().stream()
                .filter(x -> x.association().endsWith("Dataset_Image")).findFirst().orElseThrow();
        double counts = (System.nanoTime() - t0) / 1e6;
        long[] listed = {0};
        long t1 = System.nanoTime();
        if (list) {
            m.changes(diff, images, Integer.MAX_VALUE, x -> listed[0]++, x -> listed[0]++);
        }
        System.out.printf(Locale.ROOT, "diff %s -> %s: +%,d -%,d counted in %.0f ms%s%n", a, b, images.added(),
                images.removed(), counts, list ? String.format(Locale.ROOT, ", %,d rows listed with display "
                + "values in %.0f ms", listed[0], (System.nanoTime() - t1) / 1e6) : "");
    }

    /** The committed database size (pages in use times page size, WAL content included). */
    private static long bytes(CacheDatabase db) {
        return db.read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT (SELECT page_count FROM "
                    + "pragma_page_count()) * (SELECT page_size FROM pragma_page_size()) - (SELECT freelist_count "
                    + "FROM pragma_freelist_count()) * (SELECT page_size FROM pragma_page_size())")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
