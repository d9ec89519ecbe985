package org.provex.core.lineage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.LineageQueries;
import org.provex.core.cache.query.LineageQueries.NodeFacts;
import org.provex.core.model.Rid;
import org.provex.core.model.WorkflowUrl;

/**
 * "What is tainted?": everything downstream of a dataset version, dataset, asset or file (by RID or MD5), workflow,
 * execution, or git commit, grouped by depth with the path that explains each item. A commit taints the runs whose
 * code came from it: those of workflows whose URL names the commit, and those whose per-run HEAD is the commit.
 */
public final class ImpactAnalyzer {

    private static final Pattern MD5 = Pattern.compile("[0-9a-fA-F]{32}");
    private static final Pattern COMMIT = Pattern.compile("[0-9a-fA-F]{7,40}");

    private final LineageWalker walker;
    private final LineageQueries queries;

    public ImpactAnalyzer(CacheDatabase db) {
        Objects.requireNonNull(db, "db");
        this.walker = new LineageWalker(db);
        this.queries = new LineageQueries(db);
    }

    /**
     * The impact of a RID (any spelling), an MD5 or a commit.
     *
     * @throws LineageException when the cache knows nothing by that name
     */
    public LineageGraph impact(String what) {
        String text = Objects.requireNonNull(what, "what").strip();
        if (text.isEmpty()) {
            throw new LineageException("Give a RID, an MD5 or a git commit.");
        }
        if (Rid.looksLikeRid(text) || text.contains("-")) {
            String rid = Rid.normalise(text);
            if (!walker.factsOf(List.of(rid)).isEmpty()) {
                return walker.walk(rid, LineageWalker.Options.impact());
            }
        }
        if (MD5.matcher(text).matches()) {
            List<String> assets = queries.assetsWithMd5(text.toLowerCase(Locale.ROOT));
            if (!assets.isEmpty()) {
                NodeFacts first = walker.factsOf(assets).get(assets.get(0));
                return walker.walk(first, assets, LineageWalker.Options.impact());
            }
        }
        if (COMMIT.matcher(text).matches()) {
            List<String> runs = runsOfCommit(text.toLowerCase(Locale.ROOT));
            if (!runs.isEmpty()) {
                NodeFacts root = new NodeFacts(null, "commit", text.toLowerCase(Locale.ROOT), null, null, false);
                return walker.walk(root, runs, LineageWalker.Options.impact());
            }
        }
        throw new LineageException("Nothing in this catalog's cache has the RID, MD5 or commit '" + text
                + "'. Check the spelling, or sync the catalog if it is new.");
    }

    /** Runs of workflows whose URL names the commit, and runs whose per-run HEAD is it. */
    private List<String> runsOfCommit(String commit) {
        Set<String> workflows = new LinkedHashSet<>();
        for (String[] w : queries.workflowUrls()) {
            WorkflowUrl url = WorkflowUrl.parse(w[1]);
            String named = url instanceof WorkflowUrl.GitBlob b ? b.commit()
                    : url instanceof WorkflowUrl.GitCommit c ? c.commit() : null;
            if (named != null && named.length() >= 7 && (named.startsWith(commit) || commit.startsWith(named))) {
                workflows.add(w[0]);
            }
        }
        Set<String> runs = new LinkedHashSet<>(queries.executionsOfWorkflows(workflows));
        runs.addAll(queries.executionsWithHead(commit));
        return new ArrayList<>(runs);
    }
}
