package org.provex.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SchemaDocumentsTest {

    private static JsonNode column(JsonNode table, String name) {
        for (JsonNode column : table.path("column_definitions")) {
            if (name.equals(column.path("name").stringValue(null))) {
                return column;
            }
        }
        throw new AssertionError("no column " + name);
    }

    private static List<String> fkeysOf(JsonNode table) {
        List<String> fks = new ArrayList<>();
        for (JsonNode fk : table.path("foreign_keys")) {
            JsonNode from = fk.path("foreign_key_columns").path(0);
            JsonNode to = fk.path("referenced_columns").path(0);
            fks.add(from.path("table_name").stringValue("") + "." + from.path("column_name").stringValue("") + "->"
                    + to.path("schema_name").stringValue("") + ":" + to.path("table_name").stringValue("") + "."
                    + to.path("column_name").stringValue(""));
        }
        return fks;
    }

    @Test
    void addsThe154ColumnsInTheDumpsShape() {
        JsonNode doc = SchemaDocuments.current();
        JsonNode tables = SchemaFixtures.mlTables(doc);
        JsonNode execution = tables.path("Execution");

        for (String name : List.of("Execution_Duration", "Download_Duration", "Upload_Duration", "Duration")) {
            JsonNode column = column(execution, name);
            assertThat(column.path("type").path("typename").stringValue("")).isEqualTo("text");
            assertThat(column.path("nullok").booleanValue()).isTrue();
            assertThat(column.has("acls")).isTrue();
        }
        JsonNode datasetExecution = tables.path("Dataset_Execution");
        assertThat(column(datasetExecution, "Dataset_Version").path("nullok").booleanValue()).isTrue();
        assertThat(fkeysOf(datasetExecution)).contains(
                "Dataset_Execution.Dataset_Version->deriva-ml:Dataset_Version.RID");

        JsonNode directory = tables.path("Directory_Dataset");
        assertThat(directory.path("table_name").stringValue("")).isEqualTo("Directory_Dataset");
        assertThat(column(directory, "Path").path("nullok").booleanValue()).isTrue();
        assertThat(column(directory, "Dataset").path("nullok").booleanValue()).isFalse();
        assertThat(fkeysOf(directory)).containsExactlyInAnyOrder(
                "Directory_Dataset.RCB->public:ERMrest_Client.ID", "Directory_Dataset.RMB->public:ERMrest_Client.ID",
                "Directory_Dataset.Dataset->deriva-ml:Dataset.RID");
        List<String> uniqueKeys = new ArrayList<>();
        directory.path("keys").forEach(k -> uniqueKeys.add(k.path("unique_columns").toString()));
        assertThat(uniqueKeys).containsExactlyInAnyOrder("[\"RID\"]", "[\"Dataset\"]");
    }

    @Test
    void leavesTheInputUntouchedAndIsIdempotent() {
        JsonNode fresh = SchemaFixtures.fresh();
        JsonNode before = fresh.deepCopy();
        JsonNode once = SchemaDocuments.withDerivaMl154Columns(fresh);

        assertThat(fresh).isEqualTo(before);
        assertThat(once).isNotEqualTo(fresh);
        assertThat(SchemaDocuments.withDerivaMl154Columns(once)).isEqualTo(once);
        assertThat(SchemaDocuments.current()).isEqualTo(once);
    }

    @Test
    void rejectsDocumentsWithoutTheTablesToExtend() {
        assertThatThrownBy(() -> SchemaDocuments.withDerivaMl154Columns(SchemaFixtures.json("{\"schemas\": {}}")))
                .isInstanceOf(CatalogSchemaException.class).hasMessageContaining("deriva-ml");
        JsonNode fresh = SchemaFixtures.fresh();
        SchemaFixtures.mlTables(fresh).remove("Dataset_Execution");
        assertThatThrownBy(() -> SchemaDocuments.withDerivaMl154Columns(fresh))
                .isInstanceOf(CatalogSchemaException.class).hasMessageContaining("Dataset_Execution");
        assertThatThrownBy(() -> SchemaDocuments.withDerivaMl154Columns(null))
                .isInstanceOf(CatalogSchemaException.class);
    }
}
