package org.provex.ui.executions;

import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.provex.ui.browse.BrowseStyles;

/** The executions list: a filter bar above a virtualised table that reads its rows page by page. */
public final class ExecutionsView {

    private final VBox root;
    private final ExecutionsTable table;

    public ExecutionsView(ExecutionsViewModel vm) {
        ExecutionFilterBar filters = new ExecutionFilterBar(vm);
        table = new ExecutionsTable(vm);
        VBox.setVgrow(table.node(), Priority.ALWAYS);
        root = new VBox(filters.node(), table.node());
        root.setId("executionsPane");
        root.getStyleClass().add("executions-pane");
        BrowseStyles.apply(root);
        root.getStylesheets().add(ExecutionsView.class.getResource("executions.css").toExternalForm());
    }

    public Node root() {
        return root;
    }

    /** The table, for the shell to move keyboard focus to. */
    public TableView<ExecutionSlot> table() {
        return table.node();
    }
}
