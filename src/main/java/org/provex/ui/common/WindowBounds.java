package org.provex.ui.common;

import java.util.Comparator;
import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Fits a window's saved bounds to the screens there are now: a window saved on a 1440x900 screen (or on a second
 * monitor since unplugged) comes back whole on a 1024x640 one. The window goes to the screen it overlapped most
 * (the first screen when it overlaps none), shrinks to that screen's usable area and moves inside it.
 */
public final class WindowBounds {

    private WindowBounds() {
    }

    /**
     * @param saved   the bounds last saved (x, y, width, height)
     * @param screens the usable area of each screen (visual bounds: without task bars and docks), primary first
     * @param minimum the window's minimum size; a screen smaller than that keeps the minimum at its top-left corner
     */
    public static Rectangle2D fit(Rectangle2D saved, List<Rectangle2D> screens, Rectangle2D minimum) {
        if (screens.isEmpty()) {
            return saved;
        }
        Rectangle2D screen = screens.stream().max(Comparator.comparingDouble(s -> overlap(s, saved)))
                .filter(s -> overlap(s, saved) > 0).orElse(screens.get(0));
        double width = Math.max(Math.min(saved.getWidth(), screen.getWidth()), minimum.getWidth());
        double height = Math.max(Math.min(saved.getHeight(), screen.getHeight()), minimum.getHeight());
        double x = clamp(saved.getMinX(), screen.getMinX(), screen.getMaxX() - width);
        double y = clamp(saved.getMinY(), screen.getMinY(), screen.getMaxY() - height);
        return new Rectangle2D(x, y, width, height);
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w <= 0 || h <= 0 ? 0 : w * h;
    }

    /** {@code value} within [low, high]; the low edge wins when the window is larger than the screen. */
    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(value, high));
    }
}
