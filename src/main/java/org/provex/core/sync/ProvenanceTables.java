package org.provex.core.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.provex.core.cache.MetaKeys;
import org.provex.core.catalog.AssetTableInfo;
import org.provex.core.catalog.DerivaMlModel;
import org.provex.core.catalog.TableRef;
import org.provex.core.catalog.TypeAssociation;
import org.provex.core.catalog.WorkflowTypeSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog tables a sync mirrors for one model: every table the cache load reads (workflows, executions,
 * datasets, versions, nesting, every asset table with its type and execution associations, the type vocabularies,
 * Dataset_Execution), in load order, limited to the tables the model has. The model fingerprint digests these tables
 * and their columns: when it changes, rows mirrored under the old model may lack what the new one needs, so an
 * incremental sync is not possible.
 */
final class ProvenanceTables {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProvenanceTables() {
    }

    static List<TableRef> of(DerivaMlModel model) {
        Set<TableRef> tables = new LinkedHashSet<>();
        tables.add(model.workflow());
        if (model.workflowTypes() instanceof WorkflowTypeSource.Association a) {
            add(tables, a.association());
        }
        tables.add(model.execution());
        model.executionExecution().ifPresent(tables::add);
        tables.add(model.dataset());
        model.datasetTypes().ifPresent(t -> add(tables, t));
        tables.add(model.datasetVersion());
        model.datasetDataset().ifPresent(tables::add);
        for (AssetTableInfo info : model.assetTables()) {
            tables.add(info.table());
            info.types().ifPresent(t -> add(tables, t));
            info.executions().ifPresent(e -> tables.add(e.association()));
        }
        model.datasetExecution().ifPresent(tables::add);
        return tables.stream().filter(model::hasTable).toList();
    }

    private static void add(Set<TableRef> tables, TypeAssociation types) {
        tables.add(types.vocabulary());
        tables.add(types.association());
    }

    /** The tables as {@link MetaKeys#MIRRORED_TABLES} keeps them. */
    static String listed(List<TableRef> tables) {
        return JSON.writeValueAsString(tables.stream().map(TableRef::qualified).toList());
    }

    /** The tables {@link #listed} wrote; empty when there is no list or it cannot be read (then nothing is guessed). */
    static List<TableRef> fromListed(String listed) {
        if (listed == null) {
            return List.of();
        }
        try {
            List<TableRef> tables = new ArrayList<>();
            for (JsonNode name : JSON.readTree(listed)) {
                tables.add(TableRef.parse(name.asString()));
            }
            return List.copyOf(tables);
        } catch (JacksonException | IllegalArgumentException e) {
            return List.of();
        }
    }

    /** A digest of the model's shape and of each mirrored table with its columns, in order. */
    static String fingerprint(DerivaMlModel model) {
        List<String> lines = new ArrayList<>();
        lines.add(model.shape());
        for (TableRef table : of(model)) {
            lines.add(table.qualified() + "=" + String.join(",", model.columns(table)));
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
