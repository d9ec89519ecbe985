package org.provex.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Collections;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.provex.ui.common.Messages;

/** Every message of the compare window formats, and none shows MessageFormat quoting. */
class CompareMessagesTest {

    @Test
    void everyMessageFormatsWithArgumentsAndReadsWellWithout() {
        Messages m = Messages.of(CompareView.class);
        ResourceBundle bundle = m.bundle();
        for (String key : Collections.list(bundle.getKeys())) {
            String pattern = bundle.getString(key);
            if (pattern.contains("{0")) {
                assertThatCode(() -> m.get(key, 2, 3, 4)).as(key).doesNotThrowAnyException();
                assertThat(m.get(key, 2, 3, 4)).as(key).doesNotContain("''").doesNotContain("{");
                assertThat(m.get(key, 1, 1, 1)).as(key).doesNotContain("{");
            } else {
                assertThat(m.get(key)).as(key).doesNotContain("''");
            }
        }
        assertThat(m.get("header.differ", 1)).isEqualTo("1 field differs");
        assertThat(m.get("header.differ", 3)).isEqualTo("3 fields differ");
    }
}
