package org.provex.core.lineage;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.MemberRows;
import org.provex.core.cache.MemberRows.MemberSet;
import org.provex.core.cache.MemberRows.VersionState;
import org.provex.core.cache.query.Rows;
import org.provex.core.model.Pep440Version;
import org.provex.core.model.Rid;

/**
 * Dataset members from the cache: the members of one version and the members added and removed between two
 * versions, per member table, counts first. Reads stream from SQLite a page at a time, so a million members are
 * never held at once.
 */
public final class DatasetMembers {

    /** A version of a dataset named by the user. */
    public record VersionRef(String datasetRid, String datasetLabel, String versionRid, String version,
                             String snapshot) {
    }

    /** One side of a question: readable (its members are stored) or not, with why. */
    public record Side(VersionRef ref, Integer seq, boolean readable, String problem) {
    }

    /** The counts of one member table: members at each side, and the change between them. */
    public record TableCounts(long setId, String association, String memberTable, long membersFrom,
                              long membersTo, long added, long removed) {
    }

    /** The answer's head: both sides and, when both are readable, counts per member table. */
    public record Diff(Side from, Side to, List<TableCounts> tables) {

        public boolean readable() {
            return from.readable() && to.readable();
        }
    }

    /** A member row: its RID and its display values (a JSON object as text, {@code {}} when none are stored). */
    public record Member(String rid, String display) {
    }

    private static final int PAGE = 1_000;

    private final CacheDatabase db;

    public DatasetMembers(CacheDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * Resolves a dataset (RID in any spelling) and one of its versions (label such as {@code 0.2.0}, or the version
     * row's RID).
     *
     * @throws LineageException naming the problem (no such dataset, no such version, with the versions it has)
     */
    public VersionRef version(String dataset, String version) {
        String ds = Rid.normalise(dataset.strip());
        List<String[]> versions = db.read(c -> Rows.list(c, "SELECT v.rid, v.version, v.snapshot, d.description "
                + "FROM dataset d JOIN dataset_version v ON v.dataset_rid = d.rid WHERE d.rid = ? "
                + "ORDER BY v.version_order", rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4)}, ds));
        if (versions.isEmpty()) {
            boolean known = db.read(c -> Rows.first(c, "SELECT 1 FROM dataset WHERE rid = ?", rs -> 1, ds))
                    .isPresent();
            throw new LineageException(known ? "Dataset " + ds + " has no versions." : "There is no dataset " + ds
                    + " in this catalog's cache.");
        }
        String wanted = version.strip();
        for (String[] v : versions) {
            boolean sameVersion = v[1] != null && (v[1].equals(wanted) || samePep440(v[1], wanted));
            if (sameVersion || v[0].equals(Rid.normalise(wanted))) {
                return new VersionRef(ds, org.provex.core.cache.DatasetLabels.shortLabel(ds, v[3]), v[0], v[1], v[2]);
            }
        }
        throw new LineageException("Dataset " + ds + " has no version " + wanted + "; it has "
                + String.join(", ", versions.stream().map(v -> v[1]).toList()) + ".");
    }

