package org.provex.ui.shell;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.AssetUse;
import org.provex.core.cache.query.DatasetQueries;
import org.provex.core.cache.query.DatasetVersionUsage;
import org.provex.core.cache.query.ExecutionColumn;
import org.provex.core.cache.query.ExecutionFilter;
import org.provex.core.cache.query.ExecutionLookup;
import org.provex.core.cache.query.ExecutionQueries;
import org.provex.core.cache.query.ExecutionRow;
import org.provex.core.cache.query.ExecutionSort;
import org.provex.core.cache.query.LookupQueries;
import org.provex.core.cache.query.ResolvedRid;
import org.provex.core.model.AssetFile;
import org.provex.core.model.Rid;
import org.provex.core.search.SearchQuery;
import org.provex.ui.common.Messages;

/**
 * Turns a search query or a RID into things to open, each saying what matched. Free text (and a partial file
 * name, which is free text too) lists runs by description, workflows by name, datasets by description and files by
 * name, after the offer to filter the executions table. Blocking cache reads: call inside a task.
 */
final class RecordLookup {

    /** How many hits of each kind free text lists: enough to choose, few enough to read. */
    private static final int RUNS = 5;
    private static final int NAMED = 3;
    private static final int FILES = 6;
    private final Messages msg = Messages.of(RecordLookup.class);
    private final CacheDatabase db;
    private final DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    RecordLookup(CacheDatabase db) {
        this.db = db;
    }

    List<SearchResult> search(SearchQuery q) {
        List<SearchResult> results = switch (q.kind()) {
            case RID -> ridOrStart(q);
            case LINK -> rid(q.rid());
            case MD5 -> uses(new LookupQueries(db).fileUsesByMd5(q.value()), msg.get("match.md5"));
            case FILE_NAME -> fileName(q.value());
            case TEXT -> text(q.text());
            case INVALID -> List.of(SearchResult.message(msg.get("search.invalid"), q.value()));
            case EMPTY -> List.of();
        };
        List<SearchResult> all = new ArrayList<>();
        if (q.kind() == SearchQuery.Kind.TEXT) {
            all.add(filterText(q.text()));      // what Enter does with free text, first
        }
        all.addAll(results);
        if (results.isEmpty() && q.kind() != SearchQuery.Kind.INVALID) {
            all.add(SearchResult.message(msg.get("search.nothing", q.text()), msg.get("search.nothing.detail")));
        }
        if (q.kind() != SearchQuery.Kind.INVALID && q.kind() != SearchQuery.Kind.LINK
                && q.kind() != SearchQuery.Kind.TEXT) {
            all.add(filterText(q.text()));
        }
        return all;
    }

    SearchResult filterText(String text) {
        return new SearchResult(SearchResult.Kind.FILTER_TEXT, null, null, text, msg.get("search.filter", text),
                msg.get("search.filter.detail"), "");
    }

    /** What a RID names: one record, or for a file the runs that used it; empty when unknown. */
    List<SearchResult> rid(Rid rid) {
        Optional<ResolvedRid> resolved = new LookupQueries(db).resolve(rid);
        if (resolved.isEmpty()) {
            return List.of();
        }
        ResolvedRid r = resolved.get();
        String label = r.label() == null ? "" : r.label();
        String match = msg.get("match.rid");
        return switch (r.kind()) {
            case EXECUTION -> List.of(execution(rid, match));
            case WORKFLOW -> List.of(new SearchResult(SearchResult.Kind.WORKFLOW, rid, null, null,
                    msg.get("result.workflow", rid), label, match));
            case DATASET -> List.of(new SearchResult(SearchResult.Kind.DATASET, rid, null, null,
                    msg.get("result.dataset", rid), label, match));
            case DATASET_VERSION -> new DatasetQueries(db).usage(rid).map(DatasetVersionUsage::version)
                    .map(v -> List.of(new SearchResult(SearchResult.Kind.DATASET, v.dataset(), rid, null,
                            msg.get("result.version", rid, v.version() == null ? "?" : v.version()),
                            msg.get("result.version.detail", v.dataset()), match)))
                    .orElse(List.of());
            case ASSET -> uses(new LookupQueries(db).fileUsesByRid(rid), match);
        };
    }

