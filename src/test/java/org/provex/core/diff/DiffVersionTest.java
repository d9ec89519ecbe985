package org.provex.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiffVersionTest {

    @ParameterizedTest(name = "{0} -> {1} is {2} {3}")
    @CsvSource(nullValues = "null", value = {
        "2.4.1, 2.5.1, UPGRADED, MINOR",
        "2.5.1, 2.4.1, DOWNGRADED, MINOR",
        "1.26.4, 2.1.3, UPGRADED, MAJOR",
        "5.28.3, 4.25.5, DOWNGRADED, MAJOR",
        "2.2.2, 2.2.3, UPGRADED, PATCH",
        "12.1.3.1, 12.1.3.2, UPGRADED, PATCH",
        "2.0.0rc1, 2.0.0, UPGRADED, PRE_RELEASE",
        "2.0.0, 2.0.1.dev3, UPGRADED, PATCH",
        "2.0.0.dev1, 2.0.0.dev2, UPGRADED, PRE_RELEASE",
        "1.0, 1.0.post1, UPGRADED, POST_RELEASE",
        "2.1.0+cu121, 2.1.0+cu124, CHANGED, LOCAL",
        "2.1.0+cu124, 2.1.0, CHANGED, LOCAL",
        "2.1.0+cu121, 2.2.0+cu121, UPGRADED, MINOR",
        "1!1.0, 2.0, DOWNGRADED, MAJOR",
        "535.183.01, 550.127.05, UPGRADED, MAJOR",
        "'git+https://github.com/org/lib@3f2a1b', 1.0.0, CHANGED, OTHER",
        "1.0.0, 'git+https://github.com/org/lib@3f2a1b', CHANGED, OTHER",
        "unknown, also-unknown, CHANGED, OTHER",
        "1.0, 1.0.0, SAME, NONE",
        "v1.2, 1.2, SAME, NONE",
        "null, 1.0, ADDED, NONE",
        "1.0, '', REMOVED, NONE",
        "null, null, SAME, NONE"
    })
    void classifiesByPep440Ordering(String from, String to, CellState state, VersionLevel level) {
        VersionChange v = VersionChange.classify(from, to);
        assertThat(v.state()).isEqualTo(state);
        assertThat(v.level()).isEqualTo(level);
    }

    @ParameterizedTest
    @CsvSource({"2.4.1, 2.5.1, upgraded (minor)", "2.1.0+cu121, 2.1.0+cu124, changed (local build)",
        "'', 1.0, added"})
    void describesForPeople(String from, String to, String words) {
        assertThat(VersionChange.classify(from, to).describe()).isEqualTo(words);
    }
}
