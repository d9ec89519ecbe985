package org.provex.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One run of the command line in this JVM with its output captured, logins kept in a temporary credential file
 * (never ~/.deriva), for the CLI tests.
 */
record CliRun(int exit, String out, String err) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** {@code provex ARGS --credential-file CREDENTIALS} with {@code stdin} as standard input. */
    static CliRun of(Path credentials, String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--credential-file");
        all.add(credentials.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ProvexCommand.run(new BufferedReader(new StringReader(stdin)), new PrintWriter(out, true),
                new PrintWriter(err, true), all.toArray(String[]::new));
        return new CliRun(exit, out.toString(), err.toString());
    }

    JsonNode json() {
        return JSON.readTree(out);
    }
}
