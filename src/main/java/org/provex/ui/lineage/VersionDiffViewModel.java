package org.provex.ui.lineage;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.DatasetQueries;
import org.provex.core.cache.query.DatasetSummary;
import org.provex.core.lineage.DatasetMembers;
import org.provex.core.model.DatasetVersion;
import org.provex.core.model.Rid;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.common.Errors;
import org.provex.ui.common.Messages;
import org.provex.ui.common.TaskSlot;
import org.provex.ui.common.ViewContext;

/**
 * Compares the members of two versions of a dataset, as the catalog held them at each version's snapshot (read
 * at sync time): counts per member table first, then the members added and removed (the first {@value #LIMIT} of
 * each per table) with their display values. A side whose members cannot be read (a dev version, an expired
 * snapshot, not synced yet) is named with the reason, and nothing is listed.
 */
public final class VersionDiffViewModel {

    /** At most this many added and this many removed members are listed per table; the counts are exact. */
    static final int LIMIT = 1_000;

    /** A version offered in the choosers. */
    public record Choice(Rid rid, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** One member table: members at each side and the change. */
    public record TableLine(String table, long membersFrom, long membersTo, long added, long removed) {
    }

    /** One member added or removed. */
    public record Change(boolean added, String table, String rid, String values) {
    }

    private record Outcome(DatasetMembers.Diff diff, List<Change> changes) {
    }

    private final Messages msg = Messages.of(VersionDiffViewModel.class);
    private final ViewContext ctx;
    private final TaskSlot versionsLoad;
    private final TaskSlot diffLoad;
    private final ObservableList<Choice> versions = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<Choice> to = new SimpleObjectProperty<>(this, "to");
    private final ObservableList<TableLine> tables = FXCollections.observableArrayList();
    private final ObservableList<Change> changes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Rid dataset;
    private boolean choosing;

    public VersionDiffViewModel(ViewContext ctx) {
        this.ctx = ctx;
        this.versionsLoad = ctx.tasks().slot();
        this.diffLoad = ctx.tasks().slot();
        from.addListener((o, a, b) -> compareIfChosen());
        to.addListener((o, a, b) -> compareIfChosen());
    }

    /**
     * Compares two versions of a dataset ({@code from} null: the version before {@code to}; {@code to} null: the
     * newest).
     */
    public void open(Rid datasetRid, Rid fromVersion, Rid toVersion) {
        dataset = datasetRid;
        title.set(msg.get("versions.title", datasetRid));
        CatalogSession session = ctx.session().get();
        if (session == null) {
            message.set(msg.get("lineage.noCatalog"));
            return;
        }
        CacheDatabase db = session.db();
        versionsLoad.task(msg.get("task.versions", datasetRid), c -> new DatasetQueries(db).dataset(datasetRid))
                .onSuccess(found -> found.ifPresentOrElse(d -> chooseFrom(d, fromVersion, toVersion),
                        () -> message.set(msg.get("versions.unknown", datasetRid))))
                .onError(e -> message.set(Errors.message(e)))
                .start();
    }

    private void chooseFrom(DatasetSummary d, Rid fromVersion, Rid toVersion) {
        title.set(msg.get("versions.title.of", d.label()));
        List<Choice> choices = new ArrayList<>();
        for (DatasetVersion v : d.history()) {
            choices.add(new Choice(v.rid(), v.version() == null ? v.rid().value() : v.version()));
        }
        int toIndex = indexOf(choices, toVersion, choices.size() - 1);
        int fromIndex = indexOf(choices, fromVersion, Math.max(0, toIndex - 1));
        choosing = true;
        try {
            versions.setAll(choices);
            from.set(choices.isEmpty() ? null : choices.get(fromIndex));
            to.set(choices.isEmpty() ? null : choices.get(toIndex));
        } finally {
            choosing = false;
        }
        if (choices.size() < 2) {
            message.set(msg.get("versions.tooFew", d.label()));
            return;
        }
        compareIfChosen();
    }

    private static int indexOf(List<Choice> choices, Rid rid, int otherwise) {
        for (int i = 0; rid != null && i < choices.size(); i++) {
            if (choices.get(i).rid().equals(rid)) {
                return i;
            }
        }
        return otherwise;
    }

    private void compareIfChosen() {
        CatalogSession session = ctx.session().get();
        Choice a = from.get();
        Choice b = to.get();
        if (choosing || session == null || dataset == null || a == null || b == null) {
            return;
        }
        CacheDatabase db = session.db();
        Rid ds = dataset;
        message.set(msg.get("versions.loading", a.label(), b.label()));
        tables.clear();
        changes.clear();
        summary.set("");
        diffLoad.task(msg.get("task.diff", a.label(), b.label()), c -> {
            DatasetMembers members = new DatasetMembers(db);
            DatasetMembers.Diff diff = members.diff(members.version(ds.value(), a.rid().value()),
                    members.version(ds.value(), b.rid().value()));
            List<Change> found = new ArrayList<>();
            for (DatasetMembers.TableCounts t : diff.tables()) {
                members.changes(diff, t, LIMIT, m -> found.add(change(true, t, m)),
                        m -> found.add(change(false, t, m)));
            }
            return new Outcome(diff, found);
        }).onSuccess(this::show).onError(e -> message.set(Errors.message(e))).start();
    }

    private static Change change(boolean added, DatasetMembers.TableCounts t, DatasetMembers.Member m) {
        return new Change(added, t.memberTable(), m.rid(), String.join(" \u00b7 ", m.values()));
    }

    private void show(Outcome o) {
        DatasetMembers.Diff diff = o.diff();
        if (!diff.readable()) {
            List<String> why = new ArrayList<>();
            if (!diff.from().readable()) {
                why.add(msg.get("versions.side.from", diff.from().problem()));
            }
            if (!diff.to().readable()) {
                why.add(msg.get("versions.side.to", diff.to().problem()));
            }
            message.set(String.join("\n", why));
            return;
        }
        long added = 0;
        long removed = 0;
        for (DatasetMembers.TableCounts t : diff.tables()) {
            if (t.membersFrom() + t.membersTo() == 0) {
                continue;   // a member table this dataset never used
            }
            tables.add(new TableLine(t.memberTable(), t.membersFrom(), t.membersTo(), t.added(), t.removed()));
            added += t.added();
            removed += t.removed();
        }
        changes.setAll(o.changes());
        summary.set(msg.get("versions.summary", added, removed, diff.from().ref().version(),
                diff.to().ref().version(), o.changes().size()));
        message.set(tables.isEmpty() ? msg.get("versions.noMembers") : added + removed == 0
                ? msg.get("versions.same") : "");
    }

    /** Swaps the two sides. */
    public void swap() {
        Choice a = from.get();
        choosing = true;
        try {
            from.set(to.get());
        } finally {
            choosing = false;
        }
        to.set(a);
    }

    /** Opens a member's record in the main window. */
    public void openMember(Change c) {
        if (c != null) {
            ctx.navigator().open(Rid.of(c.rid()));
        }
    }

    public ObservableList<Choice> versions() {
        return versions;
    }

    public ObjectProperty<Choice> fromProperty() {
        return from;
    }

    public ObjectProperty<Choice> toProperty() {
        return to;
    }

    public ObservableList<TableLine> tables() {
        return tables;
    }

    public ObservableList<Change> changes() {
        return changes;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Loading, failure, or why a side cannot be read; empty while a comparison is shown. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return diffLoad.runningProperty();
    }

    public void close() {
        versionsLoad.cancel();
        diffLoad.cancel();
    }
}
