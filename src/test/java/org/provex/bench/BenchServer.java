package org.provex.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.provex.core.catalog.CatalogSource;
import org.provex.core.demo.DemoCatalogGenerator;
import org.provex.core.demo.DemoOptions;
import org.provex.testserver.DerivaTestServer;

/**
 * The DERIVA test server serving the demo catalog plus N generated executions until stdin closes, so that a sync can
 * be profiled as a process of its own ({@code provex catalog add ORIGIN 1}, then {@code provex sync --full} with
 * JFR). Not a test. {@code BenchServer [N]} prints the origin, then reads commands, one a line: {@code change}
 * publishes the catalog an hour later with 100 executions changed (as {@link SyncBench} does, for profiling an
 * incremental sync); a file name writes the tables and files read since the last line as {@link PlainFetch}'s plan;
 * every line forgets the requests recorded so far.
 */
public final class BenchServer {

    private BenchServer() {
    }

    public static void main(String[] args) throws IOException {
        int extra = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        CatalogSource state = DemoCatalogGenerator.generate(new DemoOptions(extra));
        try (DerivaTestServer server = DerivaTestServer.start()) {
            server.publish(state);
            SyncBench.say("%s", server.origin());
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null; ) {
                String command = line.strip();
                if (command.equals("change")) {
                    state = SyncBench.changed(state);
                    server.publish(state);
                    SyncBench.say("published %s", state.snaptime());
                } else if (!command.isEmpty()) {
                    SyncBench.plan(server.requests(), Path.of(command));
                }
                server.reset();
            }
        }
    }
}
