package org.provex.core.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.provex.core.catalog.SchemaIndex.ForeignKey;
import org.provex.core.catalog.SchemaIndex.Table;

/**
 * Finds association tables by their foreign keys rather than their names: names follow deriva-py's
 * {@code define_association} conventions only loosely across catalog generations, while the foreign keys are what
 * the data actually joins on.
 */
final class AssociationFinder {

    private final SchemaIndex index;
    private final List<Table> searched;

    /** Searches the tables of the given schemas (the ML schema and the domain schemas). */
    AssociationFinder(SchemaIndex index, List<String> schemas) {
        this.index = index;
        List<Table> tables = new ArrayList<>();
        schemas.forEach(s -> tables.addAll(index.tables(s)));
        this.searched = List.copyOf(tables);
    }

    /**
     * Maps each user column of a "pure" association table to its foreign key, or empty when the table carries data
     * of its own: feature tables and Dataset_Version also join Execution with other tables, and must not pass.
     */
    static Optional<Map<String, ForeignKey>> links(Table table, Set<String> allowedPlainColumns) {
        Map<String, ForeignKey> links = new LinkedHashMap<>();
        for (String column : table.userColumns()) {
            Optional<ForeignKey> fk = table.foreignKeys().stream()
                    .filter(k -> k.isSingle() && k.columns().get(0).equals(column)).findFirst();
            if (fk.isPresent()) {
                links.put(column, fk.get());
            } else if (!allowedPlainColumns.contains(column)) {
                return Optional.empty();
            }
        }
        return links.size() >= 2 ? Optional.of(links) : Optional.empty();
    }

    /** The association with one FK to the asset's RID, one to Execution.RID and optionally one to Asset_Role. */
    Optional<ExecutionAssociation> executionAssociation(TableRef asset, TableRef execution) {
        List<ExecutionAssociation> found = new ArrayList<>();
        for (Table table : searched) {
            Optional<Map<String, ForeignKey>> links = links(table, Set.of());
            if (table.ref().equals(asset) || links.isEmpty()) {
                continue;
            }
            String assetColumn = null;
            String executionColumn = null;
            String roleColumn = null;
            boolean unexpected = false;
            for (Map.Entry<String, ForeignKey> link : links.get().entrySet()) {
                ForeignKey fk = link.getValue();
                if (assetColumn == null && fk.references(asset, "RID")) {
                    assetColumn = link.getKey();
                } else if (executionColumn == null && fk.references(execution, "RID")) {
                    executionColumn = link.getKey();
                } else if (roleColumn == null && fk.target().table().equals("Asset_Role")) {
                    roleColumn = link.getKey();
                } else {
                    unexpected = true;
                }
            }
            if (!unexpected && assetColumn != null && executionColumn != null) {
                found.add(new ExecutionAssociation(table.ref(), assetColumn, executionColumn,
                        Optional.ofNullable(roleColumn)));
            }
        }
        String conventional = asset.table() + "_Execution";
        return found.stream().min(Comparator
                .comparing((ExecutionAssociation a) -> !a.association().table().equals(conventional))
                .thenComparing(a -> a.association().qualified()));
    }

    /**
     * The two-column association linking the entity's RID to a vocabulary whose name passes the filter, preferring
     * the named vocabulary, then the conventional {@code <Entity>_<Vocabulary>} table name.
     */
    Optional<TypeAssociation> typeAssociation(TableRef entity, Predicate<String> vocabularyName,
                                              String preferredVocabulary) {
        List<TypeAssociation> found = new ArrayList<>();
        for (Table table : searched) {
            Optional<Map<String, ForeignKey>> links = links(table, Set.of());
            if (table.ref().equals(entity) || links.isEmpty() || links.get().size() != 2) {
                continue;
            }
            List<Map.Entry<String, ForeignKey>> pair = List.copyOf(links.get().entrySet());
            for (int i = 0; i < 2; i++) {
                Map.Entry<String, ForeignKey> own = pair.get(i);
                Map.Entry<String, ForeignKey> term = pair.get(1 - i);
                ForeignKey termKey = term.getValue();
                if (own.getValue().references(entity, "RID") && !termKey.target().equals(entity)
                        && vocabularyName.test(termKey.target().table()) && isVocabulary(termKey)) {
                    found.add(new TypeAssociation(table.ref(), own.getKey(), term.getKey(), termKey.target(),
                            termKey.targetColumns().get(0)));
                    break;
                }
            }
        }
        return found.stream().min(Comparator
                .comparing((TypeAssociation a) -> !a.vocabulary().table().equals(preferredVocabulary))
                .thenComparing(a -> !a.association().table().equals(entity.table() + "_" + a.vocabulary().table()))
                .thenComparing(a -> a.association().qualified()));
    }

