package org.provex.core.sync;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.provex.core.model.Snaptime;

/**
 * What one sync did.
 *
 * @param catalog the catalog, {@code host/id}
 * @param kind nothing to do, an incremental sync, or a full one
 * @param reason why a full sync was needed (empty otherwise)
 * @param previous the snapshot the cache reflected before, or null for a first sync
 * @param snaptime the snapshot the cache reflects now
 * @param tables per {@code schema:table}: rows read, inserted, updated and deleted
 * @param files what the file phase did: metadata file bodies downloaded (every one, or with {@code files} off in the
 *     options only the configuration.json files the load needs), already cached, left on demand, and the ones that
 *     could not be fetched, by name and why (they never fail the rows)
 * @param executions executions in the cache afterwards
 * @param warnings what the load noticed (skipped rows, files that could not be read), capped
 * @param requests HTTP requests the sync sent (files included)
 * @param elapsed wall-clock time
 */
public record SyncReport(String catalog, Kind kind, String reason, Snaptime previous, Snaptime snaptime,
                         Map<String, TableChanges> tables, MetadataFiles.Outcome files, long executions,
                         List<String> warnings, long requests, Duration elapsed) {

    /** How much work a sync did. */
    public enum Kind { UNCHANGED, INCREMENTAL, FULL }

    /** Row counts of one table. */
    public record TableChanges(long read, long inserted, long updated, long deleted) {

        public long changed() {
            return inserted + updated + deleted;
        }
    }

    public SyncReport {
        tables = Map.copyOf(tables);
        files = files == null ? MetadataFiles.Outcome.NONE : files;
        warnings = List.copyOf(warnings);
    }

    /** Metadata file bodies downloaded. */
    public long filesFetched() {
        return files.fetched();
    }

    public long bytesFetched() {
        return files.bytes();
    }

    /** Rows that came over the network. */
    /** The same report with more warnings (from work done after the rows were synced, such as dataset members). */
    public SyncReport withWarnings(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new SyncReport(catalog, kind, reason, previous, snaptime, tables, files, executions, all, requests,
                elapsed);
    }

    public long rowsRead() {
        return tables.values().stream().mapToLong(TableChanges::read).sum();
    }

    public long inserted() {
        return tables.values().stream().mapToLong(TableChanges::inserted).sum();
    }

    public long updated() {
        return tables.values().stream().mapToLong(TableChanges::updated).sum();
    }

    public long deleted() {
        return tables.values().stream().mapToLong(TableChanges::deleted).sum();
    }

    public TableChanges table(String qualified) {
        return tables.getOrDefault(qualified, new TableChanges(0, 0, 0, 0));
    }
}
