package org.provex.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.ExecutionColumn;
import org.provex.core.cache.query.ExecutionFilter;
import org.provex.core.cache.query.ExecutionQueries;
import org.provex.core.cache.query.ExecutionRow;
import org.provex.core.cache.query.ExecutionSort;
import org.provex.core.model.ExecutionStatus;
import org.provex.core.model.Rid;
import org.provex.core.model.RunDuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ArrayNode;

/** {@code provex executions}: list runs with filters and sorting. */
@Command(name = "executions", aliases = "runs", mixinStandardHelpOptions = true,
        description = "List executions, newest first unless --sort says otherwise.")
final class ExecutionsCommand extends BaseCommand {

    /** Sort keys accepted by --sort. */
    enum SortKey {
        rid(ExecutionColumn.RID), description(ExecutionColumn.DESCRIPTION), workflow(ExecutionColumn.WORKFLOW),
        status(ExecutionColumn.STATUS), created(ExecutionColumn.CREATED),
        duration(ExecutionColumn.EXECUTION_DURATION), download(ExecutionColumn.DOWNLOAD_DURATION),
        upload(ExecutionColumn.UPLOAD_DURATION), inputs(ExecutionColumn.INPUT_COUNT);

        final ExecutionColumn column;

        SortKey(ExecutionColumn column) {
            this.column = column;
        }
    }

    @Option(names = "--status", paramLabel = "STATUS", split = ",",
            description = "Only these statuses (repeatable or comma-separated), e.g. Uploaded,Failed.")
    List<String> statuses = new ArrayList<>();

    @Option(names = "--workflow", paramLabel = "RID", split = ",", description = "Only runs of these workflows.")
    List<String> workflows = new ArrayList<>();

    @Option(names = "--dataset", paramLabel = "RID", description = "Only runs that consumed this dataset.")
    String dataset;

    @Option(names = "--dataset-version", paramLabel = "RID",
            description = "Only runs that consumed this dataset version (a Dataset_Version RID).")
    String datasetVersion;

    @Option(names = {"--text", "-t"}, paramLabel = "WORDS",
            description = "Words in the description, status detail or workflow name, or the start of the RID.")
    String text;

    @Option(names = "--since", paramLabel = "DATE", description = "Created at or after (2026-03-15 or an ISO instant).")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "Created before (2026-04-01 or an ISO instant).")
    String until;

    @Option(names = "--sort", paramLabel = "KEY", defaultValue = "created",
            description = "Sort by ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    SortKey sort;

    @Option(names = "--asc", description = "Ascending order (default: descending for created, else ascending).")
    boolean ascending;

    @Option(names = "--desc", description = "Descending order.")
    boolean descending;

    @Option(names = "--limit", paramLabel = "N", description = "At most N rows (default: all).")
    Integer limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N rows.")
    int offset;

    @Override
    int run(CliContext ctx) throws Exception {
        if (ascending && descending) {
            throw new CliException("Choose one of --asc and --desc.", 2);
        }
        if ((limit != null && limit < 0) || offset < 0) {
            throw new CliException("--limit and --offset must be 0 or more.", 2);
        }
        ExecutionFilter filter = filter();
        boolean asc = ascending || (!descending && sort != SortKey.created);
        try (CacheDatabase db = ctx.openCache()) {
            ExecutionQueries q = new ExecutionQueries(db);
            List<ExecutionRow> rows = q.list(filter, new ExecutionSort(sort.column, asc),
                    limit == null ? Integer.MAX_VALUE : limit, offset);
            if (ctx.json()) {
                ArrayNode a = JsonViews.F.arrayNode();
                rows.forEach(r -> a.add(JsonViews.execution(r)));
                ctx.printJson(a);
            } else {
                ctx.print(table(rows).render());
                long total = q.count(filter);
                ctx.err().println(rows.size() == total ? total + " executions"
                        : rows.size() + " of " + total + " executions (use --limit/--offset to page)");
            }
        }
        return 0;
    }

    ExecutionFilter filter() {
        Set<String> terms = new LinkedHashSet<>();
        statuses.forEach(s -> terms.add(statusTerm(s)));
        Set<Rid> wf = new LinkedHashSet<>();
        workflows.forEach(w -> wf.add(rid(w, "--workflow")));
        Rid ds = dataset == null ? null : rid(dataset, "--dataset");
        Rid dv = datasetVersion == null ? null : rid(datasetVersion, "--dataset-version");
        Instant from = since == null ? null : instant(since, "--since");
        Instant before = until == null ? null : instant(until, "--until");
        return new ExecutionFilter(terms, wf, ds, dv, text == null || text.isBlank() ? null : text, from, before);
    }

    /** Accepts any casing and '-' or ' ' for '_' for the seven terms; other text passes through (legacy terms). */
    static String statusTerm(String s) {
        String key = s.trim().replace('-', '_').replace(' ', '_');
        for (ExecutionStatus status : ExecutionStatus.values()) {
            if (status.term().equalsIgnoreCase(key)) {
                return status.term();
            }
        }
        return s.trim();
    }

    static Rid rid(String text, String option) {
        try {
            return Rid.of(text);
        } catch (IllegalArgumentException e) {
            throw new CliException(option + ": '" + text + "' is not a RID (" + e.getMessage() + ").", 2);
        }
    }

    static Instant instant(String text, String option) {
        try {
            return LocalDate.parse(text.trim()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notADate) {
            try {
                return Instant.parse(text.trim());
            } catch (DateTimeParseException e) {
                throw new CliException(option + ": '" + text + "' is neither a date (2026-03-15) nor an ISO instant"
                        + " (2026-03-15T09:00:00Z).", 2);
            }
        }
    }

    private static TextTable table(List<ExecutionRow> rows) {
        TextTable t = new TextTable(List.of("RID", "STATUS", "CREATED", "WORKFLOW", "DURATION", "INPUTS",
                "DESCRIPTION"), 0, 14, 16, 28, 10, 36, 70);
        for (ExecutionRow r : rows) {
            RunDuration d = r.durations().main();
            String status = ExecutionStatus.displayName(r.status());
            t.row(r.rid(), r.unknownProvenance() ? "(sentinel)" : status, Format.minute(r.created()),
                    r.workflowName() == null ? JsonViews.text(r.workflow()) : r.workflowName(),
                    d == null ? "" : d.display(), r.inputSummary(),
                    (r.parent() != null ? "↳ " : "") + r.description());
        }
        return t;
    }

}
