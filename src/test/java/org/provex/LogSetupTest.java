package org.provex;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The logging set up in code writes what logback.xml wrote, where it wrote it. */
class LogSetupTest {

    @TempDir
    Path dir;

    @Test
    void writesInfoAndAboveToProvexLogInTheLogsFolderAndJGitWarningsOnly() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());   // as the SLF4J provider does
        context.start();
        LogSetup.setUp(context, dir.toString());
        context.getLogger("org.provex.Example").info("opened catalog {}", "demo");
        context.getLogger("org.provex.Example").debug("not written");
        context.getLogger("org.eclipse.jgit.transport.Something").info("not written either");
        context.getLogger("org.eclipse.jgit.transport.Something").warn("written");
        assertThat(context.getLogger("org.eclipse.jgit").getLevel()).isEqualTo(Level.WARN);
        context.stop();

        String log = Files.readString(dir.resolve("provex.log"), StandardCharsets.UTF_8);
        assertThat(log).containsPattern("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} INFO  \\[[^]]+\\] "
                + "org.provex.Example - opened catalog demo");
        assertThat(log).contains("WARN", "written").doesNotContain("not written");
    }
}
