package org.provex.ui.workflows;

import java.util.Comparator;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.provex.core.model.WorkflowUrl;
import org.provex.core.reproduce.code.WorkflowCodeDiff;
import org.provex.ui.common.Errors;
import org.provex.ui.common.Messages;
import org.provex.ui.common.TaskSlot;
import org.provex.ui.common.ViewContext;

/**
 * "Show code diff" for a workflow whose versions drifted: the selected version's file against the nearest earlier
 * version with other code (or the nearest later one for the first), read from the clone mapped to the repository
 * in the settings (the demo's repository for the demo catalog) off the FX thread. The view opens a window for
 * each {@link #diffProperty() diff} that arrives.
 */
public final class CodeDiffViewModel {

    private final Messages msg = Messages.of(CodeDiffViewModel.class);
    private final ViewContext ctx;
    private final TaskSlot reading;
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyObjectWrapper<WorkflowCodeDiff.Result> diff = new ReadOnlyObjectWrapper<>(this, "diff");
    private WorkflowGroup group;
    private WorkflowVersion version;

    CodeDiffViewModel(ViewContext ctx) {
        this.ctx = ctx;
        this.reading = ctx.tasks().slot();
    }

    /** The workflow shown changed: the button is offered when another version of its group has other code. */
    void shown(WorkflowGroup shownGroup, WorkflowVersion shownVersion) {
        this.group = shownGroup;
        this.version = shownVersion;
        available.set(other().isPresent());
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** The last diff read; a new object each time, so the view opens one window per request. */
    public ReadOnlyObjectProperty<WorkflowCodeDiff.Result> diffProperty() {
        return diff.getReadOnlyProperty();
    }

    public void show() {
        Optional<WorkflowVersion> other = other();
        if (other.isEmpty()) {
            return;
        }
        WorkflowVersion o = other.get();
        boolean earlier = o.number() < version.number();
        WorkflowUrl.GitBlob older = blob(earlier ? o : version);
        WorkflowUrl.GitBlob newer = blob(earlier ? version : o);
        diff.set(null);
        reading.task(msg.get("codeDiff.task", older.path()), c -> WorkflowCodeDiff.between(
                        ctx.workspace().settings().repositoryMappings(), older, newer))
                .onSuccess(diff::set)
                .onError(e -> ctx.notifications().error(msg.get("codeDiff.failed", Errors.message(e))))
                .start();
    }

    private Optional<WorkflowVersion> other() {
        if (group == null || version == null || !group.drifted() || blob(version) == null) {
            return Optional.empty();
        }
        String checksum = version.workflow().checksum();
        Comparator<WorkflowVersion> nearest = Comparator.comparingInt(v -> Math.abs(v.number() - version.number()));
        return group.versions().stream()
                .filter(v -> v != version && blob(v) != null && !java.util.Objects.equals(v.workflow().checksum(),
                        checksum))
                .min(Comparator.comparing((WorkflowVersion v) -> v.number() > version.number()).thenComparing(nearest));
    }

    private static WorkflowUrl.GitBlob blob(WorkflowVersion v) {
        return v.workflow().parsedUrl() instanceof WorkflowUrl.GitBlob b && !b.commit().isEmpty() ? b : null;
    }
}
