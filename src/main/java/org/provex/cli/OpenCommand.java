package org.provex.cli;

import java.util.Optional;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.ResolvedRid;
import org.provex.core.links.LinkedRecords;
import org.provex.core.links.RecordLink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ObjectNode;

/** {@code provex open LINK}: the record a Chaise or {@code /id/} link names, from the cache of its catalog. */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = {"Show the record a Chaise record link or an /id/ citation names, from the cache of the "
                + "catalog it belongs to (which must be added: provex catalog add). When the record is not cached "
                + "yet, the catalog is synced first. An execution is shown as 'provex show' shows it.",
            "'provex LINK' (without 'open') opens the window on the record instead."},
        footer = {"", "Examples:",
                "  provex open 'https://www.example.org/chaise/record/#1/deriva-ml:Execution/RID=1-ABC4'",
                "  provex open https://www.example.org/id/1/1-ABC4@2PX-WS30-E58W"})
final class OpenCommand extends BaseCommand {

    @Parameters(paramLabel = "LINK", description = "A Chaise record link (https://HOST/chaise/record/#1/S:T/RID=R) or "
            + "a citation (https://HOST/id/1/R), with or without a snapshot; also behind provex:.")
    String linkText;

    @Option(names = "--reveal-secrets", description = "Show secret-looking environment variables unmasked.")
    boolean revealSecrets;

    @Option(names = "--all-packages", description = "List every installed package (text output shows 15 by default).")
    boolean allPackages;

    @Option(names = "--offline", description = "Do not contact the catalog: no sync and no file downloads; a record "
            + "that is not cached is reported as such.")
    boolean offline;

    @Override
    int run(CliContext ctx) throws Exception {
        if (ctx.catalogGiven()) {
            throw new CliException("The link names its catalog; give the link without --catalog.", 2);
        }
        RecordLink link;
        try {
            link = RecordLink.parse(linkText);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), 2);
        }
        LinkedRecords.Found found = new LinkedRecords(ctx.workspace(), name -> sync(ctx, name)).find(link);
        ctx.useCatalog(found.catalog());
        ResolvedRid record = found.record();
        if (found.synced() && !ctx.json()) {
            ctx.err().println("provex: " + record.rid() + " was not cached; synced catalog '" + found.catalog()
                    + "' first.");
            ctx.err().flush();
        }
        try (CacheDatabase db = ctx.openCache()) {
            Optional<ExecutionAudit> audit = record.kind() == ResolvedRid.Kind.EXECUTION
                    ? ShowCommand.audit(ctx, db, record.rid(), offline) : Optional.empty();
            if (ctx.json()) {
                ObjectNode o = JsonViews.F.objectNode();
                o.put("catalog", found.catalog());
                o.put("rid", record.rid().value());
                o.put("kind", record.kind().name().toLowerCase(java.util.Locale.ROOT));
                o.put("label", record.label());
                o.put("synced", found.synced());
                o.set("execution", audit.map(a -> (tools.jackson.databind.JsonNode) ShowJson.of(a, revealSecrets))
                        .orElse(JsonViews.F.nullNode()));
                ctx.printJson(o);
            } else if (audit.isPresent()) {
                ctx.print(new ShowText(audit.get(), revealSecrets, allPackages).render());
            } else {
                ctx.print(summary(found.catalog(), record, link.describe()));
            }
        }
        return 0;
    }

    private void sync(CliContext ctx, String name) throws java.io.IOException {
        if (offline) {
            throw new CliException("No record " + RecordLink.parse(linkText).rid() + " in the cache of catalog '"
                    + name + "'; run without --offline to sync it first.");
        }
        ProgressLine progress = new ProgressLine(ctx.err(), "provex: " + name + ": ", ProgressLine.terminal());
        try (FilePool pool = new FilePool()) {
            ctx.catalogs().sync(name, false, false, progress, () -> false, pool.executor());
        } finally {
            progress.clear();
        }
    }

    /** A workflow, dataset, version or file: what it is, and the command that lists it. */
    private static String summary(String catalog, ResolvedRid r, String link) {
        String label = r.label() == null || r.label().isBlank() ? "" : ": " + TextTable.clean(r.label());
        String then = switch (r.kind()) {
            case WORKFLOW -> "provex workflows --catalog " + catalog;
            case DATASET, DATASET_VERSION -> "provex datasets --catalog " + catalog;
            case ASSET, EXECUTION -> "provex executions --catalog " + catalog;
        };
        String kind = switch (r.kind()) {
            case WORKFLOW -> "a workflow";
            case DATASET -> "a dataset";
            case DATASET_VERSION -> "a dataset version";
            case ASSET -> "a file";
            case EXECUTION -> "an execution";
        };
        return r.rid() + " is " + kind + " in catalog '" + catalog + "'" + label + System.lineSeparator()
                + "See it with: " + then + ", or in the window: provex " + link + System.lineSeparator();
    }
}
