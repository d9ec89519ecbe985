package org.provex.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.provex.core.about.BuildInfo;
import org.provex.core.cache.CacheException;
import org.provex.core.catalog.CatalogSchemaException;
import org.provex.core.diff.DiffException;
import org.provex.core.formats.MetadataFormatException;
import org.provex.core.instance.LinkHandOver;
import org.provex.core.instance.WindowLock;
import org.provex.core.workspace.UnknownCatalogException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code provex} command line: the same core as the window, without one. */
@Command(name = "provex", mixinStandardHelpOptions = true, versionProvider = ProvexCommand.Version.class,
        description = "Audit, compare and reproduce deriva-ml runs from a local cache of a DERIVA catalog.",
        footer = {"", "Without a command, the desktop window opens; 'provex LINK' opens it on the record that a Chaise "
                + "record link or an /id/ citation names.",
                "Data lives in $PROVEX_HOME, or the per-OS default (see README)."})
public final class ProvexCommand implements Callable<Integer> {

    /**
     * The subcommands, in the order help lists them. Only the one a command line names is given to picocli (building
     * the model of every command, its options and their annotations, was about a fifth of a short command's start);
     * all of them when it names none (help, a link, a typo).
     */
    static final List<Class<?>> COMMANDS = List.of(DemoCommand.class, ExecutionsCommand.class, ShowCommand.class,
            WorkflowsCommand.class, DatasetsCommand.class, CatalogCommand.class, SyncCommand.class, LoginCommand.class,
            LogoutCommand.class, WhoamiCommand.class, DiffCommand.class, VerifyCommand.class, ReproduceCommand.class,
            ReproductionsCommand.class, RepoCommand.class, LineageCommand.class, ImpactCommand.class,
            OpenCommand.class, ClusterCommand.class);
    /** The root's options that take a value as the next argument. */
    private static final Set<String> VALUED_OPTIONS = Set.of("--catalog", "--format", "--credential-file");


    /**
     * Output formats. Every command accepts text and json; a command that accepts more says so by overriding
     * {@code BaseCommand.formats()} (diff adds md and html), and the others reject them with a one-line error.
     */
    public enum Format { text, json, md, html, dot }

    // No picocli defaultValue: picocli refuses a default that equals a subcommand name ("demo").
    @Option(names = "--catalog", scope = ScopeType.INHERIT, paramLabel = "NAME",
            description = "Catalog to read (default: demo, the embedded demo catalog).")
    String catalog;

    @Option(names = "--format", scope = ScopeType.INHERIT, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text or json; 'diff' also md and html (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--credential-file", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "deriva credential file to read logins from and store them in (default: "
                    + "$DERIVA_CREDENTIAL_FILE, else ~/.deriva/credential.json).")
    java.nio.file.Path credentialFile;

    /** Where {@code --token-stdin} reads; tests replace it. */
    java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
            java.nio.charset.StandardCharsets.UTF_8));

    /** The environment commands see (a reproduction's PATH finds uv and docker); tests replace it. */
    java.util.Map<String, String> environment = System.getenv();

    /** {@code provex --version}: version, build commit, Java and JavaFX (read without starting JavaFX). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return BuildInfo.current().lines().toArray(String[]::new);
        }
    }

    /** Whether {@code --catalog} was given (sync without it syncs every catalog). */
    boolean catalogGiven() {
        return catalog != null && !catalog.isBlank();
    }

    String catalog() {
        return catalog == null || catalog.isBlank() ? org.provex.core.workspace.Workspace.DEMO : catalog;
    }

    @CommandLine.Parameters(arity = "0..1", paramLabel = "LINK", description = "Open the window on the record this "
            + "Chaise record link or /id/ citation names ('provex open LINK' prints it instead).")
    String link;

    /** For measuring start-up: log the time to the first rendered executions table, then exit. */
    private static final String EXIT_AFTER_FIRST_RENDER = "--exit-after-first-render";

    /**
     * How long a start with a link waits for the window that another start is opening (it has the window lock):
     * that start reads the data directory and listens within seconds, longer only on a machine far too busy.
     */
    private static final java.time.Duration HAND_OVER_PATIENCE = java.time.Duration.ofSeconds(30);

