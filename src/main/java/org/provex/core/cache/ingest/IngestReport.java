package org.provex.core.cache.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one load did.
 *
 * @param rowsPerTable  catalog rows read per {@code schema:table}
 * @param skipped       rows not stored per reason ({@code duplicate}, {@code dangling}, ...)
 * @param filesFetched  metadata file bodies downloaded and stored
 * @param bytesFetched  their total size
 * @param warnings      what a person may want to know, capped at {@link #MAX_WARNINGS} (the rest are counted)
 * @param moreWarnings  warnings left out of the list
 */
public record IngestReport(String source, String snaptime, Map<String, Long> rowsPerTable, Map<String, Long> skipped,
                           long filesFetched, long bytesFetched, List<String> warnings, long moreWarnings) {

    public static final int MAX_WARNINGS = 200;

    public IngestReport {
        rowsPerTable = Map.copyOf(rowsPerTable);
        skipped = Map.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    public long rows(String table) {
        return rowsPerTable.getOrDefault(table, 0L);
    }

    /** Collects the report while a load runs. */
    static final class Builder {
        private final Map<String, Long> rows = new LinkedHashMap<>();
        private final Map<String, Long> skipped = new LinkedHashMap<>();
        private final List<String> warnings = new ArrayList<>();
        private long moreWarnings;
        private long files;
        private long bytes;

        void row(String table) {
            rows.merge(table, 1L, Long::sum);
        }

        void skip(String reason, String warning) {
            skipped.merge(reason, 1L, Long::sum);
            if (warning != null) {
                warn(warning);
            }
        }

        void warn(String warning) {
            if (warnings.size() < MAX_WARNINGS) {
                warnings.add(warning);
            } else {
                moreWarnings++;
            }
        }

        void file(long length) {
            files++;
            bytes += length;
        }

        long rows(String table) {
            return rows.getOrDefault(table, 0L);
        }

        IngestReport build(String source, String snaptime) {
            return new IngestReport(source, snaptime, rows, skipped, files, bytes, warnings, moreWarnings);
        }
    }
}
