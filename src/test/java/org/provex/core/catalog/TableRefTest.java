package org.provex.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TableRefTest {

    @Test
    void qualifiedAndParseAreInverse() {
        TableRef ref = new TableRef("deriva-ml", "Execution");
        assertThat(ref.qualified()).isEqualTo("deriva-ml:Execution");
        assertThat(TableRef.parse("deriva-ml:Execution")).isEqualTo(ref);
        assertThat(TableRef.parse(new TableRef("test-schema", "Image").qualified()))
                .isEqualTo(new TableRef("test-schema", "Image"));
    }

    @Test
    void parseSplitsAtFirstColon() {
        assertThat(TableRef.parse("eye-ai:odd:name")).isEqualTo(new TableRef("eye-ai", "odd:name"));
    }

    @Test
    void parseRejectsUnqualifiedNames() {
        assertThatThrownBy(() -> TableRef.parse("Execution")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TableRef.parse(":Execution")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TableRef.parse("deriva-ml:")).isInstanceOf(IllegalArgumentException.class);
    }
}