    @Option(names = EXIT_AFTER_FIRST_RENDER, hidden = true)
    boolean exitAfterFirstRender;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** No command: open the window. Only this path loads JavaFX; every subcommand stays headless. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        WindowLock lock = null;
        if (link != null) {
            checkLink();
            if (!exitAfterFirstRender) {
                // a window of this data directory is open: it takes the link (and comes to the front) instead of a
                // second; one that another start is opening at this moment is waited for
                LinkHandOver.Start start;
                try {
                    start = LinkHandOver.handOverOrClaim(
                            org.provex.core.settings.DataDirectory.fromEnvironment(environment).root(), link,
                            HAND_OVER_PATIENCE, () -> {
                                err.println("provex: another start of Provex is opening its window; waiting to give"
                                        + " it the link.");
                                err.flush();
                            });
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return 1;
                }
                if (start.handedOver()) {
                    err.println("provex: the open Provex window shows the link's record.");
                    err.flush();
                    return 0;
                }
                lock = start.lock();
            }
        }
        return openWindow(link, lock, exitAfterFirstRender, err);
    }

    /**
     * The window, on a link's record or on the last catalog; 1 with a message when it cannot open.
     *
     * @param lock the window lock this start took (a start with a link), or null
     */
    private static int openWindow(String link, WindowLock lock, boolean exitAfterFirstRender, PrintWriter err) {
        if (exitAfterFirstRender) {
            System.setProperty(org.provex.ui.App.EXIT_AFTER_FIRST_RENDER, "true");
        }
        try {
            org.provex.ui.App.launchWindow(link, lock);
        } catch (RuntimeException e) {
            log().error("the window could not be opened", e);
            err.println("provex: the window could not be opened (" + TextTable.clean(String.valueOf(e.getMessage()))
                    + "). Without a display, use a command: provex --help");
            err.flush();
            return 1;
        }
        String rendered = System.getProperty(org.provex.ui.App.FIRST_RENDER);
        if (rendered != null) {
            err.println("provex: first executions table " + rendered + "; first frame "
                    + System.getProperty(org.provex.ui.App.FIRST_FRAME_MILLIS) + " ms");
            err.flush();
        }
        return 0;
    }

    /** A bad link (or a mistyped command) is a usage error here, before any window opens. */
    private void checkLink() {
        if (!link.contains("://")) {
            throw new CliException("'" + TextTable.clean(link) + "' is neither a command nor a link to a record; see "
                    + "provex --help.", 2);
        }
        try {
            org.provex.core.links.RecordLink.parse(link);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), 2);
        }
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs with explicit streams (tests capture them). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(null, out, err, args);
    }

    /** Runs with explicit streams, standard input included (null: the real one). */
    public static int run(java.io.BufferedReader in, PrintWriter out, PrintWriter err, String... args) {
        return run(in, out, err, null, args);
    }

    /** Runs with explicit streams and environment (null: the real ones). */
    public static int run(java.io.BufferedReader in, PrintWriter out, PrintWriter err,
                          java.util.Map<String, String> environment, String... args) {
        if (args.length == 0 || args.length == 1 && args[0].equals(EXIT_AFTER_FIRST_RENDER)) {
            // the window with nothing to parse: picocli (about 180 classes) stays out of the start-up
            return openWindow(null, null, args.length == 1, err);
        }
        ProvexCommand root = new ProvexCommand();
        if (in != null) {
            root.in = in;
        }
        if (environment != null) {
            root.environment = java.util.Map.copyOf(environment);
        }
        List<Class<?>> commands = commandsFor(args);
        if (commands.size() == 1) {
            if (commands.get(0) == SyncCommand.class) {   // meanwhile, on the other core
                Thread http = new Thread(org.provex.core.catalog.http.DerivaHttp::prepareSharedClient,
                        "provex-http-start");
                http.setDaemon(true);
                http.start();
            }
            QuickCompilation.forCommand();   // before picocli's start, not only the command's own work
        }
        CommandLine cli = new CommandLine(root);
        for (Class<?> command : commands) {
            cli.addSubcommand(command);
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // "--catalog demo": the demo catalog's name is also the demo command's.
        cli.setAllowSubcommandsAsOptionParameters(true);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("provex: " + messageOf(ex));
            err.flush();
            return ex instanceof CliException c ? c.exitCode() : 1;
        });
        cli.setParameterExceptionHandler((ex, args1) -> {
            err.println("provex: " + ex.getMessage());
            err.println("Try 'provex " + subcommandName(ex.getCommandLine()) + "--help' for usage.");
            err.flush();
            return 2;
        });
        return cli.execute(args);
    }

    /** The subcommand the arguments name (after the root's options), or all of them when they name none. */
    static List<Class<?>> commandsFor(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                break;
            }
            if (arg.startsWith("-")) {
                if (VALUED_OPTIONS.contains(arg)) {
                    i++;
                }
                continue;
            }
            for (Class<?> command : COMMANDS) {
                Command c = command.getAnnotation(Command.class);
                if (c.name().equals(arg) || Arrays.asList(c.aliases()).contains(arg)) {
                    return List.of(command);
                }
            }
            break;
        }
        return COMMANDS;
    }

    /** Not a static field: the window path starts logging on a background thread while JavaFX starts. */
    private static Logger log() {
        return LoggerFactory.getLogger(ProvexCommand.class);
    }

    private static String subcommandName(CommandLine cl) {
        return cl.getParent() == null ? "" : cl.getCommandName() + " ";
    }

    /** One line a person can act on; unexpected failures are logged with their stack trace, not printed. */
    static String messageOf(Exception ex) {
        if (ex instanceof CliException || ex instanceof UnknownCatalogException || ex instanceof CacheException
                || ex instanceof CatalogSchemaException || ex instanceof MetadataFormatException
                || ex instanceof org.provex.core.catalog.http.CatalogException
                || ex instanceof java.util.concurrent.CancellationException
                || ex instanceof DiffException
                || ex instanceof org.provex.core.reproduce.ReproduceException
                || ex instanceof org.provex.core.lineage.LineageException
                || ex instanceof org.provex.core.links.LinkException) {
            return TextTable.clean(String.valueOf(ex.getMessage()));
        }
        log().error("command failed", ex);
        String detail = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        return TextTable.clean("unexpected error: " + detail + " (details in the log: "
                + System.getProperty("provex.logs", "the provex log folder") + ")");
    }
}
