package org.provex.core.cache.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.model.Rid;

/** Executions by RID as list rows (status, description, workflow), e.g. the jobs of a sweep for a detail page. */
public final class ExecutionLookup {

    /** SQLite's default limit on bound parameters is far higher; smaller chunks keep statements short. */
    private static final int CHUNK = 500;

    private final CacheDatabase db;

    public ExecutionLookup(CacheDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** The rows of the given executions that are in the cache, keyed by RID in the order asked. */
    public Map<Rid, ExecutionRow> rows(Collection<Rid> rids) {
        List<Rid> wanted = rids.stream().distinct().toList();
        Map<Rid, ExecutionRow> found = new LinkedHashMap<>();
        for (int from = 0; from < wanted.size(); from += CHUNK) {
            List<Rid> chunk = wanted.subList(from, Math.min(wanted.size(), from + CHUNK));
            String sql = "SELECT " + ExecutionQueries.ROW_COLUMNS + ExecutionQueries.FROM + " WHERE e.rid IN ("
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")";
            List<Object> params = new ArrayList<>(chunk);
            for (ExecutionRow row : db.read(c -> ExecutionQueries.rows(c, sql, params))) {
                found.put(row.rid(), row);
            }
        }
        Map<Rid, ExecutionRow> ordered = new LinkedHashMap<>();
        wanted.forEach(r -> {
            if (found.containsKey(r)) {
                ordered.put(r, found.get(r));
            }
        });
        return ordered;
    }
}
