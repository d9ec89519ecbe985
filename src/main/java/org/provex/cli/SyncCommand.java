package org.provex.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.provex.core.live.CatalogManager;
import org.provex.core.settings.Settings.CatalogEntry;
import org.provex.core.sync.MetadataFiles;
import org.provex.core.sync.SyncListener;
import org.provex.core.sync.SyncReport;
import org.provex.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code provex sync}: bring catalog caches up to date (progress on stderr, a summary on stdout). */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Bring the cache of a catalog (--catalog NAME), or of every added catalog, up to date. "
                + "An unchanged catalog costs one request; otherwise only rows changed since the last sync are read. "
                + "A failed or interrupted sync leaves the cache as it was."})
final class SyncCommand extends BaseCommand {

    @Option(names = "--files", description = "Also download every metadata file (environment snapshots, uv.lock, "
            + "Hydra configs) now, instead of when each is first opened.")
    boolean files;

    @Option(names = "--full", description = "Read every table again instead of only the changes.")
    boolean full;

    @Override
    int run(CliContext ctx) throws Exception {
        CatalogManager catalogs = ctx.catalogs();
        List<String> names = new ArrayList<>();
        if (ctx.catalogGiven()) {
            if (Workspace.DEMO.equals(ctx.catalog())) {
                throw new CliException("The demo catalog is built in and never synced; 'provex demo' rebuilds it.",
                        2);
            }
            names.add(ctx.catalog());
        } else {
            ctx.workspace().settings().catalogs().stream().map(CatalogEntry::name).forEach(names::add);
            if (names.isEmpty()) {
                throw new CliException("No catalogs to sync; add one first: provex catalog add HOST ID");
            }
        }
        ArrayNode json = JsonViews.F.arrayNode();
        int failures = 0;
        try (FilePool pool = new FilePool()) {
            for (String name : names) {
                Progress progress = new Progress(ctx.err(), name);
                try {
                    SyncReport report = catalogs.sync(name, full, progress, () -> false, pool.executor());
                    MetadataFiles.Outcome fetched = files ? catalogs.fetchAllFiles(name, pool.executor(), progress,
                            () -> false) : null;
                    if (ctx.json()) {
                        json.add(json(name, report, fetched));
                    } else {
                        ctx.print(summary(name, report, fetched));
                    }
                    report.warnings().forEach(w -> ctx.err().println("provex: warning: " + name + ": " + w));
                    if (fetched != null && !fetched.failures().isEmpty()) {
                        fetched.failures().forEach(f -> ctx.err().println("provex: " + name + ": "
                                + TextTable.clean(f.error().getMessage())));
                        failures++;
                    }
                } catch (Exception e) {
                    if (names.size() == 1) {
                        throw e;
                    }
                    ctx.err().println("provex: " + name + ": " + ProvexCommand.messageOf(e));
                    failures++;
                }
            }
        }
        if (ctx.json()) {
            ctx.printJson(json);
        }
        return failures == 0 ? 0 : 1;
    }

    private static String summary(String name, SyncReport r, MetadataFiles.Outcome fetched) {
        String what = switch (r.kind()) {
            case UNCHANGED -> "unchanged since snapshot " + r.snaptime();
            case INCREMENTAL -> String.format(Locale.ROOT, "%,d rows changed (%,d new, %,d updated, %,d deleted), "
                    + "snapshot %s -> %s", r.inserted() + r.updated() + r.deleted(), r.inserted(), r.updated(),
                    r.deleted(), r.previous(), r.snaptime());
            case FULL -> String.format(Locale.ROOT, "full sync of %,d rows at snapshot %s (%s)", r.rowsRead(),
                    r.snaptime(), r.reason());
        };
        String files = fetched == null ? "" : String.format(Locale.ROOT, "; %d metadata files fetched (%s)%s",
                fetched.fetched(), Format.bytes(fetched.bytes()),
                fetched.failures().isEmpty() ? "" : ", " + fetched.failures().size() + " failed");
        return String.format(Locale.ROOT, "%s: %s; %,d executions cached; %d requests in %.1f s%s.%n", name, what,
                r.executions(), r.requests(), r.elapsed().toMillis() / 1000.0, files);
    }

    private static ObjectNode json(String name, SyncReport r, MetadataFiles.Outcome fetched) {
        ObjectNode o = JsonViews.F.objectNode();
        o.put("catalog", name);
        o.put("kind", r.kind().name().toLowerCase(Locale.ROOT));
        o.put("reason", r.reason());
        o.put("previous_snaptime", r.previous() == null ? null : r.previous().value());
        o.put("snaptime", r.snaptime().value());
        o.put("rows_read", r.rowsRead());
        o.put("inserted", r.inserted());
        o.put("updated", r.updated());
        o.put("deleted", r.deleted());
        o.put("executions", r.executions());
        o.put("configuration_files", r.filesFetched());
        o.put("requests", r.requests());
        o.put("seconds", r.elapsed().toMillis() / 1000.0);
        o.set("warnings", JsonViews.strings(r.warnings()));
        if (fetched != null) {
            o.put("files_fetched", fetched.fetched());
            o.put("file_bytes", fetched.bytes());
            o.set("file_errors", JsonViews.strings(fetched.failures().stream()
                    .map(f -> f.error().getMessage()).toList()));
        }
        return o;
    }

    /** One stderr line per table read and per step, and a count of files. */
    private static final class Progress implements SyncListener {
        private final PrintWriter err;
        private final String name;
        private long files;
        private long bytes;

        Progress(PrintWriter err, String name) {
            this.err = err;
            this.name = name;
        }

        @Override
        public void step(String description) {
            err.println("provex: " + name + ": " + description + "...");
            err.flush();
        }

        @Override
        public void tableStarted(String table, int index, int total) {
            err.print(String.format(Locale.ROOT, "provex: %s: [%d/%d] %s", name, index, total, table));
            err.flush();
        }

        @Override
        public void tableFinished(String table, long rowsRead) {
            err.println(String.format(Locale.ROOT, ": %,d rows", rowsRead));
            err.flush();
        }

        @Override
        public synchronized void fileFetched(String filename, long size) {
            files++;
            bytes += size;
            if (files % 100 == 0) {
                err.println(String.format(Locale.ROOT, "provex: %s: %,d files (%s)", name, files,
                        Format.bytes(bytes)));
                err.flush();
            }
        }
    }
}
