package org.provex.ui.shell;

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
 * The search field: free text filters the executions table at once; a RID, a link, a file name or an MD5
 * is looked up in the cache and the results are listed for the user to open.
 */
public final class SearchViewModel {

    private final Messages msg = Messages.of(SearchViewModel.class);
    private final ViewContext ctx;
    private final ExecutionsViewModel executions;
    private final ObjectProperty<MainSection> section;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<SearchResult> results = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper showingResults = new ReadOnlyBooleanWrapper(this, "showingResults");
    private final TaskSlot lookup;

    public SearchViewModel(ViewContext ctx, ExecutionsViewModel executions, ObjectProperty<MainSection> section) {
        this.ctx = ctx;
        this.executions = executions;
        this.section = section;
        this.lookup = ctx.tasks().slot();
        ctx.session().addListener((o, a, b) -> dismiss());
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

    /** Runs the query typed so far (Enter in the search field). */
    public void submit() {
        SearchQuery q = SearchQuery.parse(query.get());
        lookup.cancel();
        switch (q.kind()) {
            case EMPTY -> dismiss();
            case TEXT -> {
                dismiss();
                filterExecutions(q.text());
            }
            default -> lookUp(q);
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
    }

    private void filterExecutions(String text) {
        executions.textProperty().set(text);
        section.set(MainSection.EXECUTIONS);
    }

    private void lookUp(SearchQuery q) {
        CatalogSession session = ctx.session().get();
        if (session == null) {
            results.setAll(List.of(SearchResult.message(msg.get("search.nocatalog"), "")));
            showingResults.set(true);
            return;
        }
        lookup.task(msg.get("task.search"), c -> new RecordLookup(session.db()).search(q))
                .onSuccess(found -> {
                    results.setAll(found);
                    showingResults.set(true);
                })
                .onError(e -> ctx.notifications().error(msg.get("error.search", Errors.message(e))))
                .start();
    }
}
