package org.provex.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Discovery against the three real /schema dumps and the synthesized current (1.54) document. */
class DerivaMlModelFixturesTest {

    private static final String ML = "deriva-ml";

    private static TableRef ml(String table) {
        return new TableRef(ML, table);
    }

    private static TypeAssociation assetTypes(TableRef asset) {
        return new TypeAssociation(new TableRef(asset.schema(), asset.table() + "_Asset_Type"), asset.table(),
                "Asset_Type", ml("Asset_Type"), "Name");
    }

    private static ExecutionAssociation executions(TableRef asset) {
        return new ExecutionAssociation(new TableRef(asset.schema(), asset.table() + "_Execution"), asset.table(),
                "Execution", Optional.of("Asset_Role"));
    }

    private static void assertStandardAsset(DerivaMlModel model, TableRef asset) {
        assertThat(model.assetTable(asset)).contains(
                new AssetTableInfo(asset, Optional.of(executions(asset)), Optional.of(assetTypes(asset))));
    }

    @Test
    void freshCatalogHasAssociationsButNo154Columns() {
        DerivaMlModel model = DerivaMlModel.discover(SchemaFixtures.fresh());

        assertThat(model.mlSchema()).isEqualTo(ML);
        assertThat(model.domainSchemas()).isEmpty();
        assertThat(model.snaptime()).isEmpty();
        assertThat(model.workflowTypes()).isEqualTo(new WorkflowTypeSource.Association(new TypeAssociation(
                ml("Workflow_Workflow_Type"), "Workflow", "Workflow_Type", ml("Workflow_Type"), "Name")));
        assertThat(model.executionExecution()).contains(ml("Execution_Execution"));
        assertThat(model.executionExecutionSequenceColumn()).contains("Sequence");
        assertThat(model.executionStatusVocabulary()).contains(ml("Execution_Status"));
        assertThat(model.datasetExecution()).contains(ml("Dataset_Execution"));
        assertThat(model.datasetExecutionHasVersion()).isFalse();
        assertThat(model.datasetDataset()).contains(ml("Dataset_Dataset"));
        assertThat(model.datasetTypes()).contains(new TypeAssociation(ml("Dataset_Dataset_Type"), "Dataset",
                "Dataset_Type", ml("Dataset_Type"), "Name"));
        assertThat(model.hasExecutionDurationColumns()).isFalse();
        assertThat(model.hasLegacyDurationColumn()).isTrue();
        assertThat(model.columns(model.execution()))
                .containsExactly("RID", "RCT", "RMT", "RCB", "RMB", "Workflow", "Description", "Duration", "Status",
                        "Status_Detail");
        assertThat(model.assetTables()).extracting(AssetTableInfo::table)
                .containsExactly(ml("Execution_Metadata"), ml("Execution_Asset"), ml("File"));
        model.assetTables().forEach(a -> assertStandardAsset(model, a.table()));
        assertThat(model.shape()).isEqualTo("pre-1.54 (single Duration column)");
        assertThat(model.notes())
                .anyMatch(n -> n.contains("Dataset_Version column"))
                .anyMatch(n -> n.contains("one Duration per execution"))
                .noneMatch(n -> n.contains("Execution_Execution"))
                .noneMatch(n -> n.contains("Execution_Status"))
                .noneMatch(n -> n.contains("asset table"));
    }

    @Test
    void demoCatalogIsLegacy() {
        DerivaMlModel model = DerivaMlModel.discover(SchemaFixtures.demo());

        assertThat(model.domainSchemas()).containsExactly("test-schema");
        assertThat(model.snaptime()).contains("33Q-WXWN-SM7M");
        assertThat(model.executionStatusVocabulary()).isEmpty();
        assertThat(model.executionExecution()).isEmpty();
        assertThat(model.executionExecutionSequenceColumn()).isEmpty();
        assertThat(model.workflowTypes()).isEqualTo(new WorkflowTypeSource.Column("Workflow_Type"));
        assertThat(model.hasLegacyDurationColumn()).isTrue();
        assertThat(model.hasExecutionDurationColumns()).isFalse();
        assertThat(model.datasetExecution()).contains(ml("Dataset_Execution"));
        assertThat(model.datasetExecutionHasVersion()).isFalse();

        TableRef image = new TableRef("test-schema", "Image");
        assertThat(model.assetTables()).extracting(AssetTableInfo::table)
                .containsExactly(ml("Execution_Metadata"), ml("Execution_Asset"), ml("File"), image);
        assertStandardAsset(model, image);
        assertThat(model.assetTable(image).orElseThrow().executions().orElseThrow().roleColumn())
                .contains("Asset_Role");
        assertThat(model.shape()).isEqualTo("legacy (no Execution_Status, no Execution_Execution)");
        assertThat(model.notes()).contains(
                "This catalog has no Execution_Execution table: sweeps (nested executions) are not recorded.");
        assertThat(model.notes())
                .anyMatch(n -> n.contains("Execution_Status"))
                .anyMatch(n -> n.contains("Workflow.Workflow_Type"));
    }

