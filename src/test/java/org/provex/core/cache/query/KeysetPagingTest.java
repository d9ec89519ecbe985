package org.provex.core.cache.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.provex.core.cache.Jdbc;
import org.provex.core.model.Rid;

/**
 * Pages read through the sort keys' indexes (values first, then the empty tail by RID) give exactly the rows of one
 * ORDER BY over the whole list, for every sort in both directions and with every kind of filter, read page after page
 * or by jumping to a row, whether the reader walks the sort key's index or starts from the filter.
 */
class KeysetPagingTest extends DemoCacheTest {

    private static final int PAGE = 13;

    @Test
    void everyPageOfEverySortIsTheSliceOfOneOrderedList() {
        int emptyTails = 0;
        for (ExecutionFilter filter : filters()) {
            for (ExecutionColumn column : ExecutionColumn.values()) {
                for (boolean asc : new boolean[] {true, false}) {
                    ExecutionSort sort = new ExecutionSort(column, asc);
                    List<Rid> all = ordered(filter, sort);
                    emptyTails += hasEmptyTail(filter, sort) ? 1 : 0;
                    // along the sort key's index, from the filter's side, and as the reader chooses
                    for (ExecutionQueries q : List.of(new ExecutionQueries(db, WALK), new ExecutionQueries(db,
                            FROM_FILTER), new ExecutionQueries(db))) {
                        assertThat(q.count(filter)).isEqualTo(all.size());
                        List<Rid> paged = new ArrayList<>();
                        ExecutionCursor after = null;
                        do {
                            ExecutionSlice slice = q.slice(filter, sort, after, PAGE);
                            slice.rows().forEach(r -> paged.add(r.rid()));
                            after = slice.next();
                        } while (after != null);
                        assertThat(paged).as("%s %s page after page", filter, sort).isEqualTo(all);
                        // by jumps from the top, and from positions found every 7 rows (half of them, then all)
                        ExecutionPositions positions = new ExecutionPositions(q, filter, sort, 7);
                        for (int i = 0; i < all.size() / 7 / 2; i += ExecutionPositions.PER_STEP) {
                            positions.extend();
                        }
                        for (int round = 0; round < 2; round++) {
                            for (int at = round; at < all.size(); at += 5) {
                                List<Rid> jumped = q.slice(filter, sort, q.cursorBefore(filter, sort, at), PAGE)
                                        .rows().stream().map(ExecutionRow::rid).toList();
                                List<Rid> expected = all.subList(at,
                                        Math.min(all.size(), at + PAGE));
                                assertThat(jumped).as("%s %s from row %d", filter, sort, at).isEqualTo(expected);
                                assertThat(q.slice(filter, sort, positions.cursorBefore(at), PAGE).rows().stream()
                                        .map(ExecutionRow::rid).toList())
                                        .as("%s %s from row %d by positions", filter, sort, at).isEqualTo(expected);
                            }
                            while (positions.extend()) {
                                assertThat(positions.reach()).isLessThanOrEqualTo(all.size());
                            }
                            assertThat(positions.complete()).isTrue();
                        }
                    }
                }
            }
        }
        assertThat(emptyTails).as("sorts whose list ends with empty values").isPositive();
    }

    /** Every kind of filter, each matching some runs but not all (checked), and some together. */
    private static List<ExecutionFilter> filters() {
        Rid workflow = new LookupQueries(db).workflows().stream().max((a, b) -> Long.compare(a.executionCount(),
                b.executionCount())).orElseThrow().workflow().rid();
        Rid dataset = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT dataset_rid FROM execution_input "
                    + "GROUP BY dataset_rid ORDER BY count(*) DESC LIMIT 1"); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Rid(rs.getString(1)) : null;
            }
        });
        java.time.Instant newest = new ExecutionQueries(db).list(ExecutionFilter.ALL, ExecutionSort.NEWEST_FIRST, 1, 0)
                .get(0).created();
        List<ExecutionFilter> filters = List.of(ExecutionFilter.ALL, ExecutionFilter.ALL.withStatuses("Failed"),
                ExecutionFilter.ALL.withStatuses("Uploaded", "Failed"), ExecutionFilter.ALL.withText("cifar"),
                ExecutionFilter.ALL.withText("ci"), ExecutionFilter.ALL.withText("1-AS"),
                ExecutionFilter.ALL.withText("1-AS cifar"), ExecutionFilter.ALL.withWorkflows(workflow),
                ExecutionFilter.ALL.withInput(dataset, null),
                ExecutionFilter.ALL.withCreated(newest.minusSeconds(40L * 86_400), null),
                ExecutionFilter.ALL.withStatuses("Uploaded").withWorkflows(workflow).withInput(dataset, null)
                        .withText("cifar"));
        int runs = (int) new ExecutionQueries(db).count(ExecutionFilter.ALL);
        for (ExecutionFilter f : filters.subList(1, filters.size())) {
            assertThat(ordered(f, ExecutionSort.NEWEST_FIRST).size()).as("%s", f).isPositive().isLessThan(runs);
        }
        return filters;
    }

    /** The reference: one query ordering every matching row, empty values last. */
    private static List<Rid> ordered(ExecutionFilter filter, ExecutionSort sort) {
        List<FilterSql.Clause> clauses = FilterSql.of(filter).clauses();
        String sql = "SELECT e.rid FROM execution e" + FilterSql.where(FilterSql.sql(clauses)) + " ORDER BY "
                + sort.column().orderBy(sort.ascending()) + ", e.rid " + (sort.ascending() ? "ASC" : "DESC");
        return db.read(c -> {
            List<Rid> rids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Jdbc.bind(ps, FilterSql.params(clauses).toArray());
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
