package org.provex.ui.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.provex.core.diff.MetadataText;
import org.provex.core.diff.RunRef;
import org.provex.core.diff.TextDiff;
import org.provex.core.model.AssetFile;
import org.provex.core.model.MetadataKind;
import org.provex.core.model.Rid;
import org.provex.ui.common.Messages;
import org.provex.ui.common.TaskRunner;
import org.provex.ui.common.TaskSlot;

/**
 * One metadata file of the baseline and of another run, side by side as text (java-diff-utils), for "show me the
 * file". Files are paired by kind (an environment snapshot with an environment snapshot, whatever their
 * timestamped names), other files by name; secrets are masked unless the comparison revealed them. Reads only
 * while the files tab is shown.
 */
public final class FileDiffViewModel {

    /** A file both runs have. */
    public record FileChoice(String label, AssetFile left, AssetFile right) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final TaskSlot reading;
    private final Messages msg;
    private final Consumer<Throwable> onError;
    private final ObservableList<RunRef> others = FXCollections.observableArrayList();
    private final ObjectProperty<RunRef> other = new SimpleObjectProperty<>(this, "other");
    private final ObservableList<FileChoice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<FileChoice> file = new SimpleObjectProperty<>(this, "file");
    private final ObservableList<TextDiff.SideBySideRow> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper leftTitle = new ReadOnlyStringWrapper(this, "leftTitle", "");
    private final ReadOnlyStringWrapper rightTitle = new ReadOnlyStringWrapper(this, "rightTitle", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private RunSource source;
    private RunRef baseline;
    private Map<Rid, List<AssetFile>> files = Map.of();
    private boolean reveal;
    private boolean stale = true;
    private boolean updating;

    FileDiffViewModel(TaskRunner tasks, Messages msg, Consumer<Throwable> onError) {
        this.reading = tasks.slot();
        this.msg = msg;
        this.onError = onError;
        other.addListener((o, a, b) -> {
            if (!updating) {
                refreshChoices();
            }
        });
        file.addListener((o, a, b) -> {
            if (!updating) {
                reload();
            }
        });
        active.addListener((o, a, b) -> {
            if (b && stale) {
                reload();
            }
        });
    }

    /** The runs that can be set beside the baseline (every run but the baseline). */
    public ObservableList<RunRef> others() {
        return others;
    }

    public ObjectProperty<RunRef> otherProperty() {
        return other;
    }

    /** Metadata files cached for both the baseline and the other run. */
    public ObservableList<FileChoice> choices() {
        return choices;
    }

    public ObjectProperty<FileChoice> fileProperty() {
        return file;
    }

    /** Aligned lines: the baseline's file on the left, the other run's on the right. */
    public ObservableList<TextDiff.SideBySideRow> lines() {
        return lines;
    }

    /** Why there is nothing to show, or "". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** "12 lines added, 7 removed", or "identical". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty leftTitleProperty() {
        return leftTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rightTitleProperty() {
        return rightTitle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Set by the view while the files tab is shown; files are read only then. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /**
     * New runs, baseline or secrets setting.
     *
     * @param source where file bodies are read, or null when the catalog is no longer open
     */
    void update(RunSource source, RunRef baseline, List<RunRef> runs, Map<Rid, List<AssetFile>> files,
                boolean reveal) {
        this.source = source;
        this.baseline = baseline;
        this.files = Map.copyOf(files);
        this.reveal = reveal;
        updating = true;
        try {
            RunRef kept = other.get();
            others.setAll(runs.stream().filter(r -> !r.equals(baseline)).toList());
            other.set(others.contains(kept) ? kept : others.isEmpty() ? null : others.get(0));
        } finally {
            updating = false;
        }
        refreshChoices();
    }

    void cancel() {
        reading.cancel();
        loading.set(false);
    }

    private void refreshChoices() {
        String kept = file.get() == null ? null : file.get().label();
        List<FileChoice> found = baseline == null || other.get() == null ? List.of()
                : pairs(files.getOrDefault(baseline.rid(), List.of()), files.getOrDefault(other.get().rid(),
                List.of()));
        updating = true;
        try {
            choices.setAll(found);
            file.set(found.stream().filter(c -> c.label().equals(kept)).findFirst()
                    .orElse(found.isEmpty() ? null : found.get(0)));
        } finally {
            updating = false;
        }
        reload();
    }

    private List<FileChoice> pairs(List<AssetFile> left, List<AssetFile> right) {
        List<FileChoice> out = new ArrayList<>();
        for (AssetFile l : left.stream().sorted(Comparator.comparing(AssetFile::kind)
                .thenComparing(AssetFile::filename)).toList()) {
            MetadataKind kind = l.kind();
            Optional<AssetFile> r = right.stream().filter(f -> kind == MetadataKind.OTHER
                    ? f.filename().equals(l.filename()) : f.kind() == kind).findFirst();
            if (r.isPresent() && out.stream().noneMatch(c -> c.right().equals(r.get()))) {
                // the two file names are in the side titles
                String label = kind == MetadataKind.OTHER ? l.filename() : msg.get("kind." + kind.name());
                out.add(new FileChoice(label, l, r.get()));
            }
        }
        return out;
    }

    private void reload() {
        cancel();
        FileChoice choice = file.get();
        lines.clear();
        summary.set("");
        leftTitle.set(baseline == null ? "" : msg.get("file.side.baseline", baseline.rid(),
                choice == null ? "" : choice.left().filename()));
        rightTitle.set(other.get() == null ? "" : msg.get("file.side", other.get().rid(),
                choice == null ? "" : choice.right().filename()));
        if (baseline == null || other.get() == null) {
            message.set(msg.get("files.noRuns"));
            return;
        }
        if (choice == null) {
            message.set(msg.get("files.none", baseline.rid(), other.get().rid()));
            return;
        }
        if (source == null) {
            message.set(msg.get("files.closed"));
            return;
        }
        if (!active.get()) {
            stale = true;
            message.set("");
            return;
        }
        stale = false;
        message.set("");
        loading.set(true);
        RunSource src = source;
        boolean unmasked = reveal;
        reading.task(msg.get("task.file", choice.label()), c -> {
            byte[] l = src.read(choice.left()).orElse(null);
            byte[] r = src.read(choice.right()).orElse(null);
            return l == null || r == null ? null : MetadataText.diff(choice.left().filename(), l,
                    choice.right().filename(), r, unmasked);
        }).onSuccess(this::show).onError(onError).andFinally(() -> loading.set(false)).start();
    }

    private void show(TextDiff d) {
        if (d == null) {
            message.set(msg.get("files.notCached"));
            return;
        }
        lines.setAll(d.sideBySide());
        summary.set(d.identical() ? msg.get("file.identical", d.leftLines().size())
                : msg.get("file.changed", d.addedLines(), d.removedLines()));
    }

    /** For tests: the chosen pair, by its label. */
    Optional<FileChoice> choice(String label) {
        return choices.stream().filter(c -> Objects.equals(c.label(), label)).findFirst();
    }
}
