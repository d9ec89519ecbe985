package org.provex.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.provex.core.live.CatalogManager;
import org.provex.core.settings.Settings.CatalogEntry;
import org.provex.core.sync.MetadataFiles;
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
                + "A failed or interrupted sync leaves the cache as it was.",
            "Every metadata file of the catalog's executions (configuration.json, environment snapshots, uv.lock, "
                + "Hydra config, overrides and runtime YAML) is downloaded too, verified, once per MD5, skipping "
                + "what is cached, so runs can be audited and compared offline. A file that cannot be fetched is "
                + "named in a warning and does not fail the sync. Large assets (model weights, images) are never "
                + "downloaded by sync."})
final class SyncCommand extends BaseCommand {

    private static final int FAILURES_SHOWN = 10;

    @Option(names = "--files", description = "Download every metadata file (the default; kept for scripts).")
    boolean files;

    @Option(names = "--no-files", description = "Download only the configuration.json files the cache needs; the "
            + "other metadata files are fetched when a command or the window first needs them.")
    boolean noFiles;

    @Option(names = "--full", description = "Read every table again instead of only the changes.")
    boolean full;

    @Override
    int run(CliContext ctx) throws Exception {
        if (files && noFiles) {
            throw new CliException("--files and --no-files contradict each other; give one.", 2);
        }
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
                ProgressLine progress = new ProgressLine(ctx.err(), "provex: " + name + ": ", ProgressLine.terminal());
                try {
                    SyncReport report = catalogs.sync(name, full, !noFiles, progress, () -> false, pool.executor());
                    progress.clear();
                    if (ctx.json()) {
                        json.add(json(name, report));
                    } else {
                        ctx.print(summary(name, report));
                    }
                    report.warnings().forEach(w -> ctx.err().println("provex: warning: " + name + ": "
                            + TextTable.clean(w)));
                    fileWarnings(ctx, name, report.files());
                } catch (Exception e) {
                    progress.clear();
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

    /** The files that could not be fetched, by name (the first few; JSON lists them all). */
    private static void fileWarnings(CliContext ctx, String name, MetadataFiles.Outcome files) {
        List<MetadataFiles.Failure> shown = files.failures().stream().limit(FAILURES_SHOWN).toList();
        for (MetadataFiles.Failure f : shown) {
            ctx.err().println("provex: warning: " + name + ": not downloaded: " + failure(f));
        }
        if (files.failed() > shown.size()) {
            ctx.err().println(String.format(Locale.ROOT, "provex: warning: %s: and %,d more files not downloaded "
                    + "(--format json lists them); the next sync tries them again", name,
                    files.failed() - shown.size()));
        }
        ctx.err().flush();
    }

    private static String failure(MetadataFiles.Failure f) {
        return TextTable.clean(f.file().filename() + " (row " + f.file().rid() + "): " + f.error().getMessage());
    }

    private static String summary(String name, SyncReport r) {
        String what = switch (r.kind()) {
            case UNCHANGED -> "unchanged since snapshot " + r.snaptime();
            case INCREMENTAL -> String.format(Locale.ROOT, "%,d rows changed (%,d new, %,d updated, %,d deleted), "
                    + "snapshot %s -> %s", r.inserted() + r.updated() + r.deleted(), r.inserted(), r.updated(),
                    r.deleted(), r.previous(), r.snaptime());
            case FULL -> String.format(Locale.ROOT, "full sync of %,d rows at snapshot %s (%s)", r.rowsRead(),
                    r.snaptime(), r.reason());
        };
        MetadataFiles.Outcome f = r.files();
        boolean quiet = r.kind() == SyncReport.Kind.UNCHANGED && f.fetched() + f.failed() == 0;
        String files = quiet ? "" : String.format(Locale.ROOT, "; metadata files: %,d downloaded (%s), "
                + "%,d already cached", f.fetched(), Format.bytes(f.bytes()), f.alreadyStored())
                + (f.leftOnDemand() == 0 ? "" : String.format(Locale.ROOT, ", %,d large ones left for when "
                + "they are opened", f.leftOnDemand()))
                + (f.failed() == 0 ? "" : String.format(Locale.ROOT, ", %,d not downloaded", f.failed()));
        return String.format(Locale.ROOT, "%s: %s; %,d executions cached%s; %d requests in %.1f s.%n", name, what,
                r.executions(), files, r.requests(), r.elapsed().toMillis() / 1000.0);
    }

    private static ObjectNode json(String name, SyncReport r) {
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
        o.put("requests", r.requests());
        o.put("seconds", r.elapsed().toMillis() / 1000.0);
        o.set("warnings", JsonViews.strings(r.warnings()));
        MetadataFiles.Outcome f = r.files();
        o.put("files_fetched", f.fetched());
        o.put("file_bytes", f.bytes());
        o.put("files_cached", f.alreadyStored());
        o.put("files_on_demand", f.leftOnDemand());
        o.put("files_failed", f.failed());
        ArrayNode errors = o.putArray("file_errors");
        for (MetadataFiles.Failure failure : f.failures()) {
            errors.addObject().put("filename", failure.file().filename()).put("rid", failure.file().rid().value())
                    .put("md5", failure.file().md5()).put("message", failure.error().getMessage());
        }
        return o;
    }
}
