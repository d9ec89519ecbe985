package org.provex.core.cache.ingest;

import java.io.IOException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.provex.core.catalog.TableRef;
import org.provex.core.model.DatasetVersion;
import org.provex.core.model.ExecutionInput;
import org.provex.core.model.ExecutionInput.Source;
import org.provex.core.model.Rid;

/**
 * Loads {@code Dataset_Execution} as execution inputs with their pinned versions: from the row's
 * {@code Dataset_Version} column where the catalog has it (CATALOG); otherwise from the run's
 * configuration.json label matched to that dataset's {@code Dataset_Version} row (CONFIGURATION);
 * otherwise UNPINNED. On older catalogs the table also holds output edges; a row whose dataset the
 * run's configuration does not declare but whose version the run produced is skipped as an output.
 */
final class InputPins {

    private final LoadRun run;
    private final Map<Rid, RunConfiguration> configurations;
    private final Map<String, DatasetVersion> byLabel = new HashMap<>();

    InputPins(LoadRun run, Map<Rid, RunConfiguration> configurations) {
        this.run = run;
        this.configurations = configurations;
        for (DatasetVersion v : run.versions.values()) {
            if (v.version() != null) {
                byLabel.putIfAbsent(key(v.dataset(), v.version()), v);
            }
        }
    }

    void load() throws IOException, SQLException {
        if (run.model.datasetExecution().isEmpty()) {
            return;
        }
        TableRef table = run.model.datasetExecution().get();
        boolean catalogPins = run.model.datasetExecutionHasVersion();
        run.forEach(table, row -> {
            Rid dataset = RowValues.rid(row, "Dataset");
            Rid execution = RowValues.rid(row, "Execution");
            if (dataset == null || execution == null) {
                run.report.skip("incomplete", null);
                return;
            }
            Rid pinned = catalogPins ? RowValues.rid(row, "Dataset_Version") : null;
            ExecutionInput input = pinned != null ? fromCatalog(execution, dataset, pinned)
                    : fromConfiguration(execution, dataset, catalogPins);
            if (input != null) {
                run.stored(run.writer.input(input), table.qualified(), RowValues.text(row, "RID"));
            }
        });
    }

    private ExecutionInput fromCatalog(Rid execution, Rid dataset, Rid pinned) {
        DatasetVersion v = run.versions.get(pinned);
        if (v == null) {
            run.report.warn("Execution " + execution + " consumed dataset version " + pinned
                    + ", which is not in the catalog");
            return new ExecutionInput(execution, dataset, pinned, null, null, Source.CATALOG);
        }
        return new ExecutionInput(execution, dataset, pinned, v.version(), v.snapshot(), Source.CATALOG);
    }

    private ExecutionInput fromConfiguration(Rid execution, Rid dataset, boolean catalogPins) {
        RunConfiguration config = configurations.get(execution);
        if (config == null) {
            return unpinned(execution, dataset);
        }
        if (!catalogPins && !config.declares(dataset) && producedBy(dataset, execution)) {
            run.report.skip("output edge", null);
            return null;
        }
        String label = config.versionOf(dataset);
        if (label == null) {
            return unpinned(execution, dataset);
        }
        DatasetVersion v = byLabel.get(key(dataset, label));
        if (v == null) {
            run.report.warn("configuration.json of execution " + execution + " names version " + label
                    + " of dataset " + dataset + ", which the catalog has no Dataset_Version row for");
            return unpinned(execution, dataset);
        }
        return new ExecutionInput(execution, dataset, v.rid(), v.version(), v.snapshot(), Source.CONFIGURATION);
    }

    private boolean producedBy(Rid dataset, Rid execution) {
        return run.versions.values().stream()
                .anyMatch(v -> dataset.equals(v.dataset()) && execution.equals(v.execution()));
    }

    private static ExecutionInput unpinned(Rid execution, Rid dataset) {
        return new ExecutionInput(execution, dataset, null, null, null, Source.UNPINNED);
    }

    private static String key(Rid dataset, String label) {
        return dataset.value() + "@" + label;
    }
}