    /**
     * What a RID names, or when nothing has that RID, the runs whose RID starts with what was typed (part of a RID
     * pasted: {@code 1-AS8} for {@code 1-AS8T}).
     */
    private List<SearchResult> ridOrStart(SearchQuery q) {
        List<SearchResult> exact = rid(q.rid());
        if (!exact.isEmpty()) {
            return exact;
        }
        ExecutionFilter start = ExecutionFilter.ALL.withText(q.value());
        List<SearchResult> runs = new ArrayList<>();
        for (ExecutionRow row : new ExecutionQueries(db).list(start, ExecutionSort.asc(ExecutionColumn.RID), RUNS, 0)) {
            if (row.rid().value().replace("-", "").startsWith(q.rid().value().replace("-", ""))) {
                runs.add(execution(row, msg.get("match.ridStart")));
            }
        }
        return runs;
    }

    /** An exact file name, then names that contain it. */
    private List<SearchResult> fileName(String name) {
        LookupQueries lookup = new LookupQueries(db);
        List<AssetUse> exact = lookup.fileUsesByName(name);
        List<SearchResult> results = new ArrayList<>(uses(exact, msg.get("match.fileName")));
        if (results.isEmpty()) {
            results.addAll(uses(lookup.fileUsesByNamePart(name, FILES), msg.get("match.fileNamePart")));
        }
        return results;
    }

    private List<SearchResult> text(String text) {
        LookupQueries lookup = new LookupQueries(db);
        List<SearchResult> results = new ArrayList<>();
        ExecutionFilter words = new ExecutionFilter(java.util.Set.of(), java.util.Set.of(), null, null, text, null,
                null);
        for (ExecutionRow row : new ExecutionQueries(db).list(words, ExecutionSort.NEWEST_FIRST, RUNS, 0)) {
            results.add(execution(row, msg.get("match.text")));
        }
        for (ResolvedRid w : lookup.workflowsByName(text, NAMED)) {
            results.add(new SearchResult(SearchResult.Kind.WORKFLOW, w.rid(), null, null,
                    msg.get("result.workflow", w.rid()), w.label(), msg.get("match.workflowName")));
        }
        for (ResolvedRid d : lookup.datasetsByDescription(text, NAMED)) {
            results.add(new SearchResult(SearchResult.Kind.DATASET, d.rid(), null, null,
                    msg.get("result.dataset", d.rid()), d.label(), msg.get("match.datasetDescription")));
        }
        results.addAll(uses(lookup.fileUsesByNamePart(text, FILES), msg.get("match.fileNamePart")));
        return results;
    }

    private SearchResult execution(Rid rid, String match) {
        ExecutionRow row = new ExecutionLookup(db).rows(List.of(rid)).get(rid);
        return row == null ? new SearchResult(SearchResult.Kind.EXECUTION, rid, null, null,
                msg.get("result.execution", rid), "", match) : execution(row, match);
    }

    /** A run: its RID and status, then when it ran and its description. */
    private SearchResult execution(ExecutionRow row, String match) {
        return new SearchResult(SearchResult.Kind.EXECUTION, row.rid(), null, null,
                msg.get("result.execution.status", row.rid(), row.status() == null ? "?" : row.status()),
                runLine(row), match);
    }

    private String runLine(ExecutionRow row) {
        String when = row.created() == null ? "" : day.format(row.created());
        String what = row.description() == null ? "" : row.description().strip().lines().findFirst().orElse("");
        return when.isEmpty() ? what : what.isEmpty() ? when : when + " \u00B7 " + what;
    }

    /** The runs that used a file: the file and what the run did with it, then when the run ran and what it was. */
    private List<SearchResult> uses(List<AssetUse> uses, String match) {
        Map<Rid, ExecutionRow> runs = new ExecutionLookup(db).rows(uses.stream().map(AssetUse::execution).toList());
        return uses.stream().map(u -> use(u, runs.get(u.execution()), match)).toList();
    }

    private SearchResult use(AssetUse u, ExecutionRow run, String match) {
        AssetFile a = u.asset();
        String name = a.filename() == null ? a.rid().value() : a.filename();
        String verb = switch (u.role()) {
            case INPUT -> msg.get("result.use.input");
            case OUTPUT -> msg.get("result.use.output");
            case UNSPECIFIED -> msg.get("result.use.other");
        };
        List<String> detail = new ArrayList<>();
        if (run != null) {
            detail.add(runLine(run));
        }
        if (a.description() != null && !a.description().isBlank()) {
            detail.add(a.description().strip());
        }
        detail.add(a.table() + (a.md5() == null ? "" : " \u00B7 MD5 " + a.md5().toLowerCase(Locale.ROOT)));
        return new SearchResult(SearchResult.Kind.EXECUTION, u.execution(), null, null,
                msg.get("result.use", u.execution(), verb, name), String.join(" \u00B7 ", detail), match);
    }
}