    private static boolean samePep440(String a, String b) {
        try {
            return Pep440Version.parse(a).compareTo(Pep440Version.parse(b)) == 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether the members of a version can be read from the cache, and if not, why. */
    public Side side(VersionRef ref) {
        if (ref.snapshot() == null) {
            return new Side(ref, null, false, "Version " + ref.version() + " of " + ref.datasetRid() + " is a dev "
                    + "version with no snapshot: its members are still changing, so none are stored.");
        }
        Optional<VersionState> state = db.read(c -> MemberRows.on(c).version(ref.versionRid()));
        if (state.isEmpty()) {
            return new Side(ref, null, false, "The members of " + ref.datasetRid() + " " + ref.version()
                    + " have not been read yet; sync the catalog to read them at snapshot " + ref.snapshot() + ".");
        }
        if (state.get().state() == MemberRows.State.EXPIRED) {
            return new Side(ref, null, false, state.get().detail());
        }
        return new Side(ref, state.get().seq(), true, null);
    }

    /** Counts per member table between two versions of the same dataset (either order). */
    public Diff diff(VersionRef from, VersionRef to) {
        Side a = side(from);
        Side b = side(to);
        if (!a.readable() || !b.readable()) {
            return new Diff(a, b, List.of());
        }
        return db.read(c -> {
            MemberRows rows = MemberRows.on(c);
            Map<Long, MemberRows.Count> countsA = rows.counts(from.versionRid());
            Map<Long, MemberRows.Count> countsB = rows.counts(to.versionRid());
            List<TableCounts> tables = new ArrayList<>();
            for (MemberSet set : rows.setsOf(from.datasetRid())) {
                long[] n = a.seq() < b.seq() ? rows.changeCounts(set.id(), a.seq(), b.seq())
                        : flip(rows.changeCounts(set.id(), b.seq(), a.seq()));
                tables.add(new TableCounts(set.id(), set.association(), set.memberTable(), members(countsA, set),
                        members(countsB, set), n[0], n[1]));
            }
            return new Diff(a, b, tables);
        });
    }

    private static long[] flip(long[] counts) {
        return new long[] {counts[1], counts[0]};
    }

    private static long members(Map<Long, MemberRows.Count> counts, MemberSet set) {
        MemberRows.Count c = counts.get(set.id());
        return c == null ? 0 : c.members();
    }

    /**
     * Streams the added and removed members of one table of a readable diff, in RID order, at most {@code limit} of
     * each, a page at a time with their display values.
     */
    public void changes(Diff diff, TableCounts table, int limit, Consumer<Member> added, Consumer<Member> removed) {
        int from = Math.min(diff.from().seq(), diff.to().seq());
        int to = Math.max(diff.from().seq(), diff.to().seq());
        boolean forward = diff.from().seq() <= diff.to().seq();
        db.read(c -> {
            MemberRows rows = MemberRows.on(c);
            List<String[]> page = new ArrayList<>();
            int[] seen = {0, 0};
            rows.changes(table.setId(), from, to, (rid, sign) -> {
                boolean joined = (sign > 0) == forward;
                if (seen[joined ? 0 : 1]++ < limit) {
                    page.add(new String[] {rid, joined ? "+" : "-"});
                }
                if (page.size() == PAGE) {
                    flush(rows, table.memberTable(), page, added, removed);
                }
            });
            flush(rows, table.memberTable(), page, added, removed);
            return null;
        });
    }

    private static void flush(MemberRows rows, String memberTable, List<String[]> page, Consumer<Member> added,
                              Consumer<Member> removed) throws SQLException {
        Map<String, String> display = rows.display(memberTable, page.stream().map(r -> r[0]).toList());
        for (String[] r : page) {
            (r[1].equals("+") ? added : removed).accept(new Member(r[0], display.getOrDefault(r[0], "{}")));
        }
        page.clear();
    }

    /** A page of one member table's members at a readable version, after {@code afterRid} (null: from the start). */
    public List<Member> members(Side side, long setId, String memberTable, String afterRid, int limit) {
        List<String> rids = db.read(c -> MemberRows.on(c).members(setId, side.seq(), afterRid, limit));
        Map<String, String> display = display(memberTable, rids);
        return rids.stream().map(r -> new Member(r, display.getOrDefault(r, "{}"))).toList();
    }

    /** The member tables of a readable version with their member counts. */
    public List<TableCounts> tables(Side side) {
        return db.read(c -> {
            MemberRows rows = MemberRows.on(c);
            Map<Long, MemberRows.Count> counts = rows.counts(side.ref().versionRid());
            List<TableCounts> tables = new ArrayList<>();
            for (MemberSet set : rows.setsOf(side.ref().datasetRid())) {
                MemberRows.Count n = counts.get(set.id());
                tables.add(new TableCounts(set.id(), set.association(), set.memberTable(), 0,
                        n == null ? 0 : n.members(), n == null ? 0 : n.added(), n == null ? 0 : n.removed()));
            }
            return tables;
        });
    }

    private Map<String, String> display(String memberTable, List<String> rids) {
        return db.read(c -> MemberRows.on(c).display(memberTable, rids));
    }
}
