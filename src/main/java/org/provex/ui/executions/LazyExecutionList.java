package org.provex.ui.executions;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ObservableListBase;
import org.provex.core.cache.query.ExecutionRow;
import org.provex.ui.common.TaskRunner;
import org.provex.ui.common.TaskSlot;

/**
 * The rows of one query (a filter and a sort) as a list of the query's full size whose pages are read
 * from the cache only when the table asks for them. Pages are read one at a time, most recently asked
 * first; pages scrolled past before their turn are dropped, and only the most recently used pages stay
 * in memory, so scrolling through 100,000 rows keeps a bounded heap. The list only grows, once, when the
 * query's rows are counted after its first page is shown; a new query makes a new list.
 */
final class LazyExecutionList extends ObservableListBase<ExecutionSlot> {

    static final int PAGE_SIZE = 100;
    static final int MAX_PAGES_KEPT = 40;
    static final int MAX_PAGES_WAITING = 6;

    /** Reads {@code limit} rows of the query from {@code offset} (blocking; runs off the FX thread). */
    @FunctionalInterface
    interface PageQuery {
        List<ExecutionRow> fetch(int offset, int limit);
    }

    private final TaskSlot reading;
    private final String taskTitle;
    private final PageQuery query;
    private int size;
    private final Runnable onPageFilled;
    private final Map<Integer, ExecutionSlot[]> pages = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, ExecutionSlot[]> eldest) {
            return size() > MAX_PAGES_KEPT;
        }
    };
    private final Deque<Integer> waiting = new ArrayDeque<>();
    private final Map<Integer, ExecutionSlot[]> waitingSlots = new HashMap<>();
    private boolean disposed;
    private int pagesRead;

    LazyExecutionList(TaskRunner tasks, String taskTitle, PageQuery query, int size, List<ExecutionRow> firstPage,
                      Runnable onPageFilled) {
        this.reading = tasks.slot();
        this.taskTitle = taskTitle;
        this.query = query;
        this.size = size;
        this.onPageFilled = onPageFilled;
        if (size > 0 && !firstPage.isEmpty()) {
            ExecutionSlot[] slots = newSlots(0);
            for (int i = 0; i < slots.length && i < firstPage.size(); i++) {
                slots[i].fill(firstPage.get(i));
            }
            pages.put(0, slots);
        }
    }

    @Override
    public ExecutionSlot get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " of " + size);
        }
        int page = index / PAGE_SIZE;
        ExecutionSlot[] slots = pages.get(page);
        if (slots == null) {
            slots = newSlots(page);
            pages.put(page, slots);
            request(page, slots);
        }
        return slots[index - page * PAGE_SIZE];
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * The query's rows were counted while its first page (a full one) was shown: the list grows to that size (the
     * rows beyond the first page are added, to be read when asked for; those shown stay, and so does the selection).
     */
    void grow(int rows) {
        if (rows <= size || size % PAGE_SIZE != 0) {
            return;
        }
        int from = size;
        size = rows;
        beginChange();
        nextAdd(from, rows);
        endChange();
    }

    /** Stops reading: the query was superseded. */
    void dispose() {
        disposed = true;
        waiting.clear();
        waitingSlots.clear();
        reading.cancel();
    }

    /** Pages read from the cache so far (the first page, read with the count, is not counted). */
    int pagesRead() {
        return pagesRead;
    }

    /** Pages currently held in memory. */
    int pagesKept() {
        return pages.size();
    }

    private ExecutionSlot[] newSlots(int page) {
        int from = page * PAGE_SIZE;
        ExecutionSlot[] slots = new ExecutionSlot[Math.min(PAGE_SIZE, size - from)];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = new ExecutionSlot(from + i);
        }
        return slots;
    }

    private void request(int page, ExecutionSlot[] slots) {
        waiting.remove(page);
        waiting.addLast(page);
        waitingSlots.put(page, slots);
        while (waiting.size() > MAX_PAGES_WAITING) {
            Integer dropped = waiting.removeFirst();
            ExecutionSlot[] droppedSlots = waitingSlots.remove(dropped);
            // scrolled past before its turn: forget it, so that coming back asks again
            pages.remove(dropped, droppedSlots);
        }
        readNext();
    }

    private void readNext() {
        if (reading.isRunning() || disposed || waiting.isEmpty()) {
            return;
        }
        int page = waiting.removeLast();
        ExecutionSlot[] slots = waitingSlots.remove(page);
        reading.task(taskTitle, ctx -> ctx.isCancelled() ? null : query.fetch(page * PAGE_SIZE, slots.length))
                .onSuccess(rows -> fill(slots, rows))
                .andFinally(this::readNext)
                .start();
    }

    private void fill(ExecutionSlot[] slots, List<ExecutionRow> rows) {
        if (disposed || rows == null) {
            return;
        }
        pagesRead++;
        for (int i = 0; i < slots.length && i < rows.size(); i++) {
            slots[i].fill(rows.get(i));
        }
        onPageFilled.run();
    }
}
