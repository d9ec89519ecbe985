package org.provex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class QuickCompilationTest {

    private static String directives(String operation) throws Exception {
        return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), operation,
                new Object[] {new String[0]}, new String[] {String[].class.getName()}));
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void aCommandRunsWithoutTheOptimisingCompilerAndFullKeepsIt() throws Exception {
        String before = directives("compilerDirectivesPrint");
        QuickCompilation.forCommand();   // not wanted by a launcher (a command run inside a test): nothing
        assertThat(directives("compilerDirectivesPrint")).isEqualTo(before);
        System.setProperty("provex.jit", "full");
        try {
            QuickCompilation.wantedByLauncher();
            QuickCompilation.forCommand();
        } finally {
            System.clearProperty("provex.jit");
        }
        assertThat(directives("compilerDirectivesPrint")).isEqualTo(before);

        QuickCompilation.wantedByLauncher();
        QuickCompilation.forCommand();
        QuickCompilation.forCommand();   // once per process
        try {
            String after = directives("compilerDirectivesPrint");
            assertThat(count(after, "Directive:")).isEqualTo(count(before, "Directive:") + 1);
            String added = after.substring(0, after.indexOf("Directive:", after.indexOf("Directive:") + 1));
            assertThat(added).contains("matching: *.*");
            assertThat(added.substring(added.indexOf("c2 directives:"))).contains("Exclude:true");
            assertThat(added.substring(added.indexOf("c1 directives:"), added.indexOf("c2 directives:")))
                    .contains("Exclude:false");
        } finally {
            directives("compilerDirectivesRemove");   // the test JVM keeps both compilers
        }
        assertThat(directives("compilerDirectivesPrint")).isEqualTo(before);
    }
}
