package org.provex.core.sync;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.provex.core.cache.CacheWriter;
import org.provex.core.cache.SourceRows;
import org.provex.core.catalog.AssetTableInfo;
import org.provex.core.catalog.DerivaMlModel;
import org.provex.core.catalog.TableRef;
import org.provex.core.model.Rid;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an incremental sync loads again: the executions and assets that changed rows touch, found from each changed
 * or deleted row as it was and as it is (an execution row itself; both ends of a nesting row; the run of an input or
 * of a file link; an asset row and the asset of a type row), plus every execution linked to a reloaded asset. A
 * change to a table whose rows ripple across many runs (workflows, datasets, dataset versions, vocabularies and
 * their types) asks for a full rebuild from the stored rows instead.
 */
final class RefreshScope {

    /** How a mirrored table's rows relate to executions and assets; columns name the RIDs they hold. */
    enum Kind { EXECUTION, BY_EXECUTION, ASSET, BY_ASSET, VOCABULARY }

    /** A table's kind and the columns that hold execution (or asset) RIDs. */
    record Role(Kind kind, List<String> columns) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Executions loaded again whole: removed with their links, inputs and nesting, then read back in. */
    final Set<Rid> executions = new LinkedHashSet<>();
    /**
     * Executions of which only their own row changed (it was stored before and is still there) and nothing links
     * them to another change: their row is rewritten in place and what hangs off it stays as it is, since nothing an
     * execution row holds feeds the links, inputs, nesting or run version of that execution.
     */
    final Set<Rid> rowsOnly = new LinkedHashSet<>();
    final Set<Rid> assets = new LinkedHashSet<>();
    String fullRebuild;

    /** The role of every table a refresh can load part of; tables not listed ask for a full rebuild. */
    static Map<TableRef, Role> roles(DerivaMlModel model) {
        Map<TableRef, Role> roles = new LinkedHashMap<>();
        roles.put(model.execution(), new Role(Kind.EXECUTION, List.of()));
        model.executionExecution().ifPresent(t -> roles.put(t, new Role(Kind.BY_EXECUTION,
                List.of("Execution", "Nested_Execution"))));
        model.datasetExecution().ifPresent(t -> roles.put(t, new Role(Kind.BY_EXECUTION, List.of("Execution"))));
        for (AssetTableInfo info : model.assetTables()) {
            roles.put(info.table(), new Role(Kind.ASSET, List.of()));
            info.types().ifPresent(t -> roles.put(t.association(), new Role(Kind.BY_ASSET,
                    List.of(t.entityColumn()))));
            info.executions().ifPresent(e -> roles.put(e.association(), new Role(Kind.BY_EXECUTION,
                    List.of(e.executionColumn()))));
        }
        return roles;
    }

    /**
     * The link tables whose stored rows keep the RIDs a refresh selects them by ({@code source_row.ref1} and
     * {@code ref2}): the role columns, at most two per table.
     */
    static Map<TableRef, List<String>> refColumns(DerivaMlModel model) {
        Map<TableRef, List<String>> refs = new LinkedHashMap<>();
        roles(model).forEach((table, role) -> {
            if (!role.columns().isEmpty()) {
                refs.put(table, role.columns());
            }
        });
        return refs;
    }

    /** A row's values in {@code columns} as normalised RIDs ({@code ref1}, {@code ref2}), null where empty. */
    static String[] refs(List<String> columns, JsonNode row) {
        String[] refs = new String[2];
        for (int i = 0; i < columns.size() && i < refs.length; i++) {
            JsonNode v = row.get(columns.get(i));
            if (v != null && !v.isNull() && !v.isContainer() && !v.asString().isBlank()) {
                refs[i] = Rid.normalise(v.asString());
            }
        }
        return refs;
    }

    /** {@link #refs} of a row as stored (JSON text); no references when the text is not a JSON object. */
    static String[] refs(List<String> columns, String body) {
        try {
            return refs(columns, JSON.readTree(body));
        } catch (JacksonException e) {
            return new String[2];
        }
    }

    /**
     * The scope of a set of changes, read before they are applied to the stored rows (a deleted or changed row's
     * old values count too), plus {@code assets} to load again whatever changed (metadata files whose body arrived
     * since, say) and the runs linked to them.
     */
    static RefreshScope of(DerivaMlModel model, List<CatalogSync.Delta> deltas, SourceRows stored, CacheWriter writer,
                           Set<Rid> assets) throws SQLException {
        Map<TableRef, Role> roles = roles(model);
        RefreshScope scope = new RefreshScope();
        scope.assets.addAll(assets);
        for (CatalogSync.Delta delta : deltas) {
            if (delta.isEmpty()) {
                continue;
            }
            Role role = roles.get(delta.table());
            if (role == null) {
                scope.fullRebuild = delta.table().qualified() + " changed";
                return scope;
            }
            String name = delta.table().qualified();
            List<String> changed = new ArrayList<>(delta.upserts().keySet());
            changed.addAll(delta.deletions());
            for (String rid : changed) {
                if (role.kind() == Kind.EXECUTION && delta.replaced().contains(rid)) {
                    addRid(scope.rowsOnly, rid);   // stored and changed, not new nor deleted: nothing else to read
                    continue;
                }
                List<String> bodies = new ArrayList<>();
                stored.get(name, rid).ifPresent(bodies::add);
                Optional.ofNullable(delta.upserts().get(rid)).ifPresent(bodies::add);
                scope.add(role, rid, bodies);
            }
        }
        scope.executions.addAll(writer.linkedExecutions(scope.assets));
        scope.rowsOnly.removeAll(scope.executions);
        return scope;
    }

    /** Every execution whose row is read again, whole or in place. */
    Set<Rid> executionRows() {
        Set<Rid> all = new LinkedHashSet<>(executions);
        all.addAll(rowsOnly);
        return all;
    }

    boolean needsFullRebuild() {
        return fullRebuild != null;
    }

    private void add(Role role, String rid, List<String> bodies) {
        switch (role.kind()) {
            case EXECUTION -> addRid(executions, rid);
            case ASSET -> addRid(assets, rid);
            case BY_EXECUTION -> bodies.forEach(b -> role.columns().forEach(c -> addRid(executions, value(b, c))));
            case BY_ASSET -> bodies.forEach(b -> role.columns().forEach(c -> addRid(assets, value(b, c))));
            default -> { }
        }
    }

    private static void addRid(Set<Rid> set, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        try {
            set.add(Rid.of(text));
        } catch (IllegalArgumentException e) {
            // not a RID: the load skips such a row as well
        }
    }

    private static String value(String body, String column) {
        try {
            JsonNode v = JSON.readTree(body).get(column);
            return v == null || v.isNull() || v.isContainer() ? null : v.asString();
        } catch (JacksonException e) {
            return null;
        }
    }
}
