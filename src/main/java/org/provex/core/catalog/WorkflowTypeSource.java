package org.provex.core.catalog;

import java.util.Objects;

/** Where a catalog keeps the types of its workflows. */
public sealed interface WorkflowTypeSource {

    /** The current {@code Workflow_Workflow_Type} association: a workflow may have several types. */
    record Association(TypeAssociation association) implements WorkflowTypeSource {
        public Association {
            Objects.requireNonNull(association, "association");
        }
    }

    /** The legacy {@code Workflow.Workflow_Type} column: at most one type per workflow. */
    record Column(String column) implements WorkflowTypeSource {
        public Column {
            Objects.requireNonNull(column, "column");
        }
    }

    /** The catalog records no workflow types. */
    record None() implements WorkflowTypeSource {
    }
}
