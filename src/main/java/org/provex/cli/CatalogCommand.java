package org.provex.cli;

import java.util.List;
import org.provex.core.catalog.http.CatalogLocation;
import org.provex.core.live.CatalogManager;
import org.provex.core.live.CatalogStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code provex catalog add|list|remove}: the live catalogs Provex keeps a cache of. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "Add, list or remove the DERIVA catalogs Provex keeps a local cache of.",
        subcommands = {CatalogCommand.Add.class, CatalogCommand.ListCatalogs.class, CatalogCommand.Remove.class})
final class CatalogCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add a catalog after checking that it answers and is a deriva-ml catalog. "
                    + "Then run 'provex sync --catalog NAME'.",
                "Examples:",
                "  provex catalog add www.example.org 1",
                "  provex catalog add http://127.0.0.1:8080 5 --name local",
                "  provex catalog add 'https://www.example.org/chaise/recordset/#1/deriva-ml:Execution'"})
    static final class Add extends BaseCommand {

        @Parameters(index = "0", paramLabel = "HOST|LINK",
                description = "Host name, optionally with https:// (or http:// for this computer only) and a port; "
                        + "or a Chaise, /id/ or ERMrest link to the catalog.")
        String host;

        @Parameters(index = "1", arity = "0..1", paramLabel = "ID|ALIAS", description = "Catalog id or alias.")
        String id;

        @Option(names = "--name", paramLabel = "NAME",
                description = "Name to use in Provex (default: from host and id, e.g. www.example.org-1).")
        String name;

        @Override
        int run(CliContext ctx) throws Exception {
            CatalogLocation location = Locations.catalog(host, id);
            CatalogManager.Added added;
            try {
                added = ctx.catalogs().add(location, name);
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage(), 2);
            }
            if (ctx.json()) {
                ObjectNode o = JsonViews.F.objectNode();
                o.put("name", added.entry().name());
                o.put("url", location.origin() + "/ermrest/catalog/" + location.catalogId());
                o.put("snaptime", added.snaptime().value());
                o.put("model", added.modelShape());
                ctx.printJson(o);
            } else {
                ctx.print("Added " + added.entry().name() + ": " + location.describe() + " (" + added.modelShape()
                        + ", snapshot " + added.snaptime() + ").\nFill its cache with: provex sync --catalog "
                        + added.entry().name() + "\n");
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List catalogs with their URL, last sync time and snapshot, and cached executions.")
    static final class ListCatalogs extends BaseCommand {

        @Override
        int run(CliContext ctx) throws Exception {
            List<CatalogStatus> all = ctx.catalogs().list();
            if (ctx.json()) {
                ArrayNode a = JsonViews.F.arrayNode();
                for (CatalogStatus s : all) {
                    ObjectNode o = a.addObject();
                    o.put("name", s.name());
                    o.put("url", s.url());
                    o.put("synced_at", s.syncedAt() == null ? null : s.syncedAt().toString());
                    o.put("snaptime", s.snaptime() == null ? null : s.snaptime().value());
                    o.put("executions", s.executions());
                }
                ctx.printJson(a);
                return 0;
            }
            TextTable t = new TextTable(List.of("NAME", "URL", "SYNCED (UTC)", "SNAPSHOT", "EXECUTIONS"),
                    24, 60, 16, 14, 10);
            for (CatalogStatus s : all) {
                t.row(s.name(), s.url(), s.isSynced() ? Format.minute(s.syncedAt()) : "never",
                        s.isSynced() ? s.snaptime().value() : "", s.executions());
            }
            ctx.print(t.render());
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Forget a catalog and delete its local cache (the catalog itself is not touched).")
    static final class Remove extends BaseCommand {

        @Parameters(paramLabel = "NAME", description = "The catalog's name in Provex.")
        String name;

        @Override
        int run(CliContext ctx) throws Exception {
            try {
                ctx.catalogs().remove(name);
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage(), 2);
            }
            ctx.print("Removed " + name + " and its cache.\n");
            return 0;
        }
    }
}
