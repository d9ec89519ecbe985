package org.provex.core.reproduce.launch.slurm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Quoting is checked by the shells that read it: each argument must arrive whole and unchanged. */
@DisabledOnOs(OS.WINDOWS)
class ShellQuoteTest {

    static final List<String> HOSTILE = List.of("plain", "with space", "it's", "\"double\"", "$(touch pwned)",
            "`touch pwned`", "$HOME", "${PATH}", "a;touch pwned", "a|b", "a&&b", "*", "~", "~root", "new\nline",
            "#SBATCH --partition=evil", "new\n#SBATCH --wrap=touch pwned", "tab\there", "back\\slash", "", "-n",
            "'\\''", "x=1", "\u00e9t\u00e9 \u2028 sep", "bell\u0007", "%j");

    @TempDir
    Path tmp;

    @Test
    void bashReadsEveryArgumentBackExactly() throws Exception {
        Path script = tmp.resolve("s.sh");
        Files.writeString(script, "cd " + ShellQuote.bash(tmp.toString()) + "\nprintf '%s\\0' "
                + ShellQuote.bashLine(HOSTILE) + "\n", StandardCharsets.UTF_8);
        assertThat(run(List.of("bash", script.toString()))).isEqualTo(HOSTILE);
        assertThat(tmp.resolve("pwned")).doesNotExist();
    }

    @Test
    void aRemoteShellReadsEveryArgumentBackExactly() throws Exception {
        List<String> safe = HOSTILE.stream().filter(a -> !ShellQuote.hasControl(a)).toList();
        String line = ShellQuote.remote(concat(List.of("printf", "%s\\0"), safe));
        // what sshd does with the command: the login shell reads it as one string
        assertThat(run(List.of("sh", "-c", "cd " + ShellQuote.remote(List.of(tmp.toString())) + " && " + line)))
                .isEqualTo(safe);
        assertThat(tmp.resolve("pwned")).doesNotExist();
    }

    @Test
    void remoteRefusesWhatCshCannotCarry() {
        assertThatThrownBy(() -> ShellQuote.remote(List.of("a\nb"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be passed through SSH");
        assertThatThrownBy(() -> ShellQuote.remote(List.of("hist!"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void controlCharactersNeverLeaveARawLineBreak() {
        assertThat(ShellQuote.bash("a\n#SBATCH --x")).isEqualTo("$'a\\n#SBATCH --x'").doesNotContain("\n");
        assertThat(ShellQuote.bash("plain/path-1.2")).isEqualTo("plain/path-1.2");
        assertThat(ShellQuote.bash("it's")).isEqualTo("'it'\\''s'");
        assertThat(ShellQuote.bashLine(List.of("A=1", "b=2"))).isEqualTo("'A=1' b=2");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private List<String> run(List<String> argv) throws Exception {
        Process p = new ProcessBuilder(argv).directory(tmp.toFile()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(out, StandardCharsets.UTF_8)).isZero();
        String text = new String(out, StandardCharsets.UTF_8);
        return Arrays.asList(text.substring(0, text.length() - 1).split("\0", -1));
    }
}
