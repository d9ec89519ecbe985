package org.provex.core.demo;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.provex.core.model.Crockford32;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo's row store and catalog clock. It behaves like ERMrest on insert and update: RIDs come
 * from one catalog-wide sequence, RCT/RMT from a clock that only moves forward, RCB/RMB from the
 * writing client. Rows are kept as compact arrays, not JSON trees, because the benchmark mode holds
 * about a million of them; {@link #toJson} builds the entity JSON when a row is read.
 */
final class DemoTables {

    /** ERMrest's own timestamp form: always microseconds and an explicit {@code +00:00} offset. */
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'+00:00'").withZone(ZoneOffset.UTC);
    private static final int RID = 0;
    private static final int RCT = 1;
    private static final int RMT = 2;
    private static final int RCB = 3;
    private static final int RMB = 4;

    /** One table: its columns and rows in insertion (so RID) order. */
    record Table(String name, List<String> columns, Map<String, Integer> index, List<Object[]> rows) {
    }

    /** A row deleted at {@code at} (epoch microseconds). */
    private record Deleted(Object[] values, long at) {
    }

    /** A handle on one stored row. */
    record Row(Table table, Object[] values) {
        String rid() {
            return (String) values[RID];
        }

        Object get(String column) {
            return values[table.index().get(column)];
        }

        Instant created() {
            return micros((Long) values[RCT]);
        }

        Instant modified() {
            return micros((Long) values[RMT]);
        }
    }

    private final Map<String, Table> tables = new LinkedHashMap<>();
    /** Deleted rows per table, each with the time it was deleted, so that earlier snapshots can still be read. */
    private final Map<String, List<Deleted>> deleted = new HashMap<>();
    private final Random random;
    private long ridSequence;
    private long clock;

    DemoTables(Map<String, List<String>> columns, long firstRid, Instant start, long seed) {
        columns.forEach((name, cols) -> {
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < cols.size(); i++) {
                index.put(cols.get(i), i);
            }
            if (!List.of("RID", "RCT", "RMT", "RCB", "RMB").equals(cols.subList(0, Math.min(5, cols.size())))) {
                throw new IllegalArgumentException("system columns must come first in " + name);
            }
            tables.put(name, new Table(name, cols, index, new ArrayList<>()));
        });
        this.ridSequence = firstRid;
        this.clock = ChronoUnit.MICROS.between(Instant.EPOCH, start);
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    Map<String, Table> tables() {
        return tables;
    }

    /** The current catalog time. */
    Instant now() {
        return micros(clock);
    }

    /** Moves the clock to {@code t} if that is later (story beats are scheduled on a calendar). */
    void advanceTo(Instant t) {
        clock = Math.max(clock, ChronoUnit.MICROS.between(Instant.EPOCH, t));
        tick(1, 50);
    }

    /** Moves the clock by a random amount of milliseconds, like requests arriving one after another. */
    void tick(int minMillis, int maxMillis) {
        clock += 1000L * (minMillis + random.nextInt(maxMillis - minMillis + 1)) + random.nextInt(1000);
        // Postgres drops trailing zeros of the fraction; avoiding them keeps both renderings identical
        if (clock % 10 == 0) {
            clock += 7;
        }
    }

    /** Moves the clock by a span measured in seconds (a run, a download). */
    void elapse(double seconds) {
        clock += (long) (seconds * 1_000_000L);
        tick(1, 20);
    }

    /** Inserts a row at the current time; values are column/value pairs, missing columns are null. */
    Row insert(String table, String client, Object... pairs) {
        Table t = table(table);
        tick(2, 40);
        Object[] values = new Object[t.columns().size()];
        values[RID] = Crockford32.encode(ridSequence++);
        values[RCT] = clock;
        values[RMT] = clock;
        values[RCB] = client;
        values[RMB] = client;
        set(t, values, pairs);
        t.rows().add(values);
        return new Row(t, values);
    }

    /** Updates a row in place at the current time, as an ERMrest PUT would: RMT and RMB move. */
    void update(Row row, String client, Object... pairs) {
        tick(2, 40);
        set(row.table(), row.values(), pairs);
        row.values()[RMT] = clock;
        row.values()[RMB] = client;
    }

    /** Deletes a row at the current time, as an ERMrest DELETE would; snapshots before now still show it. */
    void delete(Row row) {
        tick(2, 40);
        if (!row.table().rows().remove(row.values())) {
            throw new IllegalArgumentException("no row " + row.rid() + " in " + row.table().name());
        }
        deleted.computeIfAbsent(row.table().name(), k -> new ArrayList<>()).add(new Deleted(row.values(), clock));
    }

    /**
     * The rows of a table as a snapshot at {@code micros} shows them: created at or before then and not deleted by
     * then, in RID order. Values are the latest (rows updated in place are not rolled back), which is exact for
     * association tables, whose rows are only inserted and deleted.
     */
    List<Object[]> rowsAsOf(String table, long micros) {
        Table t = table(table);
        List<Object[]> rows = new ArrayList<>();
        for (Object[] r : t.rows()) {
            if ((Long) r[RCT] <= micros) {
                rows.add(r);
            }
        }
        for (Deleted d : deleted.getOrDefault(t.name(), List.of())) {
            if ((Long) d.values()[RCT] <= micros && d.at() > micros) {
                rows.add(d.values());
            }
        }
        rows.sort(java.util.Comparator.comparingLong(r -> (Long) r[RCT]));
        return rows;
    }

    private static void set(Table t, Object[] values, Object[] pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            Integer at = t.index().get((String) pairs[i]);
            if (at == null || at < 5) {
                throw new IllegalArgumentException("no writable column " + pairs[i] + " in " + t.name());
            }
            values[at] = pairs[i + 1];
        }
    }

    Table table(String name) {
        Table t = tables.get(name.indexOf(':') < 0 ? DemoSchema.ML + ":" + name : name);
        if (t == null) {
            throw new IllegalArgumentException("no table " + name);
        }
        return t;
    }

    /** The latest RMT of any row: the catalog's snaptime. */
    Instant latestChange() {
        long max = 0;
        for (Table t : tables.values()) {
            for (Object[] r : t.rows()) {
                max = Math.max(max, (Long) r[RMT]);
            }
        }
        for (List<Deleted> gone : deleted.values()) {
            for (Deleted d : gone) {
                max = Math.max(max, d.at());
            }
        }
        return micros(max);
    }

    /** The entity JSON ERMrest returns for a row: every column, nulls included, in column order. */
    static ObjectNode toJson(Table t, Object[] values) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        List<String> cols = t.columns();
        for (int i = 0; i < cols.size(); i++) {
            Object v = values[i];
            String c = cols.get(i);
            if (v == null) {
                node.putNull(c);
            } else if (i == RCT || i == RMT) {
                node.put(c, TIMESTAMP.format(micros((Long) v)));
            } else if (v instanceof String s) {
                node.put(c, s);
            } else if (v instanceof Long l) {
                node.put(c, l);
            } else if (v instanceof Integer n) {
                node.put(c, n);
            } else if (v instanceof Boolean b) {
                node.put(c, b);
            } else if (v instanceof JsonNode j) {
                node.set(c, j.deepCopy());
            } else {
                throw new IllegalStateException("unexpected value type " + v.getClass() + " in " + c);
            }
        }
        return node;
    }

    static Instant micros(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    static String timestamp(Instant t) {
        return TIMESTAMP.format(t);
    }
}
