package org.provex.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowBoundsTest {

    private static final Rectangle2D MIN = new Rectangle2D(0, 0, 900, 560);
    private static final Rectangle2D SMALL = new Rectangle2D(0, 0, 1024, 640);

    @Test
    void aWindowSavedOnALargerScreenShrinksAndMovesInside() {
        Rectangle2D fitted = WindowBounds.fit(new Rectangle2D(300, 200, 1440, 900), List.of(SMALL), MIN);
        assertThat(fitted).isEqualTo(new Rectangle2D(0, 0, 1024, 640));
    }

    @Test
    void aWindowPartlyOffTheScreenMovesBackWhole() {
        Rectangle2D fitted = WindowBounds.fit(new Rectangle2D(600, 400, 960, 600), List.of(SMALL), MIN);
        assertThat(fitted).isEqualTo(new Rectangle2D(64, 40, 960, 600));
    }

    @Test
    void aWindowThatFitsStaysWhereItWas() {
        Rectangle2D saved = new Rectangle2D(20, 10, 1000, 620);
        assertThat(WindowBounds.fit(saved, List.of(SMALL), MIN)).isEqualTo(saved);
    }

    @Test
    void aWindowOnAnUnpluggedMonitorComesToTheFirstScreenAndOneOnTheSecondStaysThere() {
        Rectangle2D second = new Rectangle2D(1024, 0, 1920, 1080);
        Rectangle2D onSecond = new Rectangle2D(1500, 100, 1200, 800);
        assertThat(WindowBounds.fit(onSecond, List.of(SMALL, second), MIN)).isEqualTo(onSecond);
        assertThat(WindowBounds.fit(onSecond, List.of(SMALL), MIN)).isEqualTo(new Rectangle2D(0, 0, 1024, 640));
    }

    @Test
    void aScreenSmallerThanTheMinimumKeepsTheMinimumAtItsCorner() {
        Rectangle2D tiny = new Rectangle2D(0, 0, 800, 500);
        assertThat(WindowBounds.fit(new Rectangle2D(100, 100, 1440, 900), List.of(tiny), MIN))
                .isEqualTo(new Rectangle2D(0, 0, 900, 560));
    }
}