    @Test
    void eyeAiCatalogHasLegacyVocabulariesAndNoFileExecution() {
        DerivaMlModel model = DerivaMlModel.discover(SchemaFixtures.eyeAi());

        assertThat(model.domainSchemas()).containsExactly("eye-ai");
        assertThat(model.snaptime()).contains("33Q-RW00-8AH2");
        assertThat(model.workflowTypes()).isEqualTo(new WorkflowTypeSource.Column("Workflow_Type"));
        assertThat(model.executionStatusVocabulary()).isEmpty();
        assertThat(model.executionExecution()).isEmpty();

        AssetTableInfo file = model.assetTable(ml("File")).orElseThrow();
        assertThat(file.executions()).isEmpty();
        assertThat(file.types()).contains(
                new TypeAssociation(ml("File_File_Type"), "File", "File_Type", ml("File_Type"), "ID"));
        assertStandardAsset(model, ml("Execution_Metadata"));
        assertStandardAsset(model, ml("Execution_Asset"));

        TableRef box = new TableRef("eye-ai", "Fundus_Bounding_Box");
        assertStandardAsset(model, box);
        assertThat(model.assetTables()).extracting(AssetTableInfo::table).containsExactly(
                ml("Execution_Metadata"), ml("Execution_Asset"), ml("File"), box, new TableRef("eye-ai", "Image"),
                new TableRef("eye-ai", "Report_HVF"), new TableRef("eye-ai", "Report_RNFL"));
        // Feature tables (Execution_Image_*) join Execution and Image but carry data: not an execution link.
        assertThat(model.assetTable(new TableRef("eye-ai", "Image")).orElseThrow().executions()).isEmpty();

        assertThat(model.notes())
                .anyMatch(n -> n.contains("deriva-ml:File asset table has no association with Execution"))
                .anyMatch(n -> n.contains("older File_Type vocabulary"))
                .contains("The eye-ai:Image asset table has no association with Execution or with asset types: its "
                        + "files are not linked to executions and show no types.")
                .noneMatch(n -> n.contains("Fundus_Bounding_Box"));
        assertThat(model.shape()).startsWith("legacy");
    }

    @Test
    void currentDocumentIsDerivaMl154() {
        DerivaMlModel model = DerivaMlModel.discover(SchemaDocuments.current());

        assertThat(model.hasColumnExecutionDuration()).isTrue();
        assertThat(model.hasColumnDownloadDuration()).isTrue();
        assertThat(model.hasColumnUploadDuration()).isTrue();
        assertThat(model.hasExecutionDurationColumns()).isTrue();
        assertThat(model.hasLegacyDurationColumn()).isTrue();
        assertThat(model.datasetExecutionHasVersion()).isTrue();
        assertThat(model.hasTable(ml("Directory_Dataset"))).isTrue();
        assertThat(model.columns(ml("Directory_Dataset"))).containsExactly("RID", "RCT", "RMT", "RCB", "RMB",
                "Dataset", "Path");
        assertThat(model.executionExecution()).contains(ml("Execution_Execution"));
        assertThat(model.executionStatusVocabulary()).contains(ml("Execution_Status"));
        assertThat(model.workflowTypes()).isInstanceOf(WorkflowTypeSource.Association.class);
        assertThat(model.shape()).isEqualTo("deriva-ml 1.54+");
        assertThat(model.notes()).isEmpty();
    }

    @Test
    void notesAreForPeople() {
        for (DerivaMlModel model : List.of(DerivaMlModel.discover(SchemaFixtures.demo()),
                DerivaMlModel.discover(SchemaFixtures.eyeAi()), DerivaMlModel.discover(SchemaFixtures.fresh()))) {
            assertThat(model.notes()).isNotEmpty().allSatisfy(note -> assertThat(note)
                    .doesNotContainIgnoringCase("java").doesNotContain("null").doesNotContain("Optional")
                    .endsWith("."));
            assertThat(model.notes()).doesNotHaveDuplicates();
        }
    }
}
