package org.provex.core.cache.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.ingest.CatalogIngestor;
import org.provex.core.demo.DemoCatalogGenerator;
import org.provex.core.demo.DemoOptions;
import org.provex.core.model.Rid;

/**
 * Pages read through the sort keys' indexes (values first, then the empty tail by RID) give exactly the rows of one
 * ORDER BY over the whole list, for every sort in both directions and with filters, read page after page or by
 * jumping to a row.
 */
class KeysetPagingTest {

    private static final int PAGE = 13;

    @TempDir
    static Path dir;
    private static CacheDatabase db;

    @BeforeAll
    static void load() throws Exception {
        db = CacheDatabase.open(dir.resolve("cache.db"));
        new CatalogIngestor(db).ingest(DemoCatalogGenerator.generate(new DemoOptions(150)));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void everyPageOfEverySortIsTheSliceOfOneOrderedList() {
        ExecutionQueries q = new ExecutionQueries(db);
        int emptyTails = 0;
        for (ExecutionFilter filter : List.of(ExecutionFilter.ALL, ExecutionFilter.ALL.withStatuses("Failed"),
                ExecutionFilter.ALL.withText("cifar"))) {
            for (ExecutionColumn column : ExecutionColumn.values()) {
                for (boolean asc : new boolean[] {true, false}) {
                    ExecutionSort sort = new ExecutionSort(column, asc);
                    List<Rid> all = ordered(filter, sort);
                    assertThat(q.count(filter)).isEqualTo(all.size());
                    emptyTails += hasEmptyTail(filter, sort) ? 1 : 0;
                    List<Rid> paged = new ArrayList<>();
                    ExecutionCursor after = null;
                    do {
                        ExecutionSlice slice = q.slice(filter, sort, after, PAGE);
                        slice.rows().forEach(r -> paged.add(r.rid()));
                        after = slice.next();
                    } while (after != null);
                    assertThat(paged).as("%s page after page", sort).isEqualTo(all);
                    for (int at = 0; at < all.size(); at += 11) {
                        List<Rid> jumped = q.slice(filter, sort, q.cursorBefore(filter, sort, at), PAGE).rows()
                                .stream().map(ExecutionRow::rid).toList();
                        assertThat(jumped).as("%s from row %d", sort, at)
                                .isEqualTo(all.subList(at, Math.min(all.size(), at + PAGE)));
                    }
                }
            }
        }
        assertThat(emptyTails).as("sorts whose list ends with empty values").isPositive();
    }

    /** The reference: one query ordering every matching row, empty values last. */
    private static List<Rid> ordered(ExecutionFilter filter, ExecutionSort sort) {
        List<Rid> all = new ArrayList<>();
        for (ExecutionRow row : new ExecutionQueries(db).list(filter, ExecutionSort.asc(ExecutionColumn.RID),
                Integer.MAX_VALUE, 0)) {
            all.add(row.rid());
        }
        String sql = "SELECT e.rid FROM execution e WHERE e.rid IN (SELECT value FROM json_each(?)) ORDER BY "
                + sort.column().orderBy(sort.ascending()) + ", e.rid " + (sort.ascending() ? "ASC" : "DESC");
        String json = "[" + String.join(",", all.stream().map(r -> "\"" + r.value() + "\"").toList()) + "]";
        return db.read(c -> {
            List<Rid> rids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, json);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rids.add(new Rid(rs.getString(1)));
                    }
                }
            }
            return rids;
        });
    }

    private static boolean hasEmptyTail(ExecutionFilter filter, ExecutionSort sort) {
        if (!sort.column().nullable()) {
            return false;
        }
        List<Rid> rids = new ArrayList<>(ordered(filter, sort));
        return !rids.isEmpty() && db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + sort.column().sql()
                    + " IS NULL FROM execution e WHERE e.rid = ?")) {
                ps.setString(1, rids.get(rids.size() - 1).value());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getInt(1) == 1;
                }
            }
        });
    }
}
