package org.provex.ui.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Collections;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.provex.ui.common.Messages;
import org.provex.ui.datasets.DatasetsView;
import org.provex.ui.workflows.WorkflowsView;

/** Every message of the Workflows and Datasets panes formats, and none shows MessageFormat quoting. */
class BrowseMessagesTest {

    @Test
    void everyMessageFormatsWithArgumentsAndReadsWellWithout() {
        for (Class<?> feature : new Class<?>[] {BrowseStyles.class, WorkflowsView.class, DatasetsView.class}) {
            Messages m = Messages.of(feature);
            ResourceBundle bundle = m.bundle();
            for (String key : Collections.list(bundle.getKeys())) {
                String pattern = bundle.getString(key);
                if (pattern.contains("{0")) {
                    assertThatCode(() -> m.get(key, 2, 3, 4)).as(key).doesNotThrowAnyException();
                    assertThat(m.get(key, 2, 3, 4)).as(key).doesNotContain("''");
                } else {
                    // Returned verbatim: a doubled quote would show as such.
                    assertThat(m.get(key)).as(key).doesNotContain("''");
                }
            }
        }
    }
}
