package org.provex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CLI's progress: rows of the expected total, files, bytes and the time left, as lines or redrawn in place. */
class ProgressLineTest {

    private long now;
    private final StringWriter out = new StringWriter();

    private ProgressLine progress(boolean live) {
        return new ProgressLine(new PrintWriter(out), "provex: lab: ", live, () -> now);
    }

    @Test
    void aLongTableReportsRowsOfTheTotalFilesAndTheTimeLeftEveryTwoSeconds() {
        ProgressLine p = progress(false);
        p.step("Reading rows");
        p.tableStarted("deriva-ml:Execution_Metadata", 3, 21);
        p.rowsExpected(1_000_000);
        p.rowsRead(1_000);   // within two seconds: no status yet
        now += 2_100_000_000L;
        p.filesPlanned(40, 4096);
        p.fileFetched("configuration.json", 2048);
        p.rowsRead(249_000);
        now += 2_100_000_000L;
        p.rowsRead(250_000);
        p.tableFinished("deriva-ml:Execution_Metadata", 500_000);
        p.tableStarted("deriva-ml:Dataset", 4, 21);
        p.tableFinished("deriva-ml:Dataset", 9);

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("provex: lab: Reading rows...");
        assertThat(lines.get(1)).isEqualTo("provex: lab: [3/21] deriva-ml:Execution_Metadata");
        assertThat(lines.get(2)).startsWith("provex: lab: [3/21] deriva-ml:Execution_Metadata \u00b7 1,000 of "
                + "1,000,000 rows \u00b7 0 of 40 metadata files (0 B of 4.0 KiB) \u00b7 about ").endsWith(" left");
        assertThat(lines.get(3)).startsWith("provex: lab: [3/21] deriva-ml:Execution_Metadata \u00b7 500,000 of "
                + "1,000,000 rows \u00b7 1 of 40 metadata files (2.0 KiB of 4.0 KiB) \u00b7 about ");
        assertThat(lines).contains("provex: lab: [3/21] deriva-ml:Execution_Metadata: 500,000 rows",
                "provex: lab: [4/21] deriva-ml:Dataset: 9 rows");
    }

    @Test
    void onATerminalTheTableLineIsRedrawnAndEndsWithItsTotal() {
        ProgressLine p = progress(true);
        p.tableStarted("deriva-ml:Execution", 1, 2);
        p.rowsExpected(20_000);
        now += 200_000_000L;
        p.rowsRead(5_000);
        p.tableFinished("deriva-ml:Execution", 10_000);

        String text = out.toString();
        assertThat(text).contains("\rprovex: lab: [1/2] deriva-ml:Execution \u00b7 5,000 of 20,000 rows \u00b7 about ");
        assertThat(text.substring(text.lastIndexOf('\r') + 1).strip())
                .isEqualTo("provex: lab: [1/2] deriva-ml:Execution: 10,000 rows");
        assertThat(text).endsWith(System.lineSeparator()).doesNotContain("\n\n");
    }

    @Test
    void filesLeftAfterTheRowsCountDownWithTheirTimeLeftAndAnErrorStartsOnItsOwnLine() {
        ProgressLine p = progress(false);
        p.filesPlanned(10, 10 * 1024);
        for (int i = 0; i < 4; i++) {
            now += 1_100_000_000L;
            p.fileFetched("f" + i, 1024);
        }
        p.clear();
        assertThat(out.toString().lines().toList()).anySatisfy(l -> assertThat(l)
                .startsWith("provex: lab: 4 of 10 metadata files (4.0 KiB of 10.0 KiB) \u00b7 about ")
                .endsWith(" left"));
        assertThat(out.toString()).endsWith(System.lineSeparator());
    }
}
