package org.provex.ui.reproduce;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.provex.core.reproduce.launch.slurm.ProfileEdits;
import org.provex.core.reproduce.launch.slurm.ProfileKey;
import org.provex.core.reproduce.run.ReproduceServices;
import org.provex.core.settings.ClusterProfile;
import org.provex.core.settings.ClusterProfiles;
import org.provex.ui.common.Errors;
import org.provex.ui.common.Messages;
import org.provex.ui.common.TaskRunner;
import org.provex.ui.common.TaskSlot;

/**
 * The cluster profile editor of the Launch step: the global profile, or the catalog's own, as {@code key=value} lines
 * (a list key once per value), checked as a whole and saved to the settings off the FX thread, exactly as {@code
 * provex cluster profile set} would; a saved profile plans the reproduction again.
 */
final class ClusterProfileModel {

    private final Messages m = Messages.of(ClusterProfileModel.class);
    private final ReproduceServices services;
    private final TaskSlot saving;
    private final Runnable saved;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final BooleanProperty forCatalog = new SimpleBooleanProperty(this, "forCatalog");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private String catalog;

    ClusterProfileModel(TaskRunner tasks, ReproduceServices services, Runnable saved) {
        this.services = services;
        this.saving = tasks.slot();
        this.saved = saved;
        forCatalog.addListener((o, a, b) -> load());
    }

    /** Shows the stored profile of this catalog (or the global one). */
    void open(String catalogName) {
        this.catalog = catalogName;
        load();
    }

    private String scope() {
        return forCatalog.get() ? catalog : null;
    }

    private void load() {
        text.set(String.join("\n", lines(services.clusterProfiles().stored(scope()))));
        message.set(null);
    }

    /** The profile as the editor shows it: one {@code key=value} line per set value, in key order. */
    static List<String> lines(ClusterProfile p) {
        List<String> out = new ArrayList<>();
        for (ProfileKey k : ProfileKey.values()) {
            Object v = k.get(p);
            if (v instanceof List<?> list) {
                list.forEach(item -> out.add(k.key() + "=" + item));
            } else if (v != null) {
                out.add(k.key() + "=" + v);
            }
        }
        return out;
    }

    /** Checks every line and replaces the profile with them; a refused value changes nothing and says why. */
    void save() {
        List<String> assignments = text.get().lines().map(String::strip).filter(l -> !l.isEmpty()
                && !l.startsWith("#")).toList();
        String scope = scope();
        ClusterProfiles next;
        try {
            ClusterProfiles stored = services.clusterProfiles();
            next = ProfileEdits.set(stored.with(scope, ClusterProfile.EMPTY), scope, assignments);
        } catch (RuntimeException e) {
            message.set(e.getMessage());
            return;
        }
        ClusterProfile profile = next.stored(scope);
        saving.task(m.get("profile.task.save"), c -> {
            services.updateClusterProfiles(p -> p.with(scope, profile));
            return profile;
        }).onSuccess(p -> {
            message.set(m.get("profile.saved", scope == null ? m.get("profile.global") : scope));
            saved.run();
        }).onError(e -> message.set(Errors.message(e))).start();
    }

    StringProperty text() {
        return text;
    }

    BooleanProperty forCatalog() {
        return forCatalog;
    }

    /** What the last save said (saved, or why a value was refused), or null. */
    ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }
}
