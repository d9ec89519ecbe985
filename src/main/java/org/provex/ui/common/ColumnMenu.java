package org.provex.ui.common;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TableColumnBase;

/**
 * Right-click on any column header of a table or tree table: one check item a column, to show or hide it (the same
 * as the table's own menu button at the top right, which is small and easy to miss). The last column shown cannot
 * be hidden.
 */
public final class ColumnMenu {

    private ColumnMenu() {
    }

    /** Gives every column in {@code columns} the same header menu listing them all. */
    public static void install(List<? extends TableColumnBase<?, ?>> columns) {
        ContextMenu menu = new ContextMenu();
        for (TableColumnBase<?, ?> c : columns) {
            CheckMenuItem item = new CheckMenuItem(c.getText());
            item.setId("showColumn-" + (c.getId() == null ? c.getText() : c.getId()));
            item.selectedProperty().bindBidirectional(c.visibleProperty());
            item.disableProperty().bind(Bindings.createBooleanBinding(() -> c.isVisible()
                    && columns.stream().filter(TableColumnBase::isVisible).count() == 1,
                    columns.stream().map(TableColumnBase::visibleProperty).toArray(javafx.beans.Observable[]::new)));
            menu.getItems().add(item);
        }
        columns.forEach(c -> c.setContextMenu(menu));
    }
}
