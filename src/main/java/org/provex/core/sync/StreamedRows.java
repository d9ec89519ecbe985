package org.provex.core.sync;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.provex.core.cache.CacheException;
import org.provex.core.cache.SourceRows;
import org.provex.core.catalog.CatalogSource;
import org.provex.core.catalog.TableRef;
import org.provex.core.catalog.http.CatalogException;
import org.provex.core.catalog.http.ErmrestClient;
import org.provex.core.sync.SyncReport.TableChanges;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rows of a full sync as they arrive: each page from the {@link TablePrefetch} is stored as sent
 * ({@code source_row}, in batches, each row's text exactly as the server sent it, not written out again) and handed
 * to the load in the same pass, so every row is parsed once and no table is ever held whole. A table the load asks
 * for a second time is read back from what was stored. Serves no files: metadata rows are offered to the sync's
 * {@link SyncFiles} as they pass, so their downloads overlap the rows.
 */
final class StreamedRows implements CatalogSource {

    private final TablePrefetch prefetch;
    private final SourceRows store;
    private final SyncRun run;
    private final String catalog;
    private final String describe;
    private final String snaptime;
    private final List<TableRef> mirrored;
    private final StoredCatalogSource stored;
    private final Set<TableRef> read = new HashSet<>();
    private final SyncFiles files;
    private final Map<TableRef, List<String>> refColumns;

    StreamedRows(TablePrefetch prefetch, SourceRows store, SyncRun run, JsonNode schema, String catalog,
                 String snaptime, List<TableRef> mirrored, SyncFiles files, Map<TableRef, List<String>> refColumns) {
        this.files = files;
        this.refColumns = Map.copyOf(refColumns);
        this.prefetch = prefetch;
        this.store = store;
        this.run = run;
        this.catalog = catalog;
        this.describe = catalog + "@" + snaptime;
        this.snaptime = snaptime;
        this.mirrored = List.copyOf(mirrored);
        this.stored = new StoredCatalogSource(store, schema, describe, snaptime, new HashSet<>(mirrored));
    }

    @Override
    public String describe() {
        return describe;
    }

    @Override
    public String snaptime() {
        return snaptime;
    }

    @Override
    public JsonNode schemaDocument() {
        return stored.schemaDocument();
    }

    @Override
    public void rows(String schemaName, String table, Consumer<ObjectNode> consumer) throws IOException {
        TableRef ref = new TableRef(schemaName, table);
        if (!mirrored.contains(ref) || !read.add(ref)) {
            stored.rows(schemaName, table, consumer);   // not mirrored: fails there; read before: stored rows
            return;
        }
        String name = ref.qualified();
        List<String> refs = refColumns.getOrDefault(ref, List.of());
        run.listener.tableStarted(name, read.size(), mirrored.size());
        long n = 0;
        try {
            for (ErmrestClient.Page page; (page = prefetch.next(ref, run.cancelled, catalog)) != null; ) {
                for (int i = 0; i < page.rows().size(); i++) {
                    ObjectNode row = page.rows().get(i);
                    run.check();
                    n++;
                    run.rowRead();
                    String rid = row.path("RID").asString("");
                    if (!rid.isEmpty()) {
                        String[] to = RefreshScope.refs(refs, row);
                        store.append(name, rid, page.json().get(i), to[0], to[1]);
                        files.rowRead(ref, row);   // a metadata file starts downloading now
                        consumer.accept(row);
                    }
                }
            }
        } catch (SQLException e) {
            throw new CacheException("Storing the rows of " + ref + " failed: " + e.getMessage(), e);
        }
        run.tableRead(ref, new TableChanges(n, n, 0, 0));
    }

    /** Reads and stores the mirrored tables the load did not ask for. */
    void readRest() throws IOException {
        for (TableRef table : mirrored) {
            if (!read.contains(table)) {
                rows(table.schema(), table.table(), row -> { });
            }
        }
    }

    @Override
    public Optional<InputStream> openFile(String url) throws CatalogException {
        return Optional.empty();
    }
}
