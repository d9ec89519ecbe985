package org.provex.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.ui.common.ImmediateTaskRunner;
import org.provex.ui.executions.ExecutionSlot;
import org.provex.ui.executions.ExecutionsViewModel;
import org.provex.ui.testing.TestContext;

/** The executions pane's Compare command: enabled with two or more runs selected, oldest first. */
class ExecutionsCompareCommandTest {

    @TempDir
    static Path home;
    private static CompareFixture demo;

    @BeforeAll
    static void openDemo() throws IOException {
        demo = new CompareFixture(home);
    }

    @AfterAll
    static void closeDemo() {
        demo.db.close();
    }

    @Test
    void comparesTheSelectionOldestFirstOnlyWithTwoOrMore() {
        TestContext context = demo.context();
        ExecutionsViewModel vm = new ExecutionsViewModel(context.context(new ImmediateTaskRunner()));
        vm.setTextDelayMillis(0);
        context.session.set(demo.session("demo"));
        List<ExecutionSlot> rows = vm.rowsProperty().get();
        assertThat(rows).hasSizeGreaterThan(6);

        vm.select(List.of(rows.get(1)));
        assertThat(vm.canCompareProperty().get()).isFalse();
        vm.compare();
        assertThat(context.navigator.calls).isEmpty();

        vm.select(List.of(rows.get(1), rows.get(6), rows.get(3)));
        assertThat(vm.canCompareProperty().get()).isTrue();
        vm.compare();
        assertThat(context.navigator.calls).containsExactly("compare " + List.of(rows.get(6).row().rid(),
                rows.get(3).row().rid(), rows.get(1).row().rid()));
    }
}
