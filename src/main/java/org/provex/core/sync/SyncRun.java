package org.provex.core.sync;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.provex.core.catalog.TableRef;
import org.provex.core.catalog.http.DerivaHttp;
import org.provex.core.model.Snaptime;
import org.provex.core.sync.SyncReport.TableChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One sync's listener, cancel flag and counters, and the report they add up to. */
final class SyncRun {

    private static final Logger LOG = LoggerFactory.getLogger(SyncRun.class);
    private static final int ROW_REPORT_BATCH = 500;

    private final String catalog;
    private final DerivaHttp http;

    final SyncListener listener;
    final BooleanSupplier cancelled;
    final long started = System.nanoTime();
    final long requestsBefore;
    final Map<String, TableChanges> tables = new LinkedHashMap<>();
    long pendingRows;
    MetadataFiles.Outcome files = MetadataFiles.Outcome.NONE;

    SyncRun(String catalog, DerivaHttp http, SyncListener listener, BooleanSupplier cancelled) {
        this.catalog = catalog;
        this.http = http;
        this.requestsBefore = http.requestCount();
        this.listener = Objects.requireNonNull(listener, "listener");
        this.cancelled = Objects.requireNonNull(cancelled, "cancelled");
    }

    void check() {
        if (cancelled.getAsBoolean()) {
            throw new SyncCancelledException(catalog);
        }
    }

    synchronized void rowRead() {
        if (++pendingRows >= ROW_REPORT_BATCH) {
            listener.rowsRead(pendingRows);
            pendingRows = 0;
        }
    }

    synchronized void tableRead(TableRef table, TableChanges changes) {
        if (pendingRows > 0) {
            listener.rowsRead(pendingRows);
            pendingRows = 0;
        }
        tables.put(table.qualified(), changes);
        listener.tableFinished(table.qualified(), changes.read());
    }

    synchronized SyncReport report(SyncReport.Kind kind, String reason, Snaptime before, Snaptime now,
                                   long executions, List<String> warnings) {
        SyncReport report = new SyncReport(catalog, kind, reason, before, now, tables, files, executions, warnings,
                http.requestCount() - requestsBefore,
                Duration.ofNanos(System.nanoTime() - started));
        LOG.info("Synced {} ({}): {} rows read, {} inserted, {} updated, {} deleted, {} files fetched ({} failed), "
                + "{} requests, {} ms", catalog, kind, report.rowsRead(), report.inserted(), report.updated(),
                report.deleted(), files.fetched(), files.failed(), report.requests(), report.elapsed().toMillis());
        return report;
    }
}
