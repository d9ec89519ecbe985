package org.provex.ui.executions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.provex.core.cache.query.ExecutionRow;
import org.provex.core.model.ExecutionDurations;
import org.provex.core.model.Rid;
import org.provex.ui.common.ManualTaskRunner;
import org.provex.ui.common.ImmediateTaskRunner;

class LazyExecutionListTest {

    private final List<Integer> offsets = new ArrayList<>();

    private List<ExecutionRow> fetch(int offset, int limit) {
        offsets.add(offset);
        return IntStream.range(offset, offset + limit).mapToObj(LazyExecutionListTest::row).toList();
    }

    private static ExecutionRow row(int i) {
        return new ExecutionRow(Rid.of("1-" + Integer.toString(i * 2 + 2, 32).toUpperCase().replace('I', 'X')
                .replace('L', 'Y').replace('O', 'Z').replace('U', 'W')), "run " + i, null, null, "Uploaded", null,
                Instant.EPOCH, ExecutionDurations.NONE, 0, null, null, false);
    }

    @Test
    void pagesAreReadWhenTheTableAsksAndMemoryStaysBounded() {
        LazyExecutionList list = new LazyExecutionList(new ImmediateTaskRunner(), "read", this::fetch, 100_000,
                fetch(0, LazyExecutionList.PAGE_SIZE), () -> { });
        offsets.clear();
        assertThat(list).hasSize(100_000);
        assertThat(list.get(5).row().description()).isEqualTo("run 5");
        assertThat(offsets).isEmpty();
        assertThat(list.get(54_321).row().description()).isEqualTo("run 54321");
        assertThat(offsets).containsExactly(54_300);
        for (int i = 0; i < 100_000; i++) {
            assertThat(list.get(i).index()).isEqualTo(i);
        }
        assertThat(list.get(99_999).row().description()).isEqualTo("run 99999");
        assertThat(list.pagesKept()).isLessThanOrEqualTo(LazyExecutionList.MAX_PAGES_KEPT);
    }

    @Test
    void theLastAskedPageIsReadFirstAndPagesScrolledPastAreDropped() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        int[] filled = new int[1];
        LazyExecutionList list = new LazyExecutionList(tasks, "read", this::fetch, 10_000, List.of(),
                () -> filled[0]++);
        ExecutionSlot first = list.get(0);                     // starts reading page 0 at once
        for (int page = 1; page <= 20; page++) {
            list.get(page * LazyExecutionList.PAGE_SIZE);      // fast scrolling: pages wait their turn
        }
        assertThat(tasks.pending()).hasSize(1);
        tasks.pending().get(0).run();
        assertThat(first.row()).isNotNull();
        // then the newest page, not the ones scrolled past
        assertThat(tasks.pending()).hasSize(1);
        tasks.pending().get(0).run();
        assertThat(offsets).containsExactly(0, 2000);
        tasks.runAll();
        assertThat(offsets).hasSize(1 + LazyExecutionList.MAX_PAGES_WAITING);
        assertThat(filled[0]).isEqualTo(1 + LazyExecutionList.MAX_PAGES_WAITING);
        // a dropped page is asked for again when the table comes back to it
        offsets.clear();
        assertThat(list.get(150).row()).isNull();
        tasks.runAll();
        assertThat(list.get(150).row().description()).isEqualTo("run 150");
        assertThat(offsets).containsExactly(100);
    }

    @Test
    void aDisposedListStopsReading() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        LazyExecutionList list = new LazyExecutionList(tasks, "read", this::fetch, 1000, List.of(), () -> { });
        ExecutionSlot slot = list.get(500);
        list.dispose();
        assertThat(tasks.pending()).allSatisfy(p -> assertThat(p.isCancelled()).isTrue());
        tasks.runAll();
        assertThat(slot.row()).isNull();
    }
}
