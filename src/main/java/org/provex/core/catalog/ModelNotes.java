package org.provex.core.catalog;

import java.util.ArrayList;
import java.util.List;

/** Writes the sentences that tell a person which provenance features a catalog cannot show, and why. */
final class ModelNotes {

    private ModelNotes() {
    }

    static List<String> describe(DerivaMlModel model) {
        List<String> notes = new ArrayList<>();
        if (model.executionStatusVocabulary().isEmpty()) {
            notes.add("This catalog has no Execution_Status vocabulary: execution statuses are free text and may use "
                    + "older names such as Initializing, Pending or Completed.");
        }
        if (model.executionExecution().isEmpty()) {
            notes.add("This catalog has no Execution_Execution table: sweeps (nested executions) are not recorded.");
        }
        durations(model, notes);
        WorkflowTypeSource workflowTypes = model.workflowTypes();
        if (workflowTypes instanceof WorkflowTypeSource.Column column) {
            notes.add("This catalog keeps workflow types in the older Workflow." + column.column() + " column "
                    + "instead of a Workflow_Workflow_Type table: each workflow shows at most one type.");
        } else if (workflowTypes instanceof WorkflowTypeSource.None) {
            notes.add("This catalog records no workflow types.");
        }
        datasets(model, notes);
        for (AssetTableInfo asset : model.assetTables()) {
            String name = asset.table().qualified();
            if (asset.executions().isEmpty() && asset.types().isEmpty()) {
                // Typically a domain table that predates deriva-ml: one sentence is enough.
                notes.add("The " + name + " asset table has no association with Execution or with asset types: its "
                        + "files are not linked to executions and show no types.");
                continue;
            }
            if (asset.executions().isEmpty()) {
                notes.add("The " + name + " asset table has no association with Execution: its files are not "
                        + "linked to the executions that used or produced them.");
            }
            if (asset.types().isEmpty()) {
                notes.add("The " + name + " asset table has no type association: its files show no asset types.");
            } else if (!asset.types().get().vocabulary().table().equals("Asset_Type")) {
                notes.add("The " + name + " asset table takes its types from the older "
                        + asset.types().get().vocabulary().table() + " vocabulary instead of Asset_Type.");
            }
        }
        return List.copyOf(notes);
    }

    private static void durations(DerivaMlModel model, List<String> notes) {
        if (!model.hasExecutionDurationColumns()) {
            notes.add(model.hasLegacyDurationColumn()
                    ? "This catalog records one Duration per execution instead of separate download, execution and "
                    + "upload times."
                    : "This catalog records no execution durations.");
            return;
        }
        if (!model.hasColumnDownloadDuration()) {
            notes.add("This catalog has no Execution.Download_Duration column: download times are not shown.");
        }
        if (!model.hasColumnExecutionDuration()) {
            notes.add("This catalog has no Execution.Execution_Duration column: run times are not shown.");
        }
        if (!model.hasColumnUploadDuration()) {
            notes.add("This catalog has no Execution.Upload_Duration column: upload times are not shown.");
        }
    }

    private static void datasets(DerivaMlModel model, List<String> notes) {
        if (!model.hasTable(model.dataset())) {
            notes.add("This catalog has no visible Dataset table: datasets are not shown.");
            return;
        }
        if (!model.hasTable(model.datasetVersion())) {
            notes.add("This catalog has no visible Dataset_Version table: dataset versions and the executions "
                    + "that produced them are not shown.");
        }
        if (model.datasetExecution().isEmpty()) {
            notes.add("This catalog has no Dataset_Execution table: the datasets an execution read are not "
                    + "recorded.");
        } else if (!model.datasetExecutionHasVersion()) {
            notes.add("Dataset_Execution has no Dataset_Version column: the exact version of each input dataset is "
                    + "not recorded, and some rows may be outputs rather than inputs.");
        }
        if (model.datasetDataset().isEmpty()) {
            notes.add("This catalog has no Dataset_Dataset table: nested datasets are not recorded.");
        }
        if (model.datasetTypes().isEmpty()) {
            notes.add("This catalog has no Dataset_Dataset_Type table: dataset types are not shown.");
        }
    }
}