    /**
     * A pure association whose FKs reference exactly the required tables' RIDs (each once per occurrence in the
     * list), plus at most the optional tables' RIDs, preferring the conventional name.
     */
    Optional<TableRef> link(List<TableRef> required, Set<TableRef> optional, Set<String> allowedPlainColumns,
                            String conventionalName) {
        List<TableRef> found = new ArrayList<>();
        for (Table table : searched) {
            Optional<Map<String, ForeignKey>> links = links(table, allowedPlainColumns);
            if (links.isEmpty()) {
                continue;
            }
            List<TableRef> missing = new ArrayList<>(required);
            List<TableRef> optionalLeft = new ArrayList<>(optional);
            boolean unexpected = false;
            for (ForeignKey fk : links.get().values()) {
                boolean toRid = fk.targetColumns().get(0).equals("RID");
                if (!(toRid && (missing.remove(fk.target()) || optionalLeft.remove(fk.target())))) {
                    unexpected = true;
                }
            }
            if (!unexpected && missing.isEmpty()) {
                found.add(table.ref());
            }
        }
        return found.stream().min(Comparator.comparing((TableRef t) -> !t.table().equals(conventionalName))
                .thenComparing(TableRef::qualified));
    }

    /**
     * The dataset member associations: pure two-column associations with one key to {@code Dataset.RID} and one to
     * the RID of any other table except Execution (that is Dataset_Execution) and vocabularies (type terms). For
     * Dataset_Dataset the column named {@code Dataset} is the owner and the other one the nested member.
     */
    List<MemberAssociation> memberAssociations(TableRef dataset, TableRef execution) {
        List<MemberAssociation> found = new ArrayList<>();
        for (Table table : searched) {
            Optional<Map<String, ForeignKey>> links = links(table, Set.of());
            if (links.isEmpty() || links.get().size() != 2) {
                continue;
            }
            List<Map.Entry<String, ForeignKey>> pair = new ArrayList<>(links.get().entrySet());
            if (!pair.get(0).getValue().references(dataset, "RID") || pair.get(0).getKey().equals("Nested_Dataset")) {
                pair = List.of(pair.get(1), pair.get(0));
            }
            ForeignKey owner = pair.get(0).getValue();
            ForeignKey member = pair.get(1).getValue();
            boolean toRid = member.isSingle() && member.targetColumns().get(0).equals("RID");
            if (owner.references(dataset, "RID") && toRid && !member.target().equals(execution)
                    && !isVocabulary(member)) {
                found.add(new MemberAssociation(table.ref(), pair.get(0).getKey(), member.target(),
                        pair.get(1).getKey(), displayColumns(member.target())));
            }
        }
        found.sort(Comparator.comparing((MemberAssociation m) -> m.memberTable().qualified())
                .thenComparing(m -> m.association().qualified()));
        return List.copyOf(found);
    }

    /** Up to three columns that tell a member row apart for a person: its own values, not file plumbing. */
    private List<String> displayColumns(TableRef table) {
        Set<String> plumbing = Set.of("URL", "MD5", "Length", "Deleted", "Version");
        return index.table(table).map(t -> t.userColumns().stream().filter(c -> !plumbing.contains(c)).limit(3)
                .toList()).orElse(List.of());
    }

    /**
     * Vocabulary tables have ID, URI and Name columns. A vocabulary the user cannot see is accepted when the key
     * references one of its usual key columns, since hiding it does not make the association any less real.
     */
    private boolean isVocabulary(ForeignKey fk) {
        String key = fk.targetColumns().get(0);
        return index.table(fk.target())
                .map(t -> t.hasColumn("ID") && t.hasColumn("URI") && t.hasColumn("Name") && t.hasColumn(key))
                .orElse(key.equals("Name") || key.equals("ID"));
    }
}
