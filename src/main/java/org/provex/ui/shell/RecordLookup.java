package org.provex.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.AssetUse;
import org.provex.core.cache.query.DatasetQueries;
import org.provex.core.cache.query.DatasetVersionUsage;
import org.provex.core.cache.query.LookupQueries;
import org.provex.core.cache.query.ResolvedRid;
import org.provex.core.model.AssetFile;
import org.provex.core.model.Rid;
import org.provex.core.search.SearchQuery;
import org.provex.ui.common.Messages;

/** Turns a search query or a RID into things to open. Blocking cache reads: call inside a task. */
final class RecordLookup {

    private final Messages msg = Messages.of(RecordLookup.class);
    private final CacheDatabase db;

    RecordLookup(CacheDatabase db) {
        this.db = db;
    }

    List<SearchResult> search(SearchQuery q) {
        List<SearchResult> results = switch (q.kind()) {
            case RID, LINK -> rid(q.rid());
            case MD5 -> uses(new LookupQueries(db).fileUsesByMd5(q.value()));
            case FILE_NAME -> uses(new LookupQueries(db).fileUsesByName(q.value()));
            case INVALID -> List.of(SearchResult.message(msg.get("search.invalid"), q.value()));
            case TEXT, EMPTY -> List.of();
        };
        List<SearchResult> all = new ArrayList<>(results);
        if (all.isEmpty() && q.kind() != SearchQuery.Kind.INVALID) {
            all.add(SearchResult.message(msg.get("search.nothing", q.text()), msg.get("search.nothing.detail")));
        }
        if (q.kind() != SearchQuery.Kind.INVALID && q.kind() != SearchQuery.Kind.LINK) {
            all.add(filterText(q.text()));
        }
        return all;
    }

    SearchResult filterText(String text) {
        return new SearchResult(SearchResult.Kind.FILTER_TEXT, null, null, text, msg.get("search.filter", text),
                msg.get("search.filter.detail"));
    }

    /** What a RID names: one record, or for a file the runs that used it; empty when unknown. */
    List<SearchResult> rid(Rid rid) {
        Optional<ResolvedRid> resolved = new LookupQueries(db).resolve(rid);
        if (resolved.isEmpty()) {
            return List.of();
        }
        ResolvedRid r = resolved.get();
        String label = r.label() == null ? "" : r.label();
        return switch (r.kind()) {
            case EXECUTION -> List.of(new SearchResult(SearchResult.Kind.EXECUTION, rid, null, null,
                    msg.get("result.execution", rid), label));
            case WORKFLOW -> List.of(new SearchResult(SearchResult.Kind.WORKFLOW, rid, null, null,
                    msg.get("result.workflow", rid), label));
            case DATASET -> List.of(new SearchResult(SearchResult.Kind.DATASET, rid, null, null,
                    msg.get("result.dataset", rid), label));
            case DATASET_VERSION -> new DatasetQueries(db).usage(rid).map(DatasetVersionUsage::version)
                    .map(v -> List.of(new SearchResult(SearchResult.Kind.DATASET, v.dataset(), rid, null,
                            msg.get("result.version", rid, v.version() == null ? "?" : v.version()),
                            msg.get("result.version.detail", v.dataset()))))
                    .orElse(List.of());
            case ASSET -> uses(new LookupQueries(db).fileUsesByRid(rid));
        };
    }

    private List<SearchResult> uses(List<AssetUse> uses) {
        return uses.stream().map(this::use).toList();
    }

    private SearchResult use(AssetUse u) {
        AssetFile a = u.asset();
        String name = a.filename() == null ? a.rid().value() : a.filename();
        String verb = switch (u.role()) {
            case INPUT -> msg.get("result.use.input");
            case OUTPUT -> msg.get("result.use.output");
            case UNSPECIFIED -> msg.get("result.use.other");
        };
        String md5 = a.md5() == null ? "" : " \u00B7 MD5 " + a.md5().toLowerCase(Locale.ROOT);
        return new SearchResult(SearchResult.Kind.EXECUTION, u.execution(), null, null,
                msg.get("result.use", u.execution(), verb, name), a.table() + md5);
    }
}
