package org.provex.core.cache.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.provex.core.cache.SearchGrams;

/**
 * The conditions of an executions filter over the execution row {@code e}; every value is a bound parameter. Each
 * condition has two forms: one for a read that starts from the filter (an uncorrelated {@code IN} that SQLite reads
 * once from the filter's own index) and one for a walk along a sort key's index that tests every entry it passes
 * (a probe per entry, or the rowid against a set read once).
 *
 * @param clauses the conditions, all of which must hold
 */
record FilterSql(List<Clause> clauses) {

    private static final int MIN_TRIGRAM = 3;
    /** The runs of a trigram query (words of three or more characters). */
    private static final String SEARCH = "SELECT rowid FROM execution_search WHERE execution_search MATCH ?";
    /** The runs of a query of the index of characters and pairs (shorter words; migration V7). */
    private static final String GRAMS = "SELECT rowid FROM execution_grams WHERE execution_grams MATCH ?";
    /** A lookup in the input index per entry of a walk costs about three entries read (measured at 100,000 runs). */
    private static final int PROBE_COST = 3;
    /** A test that reads the row: a walk costs more than a pass over the table whatever the filter matches. */
    static final int ROW_COST = Integer.MAX_VALUE;

    FilterSql {
        clauses = List.copyOf(clauses);
    }

    /**
     * One condition.
     *
     * @param sql     the condition for a read that starts from the filter (its terms may use any index)
     * @param walkSql the same condition for a walk along a sort key's index: tested on each entry, never used to
     *                seek (a seek on a later column of the sort index would skip around in it and lose its order)
     * @param params  its parameters, in order (the same for both forms)
     * @param column  the sort column whose index this condition narrows, or null
     * @param bound   a query with one row per run the condition matches, read from an index (counted up to a
     *                bound to choose between the two ways of reading), or null when no index answers it
     * @param walkCost what testing it on one entry of a walk costs, relative to reading the entry (1 when the
     *                 entry carries what it tests, more when it looks something up)
     * @param matches  for a condition that is "the rowid is one of a search index's answers": that search (its one
     *                 parameter is the clause's), so that the answers can be kept as a set ({@link MatchSets});
     *                 else null
     */
    record Clause(String sql, String walkSql, List<Object> params, ExecutionColumn column, String bound,
                  int walkCost, String matches) {

        Clause {
            params = List.copyOf(params);
        }

        Clause(String sql, String walkSql, List<Object> params, ExecutionColumn column, String bound, int walkCost) {
            this(sql, walkSql, params, column, bound, walkCost, null);
        }

        /** The same condition over a set of rowids kept in a table (no parameters). */
        static Clause inSet(String table) {
            String rows = "SELECT rowid FROM " + table;
            return new Clause("e.rowid IN (" + rows + ")", "+e.rowid IN (" + rows + ")", List.of(), null, rows, 1);
        }

        static Clause plain(String sql, List<Object> params, ExecutionColumn column) {
            return new Clause(sql, sql, params, column, null, 1);
        }

        /** A test of one column of the execution row: {@code e.column op}, read from that column's index. */
        static Clause column(String column, String op, List<Object> params, ExecutionColumn sortColumn) {
            return new Clause("e." + column + " " + op, "+e." + column + " " + op, params, sortColumn,
                    "SELECT 1 FROM execution e WHERE e." + column + " " + op, 1);
        }
    }

    boolean isEmpty() {
        return clauses.isEmpty();
    }

    static FilterSql of(ExecutionFilter f) {
        List<Clause> clauses = new ArrayList<>();
        if (!f.statuses().isEmpty()) {
            clauses.add(Clause.column("status", "IN (" + placeholders(f.statuses()) + ")",
                    new ArrayList<>(f.statuses().stream().sorted().toList()), ExecutionColumn.STATUS));
        }
        if (!f.workflows().isEmpty()) {
            clauses.add(Clause.column("workflow_rid", "IN (" + placeholders(f.workflows()) + ")",
                    new ArrayList<>(f.workflows().stream().sorted().toList()), null));
        }
        if (f.inputDataset() != null) {
            String version = f.inputVersion() == null ? "" : " AND i.dataset_version_rid = ?";
            List<Object> params = new ArrayList<>();
            params.add(f.inputDataset());
            if (f.inputVersion() != null) {
                params.add(f.inputVersion());
            }
            String inputs = "FROM execution_input i WHERE i.dataset_rid = ?" + version;
            clauses.add(new Clause("e.rid IN (SELECT i.execution_rid " + inputs + ")",
                    "EXISTS (SELECT 1 FROM execution_input i WHERE i.execution_rid = e.rid AND i.dataset_rid = ?"
                            + version + ")", params, null, "SELECT 1 " + inputs, PROBE_COST));
        }
        if (f.createdFrom() != null) {
            clauses.add(Clause.column("rct", ">= ?", List.of(f.createdFrom()), ExecutionColumn.CREATED));
        }
        if (f.createdBefore() != null) {
            clauses.add(Clause.column("rct", "< ?", List.of(f.createdBefore()), ExecutionColumn.CREATED));
        }
        text(f.text(), clauses);
        return new FilterSql(clauses);
    }

