package org.provex.ui.common;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.TableColumnBase;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Right-click on any column header of a table or tree table: one check item a column, to show or hide it (the same
 * as the table's own menu button at the top right, which is small and easy to miss). The last column shown cannot
 * be hidden.
 */
public final class ColumnMenu {

    private ColumnMenu() {
    }

    /**
     * Gives every column in {@code columns} of {@code table} the same header menu listing them all. A right-click
     * on a header no longer sorts by that column: under GTK the menu opens on the press and the header sorted on the
     * release.
     */
    public static void install(Control table, List<? extends TableColumnBase<?, ?>> columns) {
        table.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() != MouseButton.PRIMARY && !e.isPopupTrigger() && onHeader(e.getPickResult()
                    .getIntersectedNode(), table)) {
                e.consume();
            }
        });
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

    private static boolean onHeader(Node node, Control table) {
        for (Node n = node; n != null && n != table; n = n.getParent()) {
            if (n.getStyleClass().contains("column-header")) {
                return true;
            }
        }
        return false;
    }
}
