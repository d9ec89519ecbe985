package org.provex.core.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class BuildInfoTest {

    @Test
    void readsTheVersionAndCommitTheBuildWrote() {
        BuildInfo info = BuildInfo.current();
        assertThat(info.version()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(info.commit()).matches("[0-9a-f]{7,}|unknown");
        assertThat(info.java()).startsWith(System.getProperty("java.version") + " (");
        assertThat(info.javafx()).as("read from javafx.properties, without starting the toolkit").startsWith("21.");
        assertThat(info.lines()).hasSize(4).first().isEqualTo("Provex " + info.version());
    }

    @Test
    void unresolvedOrMissingValuesAreUnknown() {
        Properties outsideGit = new Properties();
        outsideGit.setProperty("version", "0.2.0");
        outsideGit.setProperty("commit", "${buildNumber}");
        BuildInfo info = BuildInfo.of(outsideGit, null, "17.0.15", null, null);
        assertThat(info.lines()).containsExactly("Provex 0.2.0", "Build commit: unknown", "Java: 17.0.15",
                "JavaFX: unknown");
        assertThat(BuildInfo.of(new Properties(), " ", null, null, null).version()).isEqualTo(BuildInfo.UNKNOWN);
    }

    @Test
    void namesTheJavaVendorAndVm() {
        Properties build = new Properties();
        build.setProperty("commit", "8df4d91");
        BuildInfo info = BuildInfo.of(build, "21.0.11+4", "17.0.15", "Debian", "OpenJDK 64-Bit Server VM");
        assertThat(info.commit()).isEqualTo("8df4d91");
        assertThat(info.java()).isEqualTo("17.0.15 (Debian, OpenJDK 64-Bit Server VM)");
        assertThat(info.javafx()).isEqualTo("21.0.11+4");
    }
}
