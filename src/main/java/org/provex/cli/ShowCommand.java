package org.provex.cli;

import java.util.List;
import java.util.Optional;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.audit.ExecutionAuditor;
import org.provex.core.audit.FileGaps;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.LookupQueries;
import org.provex.core.cache.query.ResolvedRid;
import org.provex.core.model.QualifiedRid;
import org.provex.core.model.Rid;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code provex show RID}: everything known about one execution. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show everything known about one execution: code, inputs, files, configuration, environment.")
final class ShowCommand extends BaseCommand {

    @Parameters(paramLabel = "RID", description = "The execution's RID (any casing; 1abc4 finds 1-ABC4).")
    String ridText;

    @Option(names = "--reveal-secrets",
            description = "Show secret-looking environment variables unmasked (they are masked by default).")
    boolean revealSecrets;

    @Option(names = "--all-packages", description = "List every installed package (text output shows 15 by default).")
    boolean allPackages;

    @Option(names = "--offline", description = "Do not contact the catalog: show what the cache holds and say which "
            + "files are not downloaded (by default they are fetched first).")
    boolean offline;

    @Override
    int run(CliContext ctx) throws Exception {
        Rid rid = parse(ridText);
        try (CacheDatabase db = ctx.openCache()) {
            Optional<ExecutionAudit> audit = audit(ctx, db, rid, offline);
            if (audit.isEmpty()) {
                throw new CliException(notAnExecution(rid, new LookupQueries(db).resolve(rid), ctx.catalog()));
            }
            if (ctx.json()) {
                ctx.printJson(ShowJson.of(audit.get(), revealSecrets));
            } else {
                ctx.print(new ShowText(audit.get(), revealSecrets, allPackages).render());
            }
        }
        return 0;
    }

    /** The audit of one execution with the metadata files it reads fetched first (unless offline); empty if none. */
    static Optional<ExecutionAudit> audit(CliContext ctx, CacheDatabase db, Rid rid, boolean offline)
            throws java.io.IOException {
        FileGaps gaps = OnDemand.fetch(ctx, db, List.of(rid), offline);
        return new ExecutionAuditor(db, gaps).audit(rid);
    }

    static Rid parse(String text) {
        try {
            return QualifiedRid.parse(text).rid();
        } catch (IllegalArgumentException e) {
            throw new CliException("'" + text + "' is not a RID.", 2);
        }
    }

    static String notAnExecution(Rid rid, Optional<ResolvedRid> what, String catalog) {
        if (what.isEmpty()) {
            return "No record " + rid + " in the cache of catalog '" + catalog + "'.";
        }
        String kind = switch (what.get().kind()) {
            case WORKFLOW -> "a workflow (see 'provex workflows')";
            case DATASET -> "a dataset (see 'provex datasets')";
            case DATASET_VERSION -> "a dataset version (see 'provex datasets')";
            case ASSET -> "a file (" + TextTable.clean(what.get().label()) + ")";
            case EXECUTION -> "an execution";
        };
        return rid + " is " + kind + ", not an execution.";
    }
}
