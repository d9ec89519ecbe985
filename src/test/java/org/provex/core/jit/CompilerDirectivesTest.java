package org.provex.core.jit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/** The window's start adds the C1-only directive and removes it after the first table: the real JVM's stack. */
class CompilerDirectivesTest {

    private static String printed() throws Exception {
        return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
                new Object[] {new String[0]}, new String[] {String[].class.getName()}));
    }

    @Test
    void anAddedDirectiveIsOnTheStackUntilRemovedAndFullKeepsTheCompilers() throws Exception {
        String before = printed();
        assertThat(CompilerDirectives.add(CompilerDirectives.C1_ONLY)).isTrue();
        try {
            String during = printed();
            assertThat(during).isNotEqualTo(before);
            String top = during.substring(0, during.indexOf("Directive:", during.indexOf("Directive:") + 1));
            assertThat(top).contains("matching: *.*");
            assertThat(top.substring(top.indexOf("c2 directives:"))).contains("Exclude:true");
        } finally {
            CompilerDirectives.removeLast();
        }
        assertThat(printed()).isEqualTo(before);

        System.setProperty("provex.jit", "full");
        try {
            assertThat(CompilerDirectives.keepCompilers()).isTrue();
            assertThat(CompilerDirectives.add(CompilerDirectives.C1_ONLY)).isFalse();
        } finally {
            System.clearProperty("provex.jit");
        }
        assertThat(printed()).isEqualTo(before);
    }
}
