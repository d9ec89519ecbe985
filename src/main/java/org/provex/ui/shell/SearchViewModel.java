package org.provex.ui.shell;

import java.time.Duration;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.provex.core.search.SearchQuery;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.common.Errors;
import org.provex.ui.common.Messages;
import org.provex.ui.common.TaskSlot;
import org.provex.ui.common.ViewContext;
import org.provex.ui.executions.ExecutionsViewModel;

/**
 * The search field: results appear as one types (debounced through the task slot), each saying what matched: a
 * RID, a link, an MD5, a file name (whole or part), or words in run descriptions, workflow names and dataset
 * descriptions. Enter opens the highlighted result (the first unless the arrow keys moved it); when the results
 * for what is typed are not in yet, it looks them up at once and opens the first (free text filters the executions
 * table at once, which is its first result).
 */
public final class SearchViewModel {

    /** Long enough to skip the keys of a word typed at speed, short enough to feel immediate. */
    static final Duration TYPING_DELAY = Duration.ofMillis(250);

    private final Messages msg = Messages.of(SearchViewModel.class);
    private final ViewContext ctx;
    private final ExecutionsViewModel executions;
    private final ObjectProperty<MainSection> section;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<SearchResult> results = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper showingResults = new ReadOnlyBooleanWrapper(this, "showingResults");
    private final TaskSlot lookup;
    private Duration typingDelay = TYPING_DELAY;
    /** The text the results shown were found for; null while none are shown. */
    private String resultsFor;

    public SearchViewModel(ViewContext ctx, ExecutionsViewModel executions, ObjectProperty<MainSection> section) {
        this.ctx = ctx;
        this.executions = executions;
        this.section = section;
        this.lookup = ctx.tasks().slot();
        ctx.session().addListener((o, a, b) -> dismiss());
        query.addListener((o, was, now) -> typed());
    }

    /** Typing waits this long for the next key before searching (0 in tests; the test runner ignores it anyway). */
    void setTypingDelay(Duration delay) {
        this.typingDelay = delay;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<SearchResult> results() {
        return results;
    }

    public ReadOnlyBooleanProperty showingResultsProperty() {
        return showingResults.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return lookup.runningProperty();
    }

    /** Runs the query typed so far at once and shows its results; free text filters the executions. */
    public void submit() {
        run(false);
    }

    /**
     * Enter in the search field: opens {@code highlighted} when the results shown are those of the text as typed,
     * else runs the query at once and opens its first result (free text filters the executions).
     */
    public void enter(SearchResult highlighted) {
        if (showingResults.get() && highlighted != null && query.get().equals(resultsFor)) {
            open(highlighted);
        } else {
            run(true);
        }
    }

    private void run(boolean openFirst) {
        SearchQuery q = SearchQuery.parse(query.get());
        lookup.cancel();
        switch (q.kind()) {
            case EMPTY -> dismiss();
            case TEXT -> {
                dismiss();
                filterExecutions(q.text());
            }
            default -> lookUp(q, Duration.ZERO, openFirst);
        }
    }

    /** The text changed: results follow as one types, once the keys pause (the runner waits, not a thread). */
    private void typed() {
        SearchQuery q = SearchQuery.parse(query.get());
        if (q.kind() == SearchQuery.Kind.EMPTY) {
            dismiss();
        } else {
            lookUp(q, typingDelay, false);
        }
    }

    /** Opens a result; messages do nothing. */
    public void open(SearchResult r) {
        if (r == null || !r.openable()) {
            return;
        }
        dismiss();
        switch (r.kind()) {
            case EXECUTION -> ctx.navigator().showExecution(r.rid());
            case WORKFLOW -> ctx.navigator().showWorkflow(r.rid());
            case DATASET -> ctx.navigator().showDataset(r.rid(), r.version());
            case FILTER_TEXT -> filterExecutions(r.text());
            case MESSAGE -> { }
        }
    }

    /** Closes the results (Escape, focus lost, catalog changed). */
    public void dismiss() {
        lookup.cancel();
        showingResults.set(false);
        results.clear();
        resultsFor = null;
    }

    private void filterExecutions(String text) {
        executions.textProperty().set(text);
        section.set(MainSection.EXECUTIONS);
    }

    /** Looks the query up after {@code delay}; shows the results, or opens the first with {@code openFirst}. */
    private void lookUp(SearchQuery q, Duration delay, boolean openFirst) {
        CatalogSession session = ctx.session().get();
        if (session == null) {
            results.setAll(List.of(SearchResult.message(msg.get("search.nocatalog"), "")));
            resultsFor = query.get();
            showingResults.set(true);
            return;
        }
        String text = query.get();
        lookup.task(msg.get("task.search"), c -> new RecordLookup(session.db()).search(q))
                .delay(delay)
                .onSuccess(found -> {
                    if (openFirst && !found.isEmpty() && found.get(0).openable()) {
                        open(found.get(0));
                        return;
                    }
                    results.setAll(found);
                    resultsFor = text;
                    showingResults.set(true);
                })
                .onError(e -> ctx.notifications().error(msg.get("error.search", Errors.message(e))))
                .start();
    }
}
