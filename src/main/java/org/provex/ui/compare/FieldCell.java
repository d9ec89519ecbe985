package org.provex.ui.compare;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.VBox;
import org.provex.core.diff.Row;
import org.provex.ui.common.Messages;

/** The field column: a field's label (with a "noise" mark when folded), or a section's title and counts. */
final class FieldCell extends TableCell<GridRow, GridRow> {

    private final Messages msg;
    private final Label title = new Label();
    private final Label detail = new Label();
    private final VBox box = new VBox(1, title, detail);
    private final LazyTooltip tip = new LazyTooltip(this);

    FieldCell(Messages msg) {
        this.msg = msg;
        getStyleClass().add("field-cell");
        title.getStyleClass().add("field-title");
        detail.getStyleClass().add("field-detail");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setGraphic(box);
    }

    @Override
    protected void updateItem(GridRow item, boolean empty) {
        super.updateItem(item, empty);
        // the graphic stays put (hidden when empty): taking it out and back in restyles the whole cell
        box.setVisible(!(empty || item == null));
        if (empty || item == null) {
            tip.setText(null);
            return;
        }
        if (item instanceof GridRow.Field f) {
            Row r = f.row();
            title.setText(r.label());
            long runs = r.differingRuns();
            detail.setText(r.folded() ? msg.get("row.folded") : " ");
            detail.setVisible(r.folded());
            tip.setText(r.label() + (r.key().equals(r.label()) ? "" : "\n" + r.key())
                    + (runs > 0 ? "\n" + msg.get("header.differ", runs) : ""));
        } else {
            GridRow.Header h = (GridRow.Header) item;
            title.setText(h.title());
            detail.setText(counts(h));
            detail.setVisible(true);
            tip.setText(h.title() + "\n" + counts(h) + h.notes().stream().map(n -> "\n" + n.describe())
                    .reduce("", String::concat));
        }
    }

    private String counts(GridRow.Header h) {
        String missing = h.notes().isEmpty() ? "" : msg.get("header.notes", h.notes().size());
        if (h.fields() == 0) {
            return h.notes().isEmpty() ? msg.get("header.nothing") : msg.get("header.noData") + missing;
        }
        if (h.differing() == 0 && h.folded() == 0) {
            return msg.get("header.noDifferences", h.fields()) + missing;
        }
        return (h.folded() > 0 ? msg.get("header.countsFolded", h.differing(), h.fields(), h.folded())
                : msg.get("header.counts", h.differing(), h.fields())) + missing;
    }
}