    /**
     * Every word must occur in the description, status detail or workflow name (case-insensitive substrings), or be
     * the start of the run's RID ({@link RidPrefix}). Words of three or more characters go through the trigram index
     * as quoted phrases (so FTS syntax in the user's text is inert), shorter words through the index of characters
     * and pairs ({@link SearchGrams}); a short word that index cannot answer falls back to an escaped LIKE.
     */
    private static void text(String text, List<Clause> clauses) {
        if (text == null || text.isBlank()) {
            return;
        }
        List<String> phrases = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            List<String> rid = RidPrefix.spellings(word);
            Clause clause;
            if (word.codePointCount(0, word.length()) >= MIN_TRIGRAM) {
                String phrase = "\"" + word.replace("\"", "\"\"") + "\"";
                if (rid.isEmpty()) {
                    phrases.add(phrase);
                    continue;
                }
                clause = indexed(SEARCH, phrase);
            } else {
                clause = SearchGrams.query(word).map(q -> indexed(GRAMS, q)).orElseGet(() -> like(word));
            }
            clauses.add(rid.isEmpty() ? clause : either(clause, ridPrefix(rid)));
        }
        if (!phrases.isEmpty()) {
            clauses.add(indexed(SEARCH, String.join(" AND ", phrases)));
        }
    }

    /** Runs whose rowid an FTS5 query gives (read once as a set, also when a walk tests its entries). */
    private static Clause indexed(String search, String query) {
        return new Clause("e.rowid IN (" + search + ")", "+e.rowid IN (" + search + ")", List.of(query), null,
                search, 1, search);
    }

    /** A word no index answers: LIKE over the three texts, a read of each row it tests. */
    private static Clause like(String word) {
        String like = "%" + word.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        String sql = "(e.description LIKE ? ESCAPE '\\' OR e.status_detail LIKE ? ESCAPE '\\' "
                + "OR e.workflow_name LIKE ? ESCAPE '\\')";
        // a walk would read every row it passes: read from the filter's side (one pass over the table)
        return new Clause(sql, sql, List.of(like, like, like), null, null, ROW_COST);
    }

    /** Runs whose RID starts with one of these spellings: a range of the RID's index each. */
    private static Clause ridPrefix(List<String> spellings) {
        List<Object> patterns = new ArrayList<>();
        spellings.forEach(s -> patterns.add(s + "*"));
        String any = String.join(" OR ", Collections.nCopies(patterns.size(), "e.rid GLOB ?"));
        return new Clause("(" + any + ")", "(" + any.replace("e.rid", "+e.rid") + ")", patterns, null,
                "SELECT e.rowid FROM execution e WHERE " + any, 1);
    }

    /** Either condition. Its count (to choose how to read) adds up both, which may count a run twice. */
    private static Clause either(Clause a, Clause b) {
        List<Object> params = new ArrayList<>(a.params());
        params.addAll(b.params());
        String bound = a.bound() == null || b.bound() == null ? null : a.bound() + " UNION ALL " + b.bound();
        return new Clause("(" + a.sql() + " OR " + b.sql() + ")", "(" + a.walkSql() + " OR " + b.walkSql() + ")",
                params, null, bound, Math.max(a.walkCost(), b.walkCost()));
    }

    /** The conditions for a read that starts from the filter, joined with AND. */
    static String sql(List<Clause> clauses) {
        return join(clauses.stream().map(Clause::sql).toList());
    }

    /** The conditions for a walk along a sort index, joined with AND. */
    static String walkSql(List<Clause> clauses) {
        return join(clauses.stream().map(Clause::walkSql).toList());
    }

    static List<Object> params(List<Clause> clauses) {
        List<Object> params = new ArrayList<>();
        clauses.forEach(c -> params.addAll(c.params()));
        return params;
    }

    /** {@code " WHERE a AND b"}, or nothing. */
    static String where(String joined) {
        return joined.isEmpty() ? "" : " WHERE " + joined;
    }

    private static String join(List<String> conditions) {
        return String.join(" AND ", conditions);
    }

    static String placeholders(Collection<?> values) {
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }
}
