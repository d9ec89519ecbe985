package org.provex.ui.compare;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.css.PseudoClass;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.core.diff.Cell;
import org.provex.core.diff.CellState;
import org.provex.core.diff.SectionNote;
import org.provex.ui.common.Messages;

/**
 * One run's value of a field: the value on the first line, the kind of change (icon and words) on the second,
 * coloured by kind; or, on a section's header line, how many fields this run has that differ or why its data is
 * missing. Nodes are made once per cell and reused as the table scrolls.
 */
final class RunCell extends TableCell<GridRow, GridRow> {

    private static final PseudoClass INHERITED = PseudoClass.getPseudoClass("inherited");
    private static final PseudoClass NOTE = PseudoClass.getPseudoClass("note");
    private final Messages msg;
    private final CompareGrid.Slot slot;
    private final Label value = new Label();
    private final Label how = new Label();
    private final FontIcon icon = new FontIcon(Feather.CIRCLE);
    private final VBox box = new VBox(1, value, how);
    private final LazyTooltip tip = new LazyTooltip(this);

    RunCell(Messages msg, CompareGrid.Slot slot) {
        this.msg = msg;
        this.slot = slot;
        getStyleClass().add("run-cell");
        value.getStyleClass().add("cell-value");
        how.getStyleClass().add("cell-how");
        how.setGraphic(icon);
        icon.getStyleClass().add("cell-icon");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setGraphic(box);
    }

    @Override
    protected void updateItem(GridRow item, boolean empty) {
        super.updateItem(item, empty);
        CellLook.show(this, null);
        pseudoClassStateChanged(INHERITED, false);
        pseudoClassStateChanged(NOTE, false);
        // the graphic stays put (hidden when empty): taking it out and back in restyles the whole cell
        box.setVisible(!(empty || item == null));
        if (empty || item == null) {
            tip.setText(null);
            return;
        }
        int run = slot.run();
        if (item instanceof GridRow.Field f) {
            if (run >= f.row().cells().size()) {
                box.setVisible(false);   // a line of other runs, about to be replaced
                return;
            }
            field(f.row().cell(run), f.row().label());
        } else {
            header((GridRow.Header) item, run);
        }
    }

    private void field(Cell cell, String label) {
        CellState state = cell.state();
        CellLook.show(this, state);
        pseudoClassStateChanged(INHERITED, cell.inherited());
        String text = state == CellState.MISSING ? msg.get("cell.missing")
                : cell.value().isEmpty() ? msg.get("cell.empty") : CellLook.oneLine(cell.value());
        String words = CellLook.how(cell);
        if (cell.inherited() && state.isDifference()) {
            words = msg.get("cell.inherited", words);
        }
        value.setText(text);
        show(words, CellLook.icon(state));
        tip.setText(label + "\n" + slot.rid() + ": " + (cell.value().isEmpty() ? text : cell.value())
                + (words.isEmpty() ? "" : "\n" + words));
    }

    private void header(GridRow.Header h, int run) {
        SectionNote note = h.note(slot.rid()).orElse(null);
        long n = run < h.differingPerRun().size() ? h.differingPerRun().get(run) : 0;
        if (note != null) {
            pseudoClassStateChanged(NOTE, true);
            value.setText(note.state() == org.provex.core.diff.Availability.State.UNREADABLE
                    ? msg.get("header.unreadable", note.message()) : msg.get("header.missing", note.message()));
            show("", null);
            tip.setText(note.describe());
            return;
        }
        value.setText(h.fields() > 0 && n > 0 ? msg.get("header.differ", n) : " ");
        show("", null);
        tip.setText(null);
    }

    private void show(String words, Ikon ikon) {
        how.setText(words.isEmpty() ? " " : words);  // never "": an empty label drops its text node (a restyle)
        how.setVisible(!words.isEmpty());
        if (ikon != null) {
            icon.setIconCode(ikon);
        }
    }
}
