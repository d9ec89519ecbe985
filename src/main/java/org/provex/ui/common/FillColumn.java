package org.provex.ui.common;

import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * One column of a table takes the room its other columns leave, so that a wide table shows more of its long text
 * and a narrow one still shows the columns that matter whole. While every column fits with the fill column at least
 * {@code comfortable} wide, it takes what the others leave; in a narrower table it takes what the columns up to
 * {@code lastInView} leave (never less than its minimum width), and the columns after those are reached by scrolling
 * sideways. The other columns keep the widths they are given or dragged to.
 */
public final class FillColumn {

    /** What a vertical scroll bar takes before the table has laid one out. */
    private static final double DEFAULT_SCROLL_BAR = 12;
    private final TableView<?> table;
    private final TableColumn<?, ?> fill;
    private final double comfortable;
    private final TableColumn<?, ?> lastInView;
    /** The table's vertical scroll bar, found once its skin made it. */
    private ScrollBar scrollBar;

    private FillColumn(TableView<?> table, TableColumn<?, ?> fill, double comfortable, TableColumn<?, ?> lastInView) {
        this.table = table;
        this.fill = fill;
        this.comfortable = comfortable;
        this.lastInView = lastInView;
    }

    /** Makes {@code fill} take the room left in {@code table}; the table keeps its unconstrained resize policy. */
    public static <S> void install(TableView<S> table, TableColumn<S, ?> fill, double comfortable,
                                   TableColumn<S, ?> lastInView) {
        FillColumn f = new FillColumn(table, fill, comfortable, lastInView);
        InvalidationListener refit = o -> f.fit();
        table.widthProperty().addListener(refit);
        table.getColumns().addListener((ListChangeListener<TableColumn<S, ?>>) c -> f.watch(refit));
        f.watch(refit);
        table.skinProperty().addListener(o -> f.fit());
    }

    private void watch(InvalidationListener refit) {
        for (TableColumn<?, ?> c : table.getColumns()) {
            if (c != fill) {
                c.widthProperty().removeListener(refit);
                c.visibleProperty().removeListener(refit);
                c.widthProperty().addListener(refit);
                c.visibleProperty().addListener(refit);
            }
        }
        fit();
    }

    private void fit() {
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - scrollBarWidth();
        if (room <= 0) {
            return;
        }
        double all = 0;
        double inView = 0;
        boolean past = false;
        for (TableColumn<?, ?> c : table.getVisibleLeafColumns()) {
            if (c != fill) {
                all += c.getWidth();
                inView += past ? 0 : c.getWidth();
            }
            past |= c == lastInView;
        }
        double width = room - all >= comfortable ? room - all : room - inView;
        fill.setPrefWidth(Math.max(fill.getMinWidth(), Math.floor(width)));
    }

    /** The vertical scroll bar's width, taken whether or not it shows now (the rows may grow to need it). */
    private double scrollBarWidth() {
        if (scrollBar == null || scrollBar.getScene() != table.getScene()) {
            scrollBar = table.lookupAll(".scroll-bar").stream()
                    .filter(n -> n instanceof ScrollBar b && b.getOrientation() == Orientation.VERTICAL)
                    .map(ScrollBar.class::cast).findFirst().orElse(null);
        }
        return scrollBar == null || scrollBar.getWidth() <= 0 ? DEFAULT_SCROLL_BAR : scrollBar.getWidth();
    }
}
