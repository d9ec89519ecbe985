package org.provex.core.lineage;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.MemberRows;
import org.provex.core.cache.MemberRows.State;
import org.provex.core.cache.MemberRows.VersionState;
import org.provex.core.catalog.DerivaMlModel;
import org.provex.core.catalog.MemberAssociation;
import org.provex.core.catalog.http.CatalogException;
import org.provex.core.model.Snaptime;
import org.provex.core.sync.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the members of every released dataset version at that version's snapshot into the cache, once: released
 * versions never change, so a later sync reads only versions it has not seen. Each version is stored as the change
 * against the dataset's previous stored version ({@link MemberRows}), in its own transaction, so an interrupted sync
 * keeps the versions it finished. A snapshot the catalog no longer holds is recorded as expired with nothing else
 * stored. Dev versions (no snapshot) are skipped: their members are still changing. Runs on the caller's thread.
 */
public final class MemberSync {

    private static final Logger LOG = LoggerFactory.getLogger(MemberSync.class);

    /** What a member sync did. */
    public record Report(int versionsRead, int versionsExpired, long membersRead, List<String> warnings) {
    }

    /** A released version of a dataset as the cache knows it. */
    private record Released(String rid, String dataset, String label, String snapshot, long micros) {
    }

    private final CacheDatabase db;
    private final DerivaMlModel model;
    private final MemberSource source;

    public MemberSync(CacheDatabase db, DerivaMlModel model, MemberSource source) {
        this.db = Objects.requireNonNull(db, "db");
        this.model = Objects.requireNonNull(model, "model");
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Reads every released version without member state.
     *
     * @param step told what is being read, for progress
     * @param cancelled checked between pages of members; a cancel keeps the versions already finished
     * @throws IOException for network and server failures other than an expired snapshot
     */
    public Report sync(Consumer<String> step, BooleanSupplier cancelled) throws IOException {
        if (model.memberAssociations().isEmpty()) {
            return new Report(0, 0, 0, List.of());
        }
        Map<String, List<Released>> byDataset = released();
        int read = 0;
        int expired = 0;
        long members = 0;
        List<String> warnings = new ArrayList<>();
        for (Map.Entry<String, List<Released>> e : byDataset.entrySet()) {
            List<Released> pending = pending(e.getKey(), e.getValue());
            for (Released v : pending) {
                checkCancelled(cancelled);
                step.accept("Reading the members of " + e.getKey() + " " + v.label() + " at snapshot " + v.snapshot());
                try {
                    members += store(v, cancelled);
                    read++;
                } catch (CatalogException.SnapshotExpired ex) {
                    expired++;
                    String why = "The catalog no longer holds snapshot " + v.snapshot() + " of version " + v.label()
                            + " (" + v.rid() + "); its members cannot be read.";
                    warnings.add(why);
                    db.updateMetadata(w -> {
                        w.memberRows().putVersion(new VersionState(v.rid(), v.dataset(), v.snapshot(), null,
                                State.EXPIRED, why));
                        return null;
                    });
                }
            }
        }
        LOG.info("Dataset members: {} versions read ({} members), {} snapshots expired", read, members, expired);
        return new Report(read, expired, members, warnings);
    }

    /**
     * The versions of a dataset still to read, in snapshot order. When a stored version vanished, changed its
     * snapshot or is older than a version not yet read, the dataset's stored chain is dropped and read again.
     */
    private List<Released> pending(String dataset, List<Released> versions) throws IOException {
        List<VersionState> known = db.read(c -> MemberRows.on(c).versionsOf(dataset));
        Map<String, Released> byRid = new LinkedHashMap<>();
        versions.forEach(v -> byRid.put(v.rid(), v));
        boolean stale = known.stream().anyMatch(k -> byRid.get(k.versionRid()) == null
                || !byRid.get(k.versionRid()).snapshot().equals(k.snapshot()));
        long lastStored = known.stream().filter(k -> k.state() == State.STORED)
                .mapToLong(k -> byRid.containsKey(k.versionRid()) ? byRid.get(k.versionRid()).micros() : 0)
                .max().orElse(Long.MIN_VALUE);
        List<String> knownRids = known.stream().map(VersionState::versionRid).toList();
        List<Released> missing = versions.stream().filter(v -> !knownRids.contains(v.rid())).toList();
        if (!stale && missing.stream().allMatch(v -> v.micros() > lastStored)) {
            return missing;
        }
        LOG.info("Member chain of dataset {} no longer matches the catalog's versions; reading it again", dataset);
        db.updateMetadata(w -> {
            w.memberRows().forgetDataset(dataset);
            return null;
        });
        return versions;
    }

    /** Reads and stores one version in one transaction; returns the members read. */
    private long store(Released v, BooleanSupplier cancelled) throws IOException {
        Snaptime at = Snaptime.parse(v.snapshot());
        return db.updateMetadata(w -> {
            MemberRows rows = w.memberRows();
            int previous = rows.versionsOf(v.dataset()).stream().filter(k -> k.state() == State.STORED)
                    .mapToInt(VersionState::seq).max().orElse(0);
            int seq = previous + 1;
            rows.putVersion(new VersionState(v.rid(), v.dataset(), v.snapshot(), seq, State.STORED, null));
            long total = 0;
            for (MemberAssociation a : model.memberAssociations()) {
                long set = rows.setId(v.dataset(), a.association().qualified(), a.memberTable().qualified());
                rows.startStaging();
                long[] n = {0};
                try {
                    Sql.carry(() -> source.members(a, v.dataset(), at, rid -> {
                        if (++n[0] % 10_000 == 0) {
                            checkCancelled(cancelled);
                        }
                        Sql.unchecked(() -> rows.stage(rid));
                    }));
                } catch (CatalogException.NotFound e) {
                    LOG.debug("{} did not exist at {}: no members there", a.association(), at);
                }
                rows.commitStaged(v.rid(), set, seq, previous);
                readDisplay(rows, a, at);
                total += n[0];
            }
            return total;
        });
    }

    /** Reads display values of the staged members seen for the first time, a page at a time. */
    private void readDisplay(MemberRows rows, MemberAssociation a, Snaptime at) throws IOException, SQLException {
        if (a.displayColumns().isEmpty()) {
            return;
        }
        String table = a.memberTable().qualified();
        String after = "";
        while (true) {
            List<String> page = rows.stagedWithoutRecord(table, after, 1_000);
            if (page.isEmpty()) {
                return;
            }
            List<String[]> found = new ArrayList<>();
            source.display(a, page, at, (rid, values) -> found.add(new String[] {rid, values.toString()}));
            for (String[] f : found) {
                rows.putRecord(table, f[0], f[1]);
            }
            after = page.get(page.size() - 1);
        }
    }

    private Map<String, List<Released>> released() {
        return db.read(c -> {
            Map<String, List<Released>> result = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT rid, dataset_rid, version, snapshot, "
                    + "snapshot_micros FROM dataset_version WHERE snapshot IS NOT NULL AND is_dev = 0 "
                    + "AND snapshot_micros IS NOT NULL ORDER BY dataset_rid, snapshot_micros, rid");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new Released(rs.getString(1),
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
                }
            }
            return result;
        });
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new MemberSyncCancelledException();
        }
    }
}
