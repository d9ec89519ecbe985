package org.provex.core.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The deriva-ml tables and columns of one catalog, discovered from its ERMrest {@code /schema} document. It tolerates
 * the catalog generations seen in practice (2025 catalogs without Execution_Status or Execution_Execution, the legacy
 * Workflow_Type column and Duration column, EyeAI's legacy type vocabularies) and tables hidden by access rights.
 * Associations are found by their foreign keys. Immutable.
 */
public final class DerivaMlModel {

    /** The ML schema name every deriva-ml release uses. */
    public static final String ML_SCHEMA = "deriva-ml";

    private static final Set<String> SYSTEM_SCHEMAS = Set.of("public", "www", "WWW");
    private static final List<String> ML_ASSET_ORDER = List.of("Execution_Metadata", "Execution_Asset", "File");

    private final SchemaIndex index;
    private final List<String> domainSchemas;
    private final Optional<TableRef> datasetExecution;
    private final Optional<TableRef> executionExecution;
    private final Optional<TableRef> datasetDataset;
    private final WorkflowTypeSource workflowTypes;
    private final Optional<TypeAssociation> datasetTypes;
    private final List<AssetTableInfo> assetTables;
    private final List<MemberAssociation> memberAssociations;
    private final List<String> notes;

    private DerivaMlModel(SchemaIndex index) {
        this.index = index;
        this.domainSchemas = index.schemaNames().stream()
                .filter(s -> !SYSTEM_SCHEMAS.contains(s) && !s.equals(ML_SCHEMA)).sorted().toList();
        List<String> searched = new ArrayList<>();
        searched.add(ML_SCHEMA);
        searched.addAll(domainSchemas);
        AssociationFinder finder = new AssociationFinder(index, searched);
        TableRef execution = execution();
        TableRef dataset = dataset();
        this.datasetExecution = finder.link(List.of(dataset, execution), Set.of(datasetVersion()),
                Set.of("Dataset_Version"), "Dataset_Execution");
        this.executionExecution = finder.link(List.of(execution, execution), Set.of(), Set.of("Sequence"),
                "Execution_Execution");
        this.datasetDataset = finder.link(List.of(dataset, dataset), Set.of(), Set.of(), "Dataset_Dataset");
        this.workflowTypes = finder.typeAssociation(workflow(), "Workflow_Type"::equals, "Workflow_Type")
                .<WorkflowTypeSource>map(WorkflowTypeSource.Association::new)
                .orElseGet(() -> hasColumn(workflow(), "Workflow_Type")
                        ? new WorkflowTypeSource.Column("Workflow_Type") : new WorkflowTypeSource.None());
        this.datasetTypes = finder.typeAssociation(dataset, "Dataset_Type"::equals, "Dataset_Type");
        this.assetTables = findAssetTables(finder, searched);
        this.memberAssociations = hasTable(dataset) ? finder.memberAssociations(dataset, execution) : List.of();
        this.notes = ModelNotes.describe(this);
    }

    /**
     * Discovers the deriva-ml model in an ERMrest {@code /schema} document.
     *
     * @throws CatalogSchemaException when the document is not a schema document, has no {@code deriva-ml} schema, or
     *     that schema has no visible Execution or Workflow table
     */
    public static DerivaMlModel discover(JsonNode schemaDocument) {
        SchemaIndex index = SchemaIndex.parse(schemaDocument);
        if (!index.hasSchema(ML_SCHEMA)) {
            throw new CatalogSchemaException("The catalog has no '" + ML_SCHEMA + "' schema: it was not created by "
                    + "deriva-ml, or you lack rights to see it.");
        }
        for (String required : List.of("Execution", "Workflow")) {
            if (index.table(new TableRef(ML_SCHEMA, required)).isEmpty()) {
                throw new CatalogSchemaException("The catalog's '" + ML_SCHEMA + "' schema has no " + required
                        + " table: you may lack rights to see it, or the catalog was not set up by deriva-ml.");
            }
        }
        return new DerivaMlModel(index);
    }

    private List<AssetTableInfo> findAssetTables(AssociationFinder finder, List<String> schemas) {
        List<SchemaIndex.Table> found = new ArrayList<>();
        for (String schema : schemas) {
            List<SchemaIndex.Table> inSchema = new ArrayList<>(index.tables(schema).stream()
                    .filter(DerivaMlModel::isAssetTable).toList());
            // The ML schema's own asset tables come in a fixed order that matches how people read an execution.
            inSchema.sort(Comparator.comparing((SchemaIndex.Table t) -> mlAssetRank(t.ref()))
                    .thenComparing(t -> t.ref().table()));
            found.addAll(inSchema);
        }
        return found.stream().map(t -> new AssetTableInfo(t.ref(),
                finder.executionAssociation(t.ref(), execution()),
                finder.typeAssociation(t.ref(), name -> name.endsWith("_Type"), "Asset_Type"))).toList();
    }

    private static int mlAssetRank(TableRef table) {
        int rank = ML_ASSET_ORDER.indexOf(table.table());
        return table.schema().equals(ML_SCHEMA) && rank >= 0 ? rank : ML_ASSET_ORDER.size();
    }

    private static boolean isAssetTable(SchemaIndex.Table table) {
        boolean standardColumns = table.hasColumn("URL") && table.hasColumn("Filename") && table.hasColumn("Length")
                && table.hasColumn("MD5");
        return standardColumns || table.assetAnnotated().contains("URL");
    }

    /** The ML schema name, {@code deriva-ml}. */
    public String mlSchema() {
        return ML_SCHEMA;
    }

    /** Every schema except public, www, WWW and the ML schema, sorted by name. */
    public List<String> domainSchemas() {
        return domainSchemas;
    }

    /** The document's {@code snaptime}, when it has one. */
    public Optional<String> snaptime() {
        return index.snaptime();
    }

    public boolean hasTable(TableRef t) {
        return index.table(t).isPresent();
    }

    public boolean hasColumn(TableRef t, String column) {
        return index.table(t).map(table -> table.hasColumn(column)).orElse(false);
    }

    /** Column names in document order, empty when the table is absent. */
    public List<String> columns(TableRef t) {
        return index.table(t).map(SchemaIndex.Table::columns).orElse(List.of());
    }

    public TableRef workflow() {
        return new TableRef(ML_SCHEMA, "Workflow");
    }

    public TableRef execution() {
        return new TableRef(ML_SCHEMA, "Execution");
    }

    /** {@code deriva-ml:Dataset}; check {@link #hasTable} before reading it, as users may not see it. */
    public TableRef dataset() {
        return new TableRef(ML_SCHEMA, "Dataset");
    }

    /** {@code deriva-ml:Dataset_Version}; check {@link #hasTable} before reading it. */
    public TableRef datasetVersion() {
        return new TableRef(ML_SCHEMA, "Dataset_Version");
    }

    /** The Dataset ↔ Execution association, normally {@code Dataset_Execution}. */
    public Optional<TableRef> datasetExecution() {
        return datasetExecution;
    }

    /** Whether the Dataset ↔ Execution association pins the consumed version (deriva-ml 1.54+). */
    public boolean datasetExecutionHasVersion() {
        return datasetExecution.map(t -> hasColumn(t, "Dataset_Version")).orElse(false);
    }

    /** The Execution ↔ Execution association recording sweeps; absent on older catalogs. */
    public Optional<TableRef> executionExecution() {
        return executionExecution;
    }

    /** {@code "Sequence"} when the sweep association orders its children. */
    public Optional<String> executionExecutionSequenceColumn() {
        return executionExecution.filter(t -> hasColumn(t, "Sequence")).map(t -> "Sequence");
    }

    /** The Dataset ↔ Dataset association recording nested datasets. */
    public Optional<TableRef> datasetDataset() {
        return datasetDataset;
    }

    /** {@code deriva-ml:Execution_Status}; absent on older catalogs, whose statuses are free text. */
    public Optional<TableRef> executionStatusVocabulary() {
        TableRef vocabulary = new TableRef(ML_SCHEMA, "Execution_Status");
        return hasTable(vocabulary) ? Optional.of(vocabulary) : Optional.empty();
    }

    /** Whether any of Execution_Duration, Download_Duration, Upload_Duration is present. */
    public boolean hasExecutionDurationColumns() {
        return hasColumnExecutionDuration() || hasColumnDownloadDuration() || hasColumnUploadDuration();
    }

    public boolean hasColumnExecutionDuration() {
        return hasColumn(execution(), "Execution_Duration");
    }

    public boolean hasColumnDownloadDuration() {
        return hasColumn(execution(), "Download_Duration");
    }

    public boolean hasColumnUploadDuration() {
        return hasColumn(execution(), "Upload_Duration");
    }

    /** Whether the pre-2026 single {@code Execution.Duration} column is present. */
    public boolean hasLegacyDurationColumn() {
        return hasColumn(execution(), "Duration");
    }

    public WorkflowTypeSource workflowTypes() {
        return workflowTypes;
    }

    /** The Dataset ↔ Dataset_Type association, normally {@code Dataset_Dataset_Type}. */
    public Optional<TypeAssociation> datasetTypes() {
        return datasetTypes;
    }

    /**
     * Every asset table of the ML and domain schemas: the ML ones first (Execution_Metadata, Execution_Asset, File,
     * then any others by name), then each domain schema's by name.
     */
    public List<AssetTableInfo> assetTables() {
        return assetTables;
    }

    public Optional<AssetTableInfo> assetTable(TableRef t) {
        return assetTables.stream().filter(a -> a.table().equals(t)).findFirst();
    }

    /**
     * The dataset member associations (Dataset_Image, Dataset_File, Dataset_Dataset, ...), by member table; empty
     * when the Dataset table is not visible.
     */
    public List<MemberAssociation> memberAssociations() {
        return memberAssociations;
    }

    /** Sentences for people about features this catalog cannot show, one per missing feature. */
    public List<String> notes() {
        return notes;
    }

    /**
     * A short label for the catalog generation: {@code "deriva-ml 1.54+"} (split durations and versioned
     * Dataset_Execution), {@code "pre-1.54 (single Duration column)"} or {@code "pre-1.54 (split durations)"} (has
     * Execution_Status or Execution_Execution but not all 1.54 columns), or
     * {@code "legacy (no Execution_Status, no Execution_Execution)"} for 2025-era catalogs.
     */
    public String shape() {
        if (datasetExecutionHasVersion() && hasExecutionDurationColumns()) {
            return "deriva-ml 1.54+";
        }
        if (executionStatusVocabulary().isPresent() || executionExecution.isPresent()) {
            return hasExecutionDurationColumns() ? "pre-1.54 (split durations)" : "pre-1.54 (single Duration column)";
        }
        return "legacy (no Execution_Status, no Execution_Execution)";
    }

    @Override
    public String toString() {
        return "DerivaMlModel[" + shape() + ", domains=" + domainSchemas + ", assets=" + assetTables.size() + "]";
    }
}
