package org.provex.ui.common;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * The end point of the start-up measurement, the same for Provex ({@code --exit-after-first-render}) and for the
 * bare JavaFX table it is compared with: the first pulse after whose layout a table in the scene shows a row with
 * text. "Shows" means the table and its parents are visible and one of its row cells is laid out with an item and
 * a cell whose text is neither blank nor the ellipsis a row shows while its page is being read. The frame laid out
 * in that pulse is the one the renderer draws next.
 */
public final class FirstRender {

    /** Linux's clock tick for {@code /proc/self/stat} times (USER_HZ, 100 on every Linux architecture in use). */
    private static final long TICKS_PER_SECOND = 100;
    private static final String LOADING = "\u2026";

    /**
     * When the first row appeared.
     *
     * @param millis    wall milliseconds from JVM start
     * @param cpuMillis CPU milliseconds of the whole process until then (all threads, user and system; -1 where the
     *                  operating system does not say: only Linux does here)
     * @param heapMb    heap in use after a full collection, in MB
     */
    public record Result(long millis, long cpuMillis, long heapMb) {

        /** One line for a benchmark to read: {@code rendered N ms after the JVM started; cpu N ms; heap N MB}. */
        public String line() {
            return "rendered " + millis + " ms after the JVM started; cpu " + cpuMillis + " ms; heap " + heapMb + " MB";
        }
    }

    private FirstRender() {
    }

    /** Calls {@code then} once, in the first pulse in which {@code table} shows a row with text in {@code scene}. */
    public static void whenRowShown(Scene scene, TableView<?> table, Consumer<Result> then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            if (!rowShown(scene, table)) {
                return;
            }
            scene.removePostLayoutPulseListener(once[0]);
            long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            long cpu = processCpuMillis();
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
            then.accept(new Result(millis, cpu, heap));
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    static boolean rowShown(Scene scene, TableView<?> table) {
        if (table.getScene() != scene || !visible(table)) {
            return false;
        }
        for (Node n : table.lookupAll(".table-row-cell")) {
            if (n instanceof TableRow<?> row && row.isVisible() && !row.isEmpty() && row.getItem() != null
                    && hasText(row)) {
                return true;
            }
        }
        return false;
    }

    private static boolean visible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasText(TableRow<?> row) {
        for (Node n : row.getChildrenUnmodifiable()) {
            if (n instanceof IndexedCell<?> cell && cell.getText() != null && !cell.getText().isBlank()
                    && !LOADING.equals(cell.getText())) {
                return true;
            }
        }
        return false;
    }

    /** The process's CPU time so far from {@code /proc/self/stat} (Linux); -1 elsewhere or when unreadable. */
    public static long processCpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
            // the fields after the command name, which is in parentheses and may contain spaces
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            // utime and stime are the 14th and 15th fields of the line, the 12th and 13th after the name
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 1000 / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
