package org.provex.ui.browse;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.provex.ui.common.Errors;
import org.provex.ui.common.Notifications;
import org.provex.ui.common.TaskRunner;
import org.provex.ui.common.TaskSlot;

/**
 * One thing a browse pane loads from the cache (the workflow list, a workflow's runs, the dataset tree, a
 * version's consumers): a {@link TaskSlot}, whether it is loading, and the text shown instead of rows (loading,
 * none, failed, select something). A newer load supersedes the one in flight; a failure is shown in place and in
 * the status bar.
 */
public final class PaneLoad {

    private final TaskSlot slot;
    private final Notifications notifications;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public PaneLoad(TaskRunner tasks, Notifications notifications) {
        this.slot = tasks.slot();
        this.notifications = notifications;
    }

    /**
     * Loads in place of the load in flight: {@code loadingText} shows until {@code loaded} gets the result (loading
     * is already false then); a failure shows {@code failed} of the error's message and tells the status bar.
     */
    public <T> void load(String title, String loadingText, TaskRunner.Work<T> work, Consumer<? super T> loaded,
                         Function<String, String> failed) {
        loading.set(true);
        message.set(loadingText);
        slot.task(title, work)
                .onSuccess(value -> {
                    loading.set(false);
                    loaded.accept(value);
                })
                .onError(e -> {
                    String text = failed.apply(Errors.message(e));
                    message.set(text);
                    notifications.error(text);
                })
                .andFinally(() -> loading.set(false))
                .start();
    }

    /** Stops the load in flight (its result is dropped) and shows {@code text} instead of rows. */
    public void stop(String text) {
        slot.cancel();
        loading.set(false);
        message.set(text);
    }

    /** Shows {@code text} instead of rows (empty text when there are rows). */
    public void show(String text) {
        message.set(text);
    }

    public boolean isLoading() {
        return loading.get();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why there are no rows (no catalog, loading, none, failure), or empty text. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
