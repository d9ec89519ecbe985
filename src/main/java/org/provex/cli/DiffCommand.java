package org.provex.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.provex.core.audit.FileGaps;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.CacheMeta;
import org.provex.core.cache.query.ExecutionDetailQuery;
import org.provex.core.cache.query.LookupQueries;
import org.provex.core.catalog.http.CatalogLocation;
import org.provex.core.diff.Comparison;
import org.provex.core.diff.ExecutionComparer;
import org.provex.core.diff.RowFilter;
import org.provex.core.diff.export.Citations;
import org.provex.core.diff.export.HtmlReport;
import org.provex.core.diff.export.JsonReport;
import org.provex.core.diff.export.MarkdownReport;
import org.provex.core.io.SafeFiles;
import org.provex.core.links.RecordLinks;
import org.provex.core.model.Rid;
import org.provex.core.settings.Settings;
import org.provex.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code provex diff A B [C...]}: why do these runs differ? */
@Command(name = "diff", aliases = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two or more executions against a baseline (the first RID unless --baseline):"
                + " the verdict first (same inputs? same code? same configuration? same environment?), then only"
                + " the differences: inputs, code, config choices, configuration.json, Hydra config and overrides,"
                + " packages, uv.lock, platform, GPU and environment variables.",
            "Secret-looking values are masked unless --reveal-secrets; noise variables (PWD, SHLVL, TERM*,"
                + " SSH_*, Slurm job ids, ...) are folded unless --show-noise.",
            "Metadata files the answers need that are not downloaded yet are fetched first (verified, cached); when"
                + " that is not possible an answer says unknown and why, never same. An answer is same only when"
                + " every source compared exists for both runs; not recorded when deriva-ml recorded none."})
final class DiffCommand extends BaseCommand {

    @Parameters(arity = "2..*", paramLabel = "RID", description = "Two or more execution RIDs (no upper limit).")
    List<String> ridTexts = new ArrayList<>();

    @Option(names = "--baseline", paramLabel = "RID", description = "The run the others are compared with"
            + " (default: the first RID).")
    String baselineText;

    @Option(names = "--all", description = "Show every row, not only the rows where a run differs.")
    boolean all;

    @Option(names = "--show-noise", description = "Also show the folded noise variables.")
    boolean showNoise;

    @Option(names = "--reveal-secrets", description = "Show secret-looking values unmasked (masked by default"
            + " in every format).")
    boolean revealSecrets;

    @Option(names = "--offline", description = "Do not contact the catalog: compare what the cache holds (files not"
            + " downloaded make their answers unknown). By default missing files are fetched first.")
    boolean offline;

    @Option(names = {"--output", "-o"}, paramLabel = "FILE", description = "Write the report to FILE instead of"
            + " standard output.")
    Path output;

    @Override
    Set<ProvexCommand.Format> formats() {
        return EnumSet.allOf(ProvexCommand.Format.class);
    }

    @Override
    int run(CliContext ctx) throws Exception {
        List<Rid> rids = new ArrayList<>();
        for (String text : ridTexts) {
            Rid rid = ShowCommand.parse(text);
            if (rids.contains(rid)) {
                throw new CliException(rid + " is given twice; list each execution once.", 2);
            }
            rids.add(rid);
        }
        Rid baseline = baselineText == null ? rids.get(0) : ShowCommand.parse(baselineText);
        if (!rids.contains(baseline)) {
            throw new CliException("--baseline " + baseline + " is not one of the compared executions.", 2);
        }
        RowFilter filter = new RowFilter(all, showNoise);
        String report;
        try (CacheDatabase db = ctx.openCache()) {
            for (Rid rid : rids) {
                if (new ExecutionDetailQuery(db).detail(rid).isEmpty()) {
                    throw new CliException(ShowCommand.notAnExecution(rid, new LookupQueries(db).resolve(rid),
                            ctx.catalog()));
                }
            }
            FileGaps gaps = OnDemand.fetch(ctx, db, rids, offline);
            Comparison c = new ExecutionComparer(db, gaps).prepare(rids, revealSecrets).against(baseline);
            Citations citations = citations(ctx, new LookupQueries(db).meta());
            report = switch (ctx.format()) {
                case text -> new DiffText(c, filter, citations).render();
                case json -> CliContext.prettyJson(JsonReport.of(c, filter, citations)) + "\n";
                case md -> MarkdownReport.render(c, filter, citations);
                case html -> HtmlReport.render(c, filter, citations);
                case dot -> throw new CliException("provex diff does not write dot.", 2);
            };
        }
        if (output == null) {
            ctx.print(report);
        } else {
            write(output, report);
            ctx.err().println("provex: wrote " + output);
        }
        return 0;
    }

    private static Citations citations(CliContext ctx, CacheMeta meta) throws IOException {
        if (Workspace.DEMO.equals(ctx.catalog())) {
            return Citations.of(RecordLinks.demo(meta.snaptime()), meta.snaptime());
        }
        Settings.CatalogEntry entry = ctx.workspace().settings().catalog(ctx.catalog()).orElse(null);
        CatalogLocation location = null;
        if (entry != null) {
            try {
                location = CatalogLocation.of(entry.baseUrl(), entry.catalog());
            } catch (IllegalArgumentException e) {
                ctx.err().println("provex: warning: no citation links (" + e.getMessage() + ")");
            }
        }
        return location == null ? Citations.withoutLinks(meta.snaptime(), "catalog '" + ctx.catalog()
                + "' has no usable address in the settings")
                : Citations.of(RecordLinks.of(location, meta.snaptime()), meta.snaptime());
    }

    /** Written beside the target and moved into place, so a failed write leaves no half file. */
    private static void write(Path target, String text) {
        try {
            SafeFiles.writeString(target, text);
        } catch (IOException e) {
            throw new CliException("Cannot write " + target + " (" + e.getMessage() + "); check that the folder"
                    + " exists and is writable.");
        }
    }
}
