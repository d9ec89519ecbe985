package org.provex.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.provex.core.catalog.SchemaFixtures.json;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Malformed, minimal and partially visible schema documents. */
class DerivaMlModelEdgeCasesTest {

    private static final String MINIMAL = """
            {"schemas": {"deriva-ml": {"tables": {
              "Workflow": {"column_definitions": [{"name": "RID"}, {"name": "Name"}]},
              "Execution": {"column_definitions": [{"name": "RID"}, {"name": "Workflow"}]}
            }}}}""";

    @Test
    void documentThatIsNotAnObjectIsRejected() {
        assertThatThrownBy(() -> DerivaMlModel.discover(null))
                .isInstanceOf(CatalogSchemaException.class).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> DerivaMlModel.discover(SchemaFixtures.MAPPER.readTree("[1, 2]")))
                .isInstanceOf(CatalogSchemaException.class).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> DerivaMlModel.discover(JsonNodeFactory.instance.stringNode("schema")))
                .isInstanceOf(CatalogSchemaException.class);
    }

    @Test
    void documentWithoutSchemasIsRejected() {
        assertThatThrownBy(() -> DerivaMlModel.discover(json("{\"snaptime\": \"2PX-0000\"}")))
                .isInstanceOf(CatalogSchemaException.class).hasMessageContaining("no list of schemas");
        assertThatThrownBy(() -> DerivaMlModel.discover(json("{\"schemas\": [\"deriva-ml\"]}")))
                .isInstanceOf(CatalogSchemaException.class).hasMessageContaining("no list of schemas");
    }

    @Test
    void documentWithoutDerivaMlIsRejected() {
        assertThatThrownBy(() -> DerivaMlModel.discover(json("{\"schemas\": {\"public\": {}, \"isa\": {}}}")))
                .isInstanceOf(CatalogSchemaException.class)
                .hasMessage("The catalog has no 'deriva-ml' schema: it was not created by deriva-ml, or you lack "
                        + "rights to see it.");
    }

    @Test
    void derivaMlWithoutExecutionOrWorkflowIsRejected() {
        ObjectNode noExecution = json(MINIMAL);
        SchemaFixtures.mlTables(noExecution).remove("Execution");
        assertThatThrownBy(() -> DerivaMlModel.discover(noExecution))
                .isInstanceOf(CatalogSchemaException.class).hasMessageContaining("no Execution table");
        ObjectNode noWorkflow = json(MINIMAL);
        SchemaFixtures.mlTables(noWorkflow).remove("Workflow");
        assertThatThrownBy(() -> DerivaMlModel.discover(noWorkflow))
                .isInstanceOf(CatalogSchemaException.class).hasMessageContaining("no Workflow table");
        assertThatThrownBy(() -> DerivaMlModel.discover(json("{\"schemas\": {\"deriva-ml\": {}}}")))
                .isInstanceOf(CatalogSchemaException.class);
    }

    @Test
    void minimalDocumentWithoutOptionalKeysDegradesGracefully() {
        DerivaMlModel model = DerivaMlModel.discover(json(MINIMAL));

        assertThat(model.snaptime()).isEmpty();
        assertThat(model.domainSchemas()).isEmpty();
        assertThat(model.columns(model.execution())).containsExactly("RID", "Workflow");
        assertThat(model.columns(model.dataset())).isEmpty();
        assertThat(model.hasTable(model.dataset())).isFalse();
        assertThat(model.workflowTypes()).isEqualTo(new WorkflowTypeSource.None());
        assertThat(model.datasetExecution()).isEmpty();
        assertThat(model.datasetExecutionHasVersion()).isFalse();
        assertThat(model.datasetTypes()).isEmpty();
        assertThat(model.assetTables()).isEmpty();
        assertThat(model.hasExecutionDurationColumns()).isFalse();
        assertThat(model.hasLegacyDurationColumn()).isFalse();
        assertThat(model.notes())
                .contains("This catalog records no execution durations.", "This catalog records no workflow types.",
                        "This catalog has no visible Dataset table: datasets are not shown.");
    }

    @Test
    void oddlyTypedPartsAreSkippedWithoutFailing() {
        ObjectNode doc = json("""
                {"snaptime": 17, "schemas": {"public": 3, "lab": {"tables": [1]}, "deriva-ml": {"tables": {
                  "Junk": "not a table",
                  "Workflow": {"column_definitions": [{"name": "RID"}, "Name", {"name": 5}, {}],
                               "foreign_keys": {"oops": true}},
                  "Execution": {"column_definitions": {"name": "Workflow"},
                                "foreign_keys": [null, 1, {"foreign_key_columns": [{"column_name": "Workflow"}],
                                                           "referenced_columns": []}]}
                }}}}""");
        DerivaMlModel model = DerivaMlModel.discover(doc);

        assertThat(model.snaptime()).isEmpty();
        assertThat(model.domainSchemas()).containsExactly("lab");
        assertThat(model.columns(model.workflow())).containsExactly("RID");
        assertThat(model.hasTable(new TableRef("deriva-ml", "Junk"))).isFalse();
        assertThat(model.assetTables()).isEmpty();
    }

    @Test
    void associationsWithoutForeignKeysAreNotGuessedFromNames() {
        ObjectNode doc = json(MINIMAL);
        ObjectNode tables = SchemaFixtures.mlTables(doc);
        tables.set("File", json("""
                {"column_definitions": [{"name": "RID"}, {"name": "URL"}, {"name": "Filename"}, {"name": "Length"},
                                        {"name": "MD5"}]}"""));
        tables.set("File_Execution", json("""
                {"column_definitions": [{"name": "RID"}, {"name": "File"}, {"name": "Execution"},
                                        {"name": "Asset_Role"}]}"""));
        DerivaMlModel model = DerivaMlModel.discover(doc);

        assertThat(model.assetTables()).containsExactly(new AssetTableInfo(new TableRef("deriva-ml", "File"),
                Optional.empty(), Optional.empty()));
    }

    @Test
    void renamedAssociationIsFoundByForeignKeysAndNameDecoyIgnored() {
        JsonNode demo = SchemaFixtures.demo();
        ObjectNode domainTables = (ObjectNode) demo.path("schemas").path("test-schema").path("tables");
        JsonNode link = domainTables.remove("Image_Execution");
        domainTables.set("Image_Runs", link);
        // A table with the conventional name but no foreign keys must not win.
        domainTables.set("Image_Execution", json("""
                {"column_definitions": [{"name": "RID"}, {"name": "Image"}, {"name": "Execution"}]}"""));
        DerivaMlModel model = DerivaMlModel.discover(demo);

        TableRef image = new TableRef("test-schema", "Image");
        assertThat(model.assetTable(image).orElseThrow().executions()).contains(new ExecutionAssociation(
                new TableRef("test-schema", "Image_Runs"), "Image", "Execution", Optional.of("Asset_Role")));
    }

    @Test
    void hiddenTablesAreSimplyAbsent() {
        JsonNode demo = SchemaFixtures.demo();
        ObjectNode tables = SchemaFixtures.mlTables(demo);
        tables.remove("Asset_Role");
        tables.remove("Execution_Asset_Execution");
        tables.remove("Dataset_Dataset");
        tables.remove("Dataset_Type");
        DerivaMlModel model = DerivaMlModel.discover(demo);

        TableRef executionAsset = new TableRef("deriva-ml", "Execution_Asset");
        assertThat(model.assetTable(executionAsset).orElseThrow().executions()).isEmpty();
        // The role column is still recognised when the Asset_Role vocabulary itself is hidden.
        assertThat(model.assetTable(new TableRef("deriva-ml", "File")).orElseThrow().executions().orElseThrow()
                .roleColumn()).contains("Asset_Role");
        // Hiding the vocabulary does not hide the association that references its Name.
        assertThat(model.datasetTypes()).isPresent();
        assertThat(model.datasetDataset()).isEmpty();
        assertThat(model.notes())
                .contains("This catalog has no Dataset_Dataset table: nested datasets are not recorded.")
                .anyMatch(n -> n.startsWith("The deriva-ml:Execution_Asset asset table has no association with "
                        + "Execution"));
    }

    @Test
    void partialDurationColumnsAreReportedEach() {
        JsonNode demo = SchemaFixtures.demo();
        ((tools.jackson.databind.node.ArrayNode) SchemaFixtures.mlTables(demo).path("Execution")
                .path("column_definitions")).add(json("{\"name\": \"Execution_Duration\"}"));
        DerivaMlModel model = DerivaMlModel.discover(demo);

        assertThat(model.hasExecutionDurationColumns()).isTrue();
        assertThat(model.hasColumnExecutionDuration()).isTrue();
        assertThat(model.hasColumnDownloadDuration()).isFalse();
        assertThat(model.hasColumnUploadDuration()).isFalse();
        assertThat(model.notes())
                .anyMatch(n -> n.contains("Download_Duration"))
                .anyMatch(n -> n.contains("Upload_Duration"))
                .noneMatch(n -> n.contains("one Duration per execution"));
    }
}
