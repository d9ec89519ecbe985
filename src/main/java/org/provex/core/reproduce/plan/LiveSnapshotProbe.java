package org.provex.core.reproduce.plan;

import java.util.HashMap;
import java.util.Map;
import org.provex.core.catalog.http.CatalogException;
import org.provex.core.catalog.http.ErmrestClient;
import org.provex.core.model.Snaptime;

/** Asks a live catalog, once per snapshot; a connection failure answers "not checked" for the rest of the plan. */
public final class LiveSnapshotProbe implements SnapshotProbe {

    private final ErmrestClient client;
    private final Map<Snaptime, Answer> answers = new HashMap<>();
    private String offline;

    public LiveSnapshotProbe(ErmrestClient client) {
        this.client = client;
    }

    @Override
    public synchronized Answer probe(Snaptime snapshot) {
        if (offline != null) {
            return new Answer(State.NOT_CHECKED, offline);
        }
        return answers.computeIfAbsent(snapshot, this::ask);
    }

    private Answer ask(Snaptime snapshot) {
        try {
            client.checkSnapshot(snapshot);
            return new Answer(State.READABLE, "");
        } catch (CatalogException.SnapshotExpired e) {
            return new Answer(State.EXPIRED, e.getMessage());
        } catch (CatalogException.Offline e) {
            offline = "the catalog could not be reached (" + e.getMessage() + ")";
            return new Answer(State.NOT_CHECKED, offline);
        } catch (CatalogException e) {
            return new Answer(State.NOT_CHECKED, e.getMessage());
        }
    }
}
