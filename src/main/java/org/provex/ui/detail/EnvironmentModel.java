package org.provex.ui.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.provex.core.formats.EnvironmentSnapshot;
import org.provex.core.formats.SecretMasker;
import org.provex.ui.common.Messages;
import org.provex.ui.detail.DetailContent.Field;

/**
 * The environment snapshot as sections: Python, OS/platform, GPU, packages (filterable) and environment variables,
 * whose secret-looking values stay masked until {@code reveal} is set.
 */
public final class EnvironmentModel {

    /** A package and its version. */
    public record PackageRow(String name, String version) {
    }

    /** An environment variable as shown: {@code value} is the mask when {@code secret} and not revealed. */
    public record Variable(String name, String value, boolean secret) {
    }

    private final Messages m;
    private final BooleanProperty reveal;
    private final ReadOnlyObjectWrapper<EnvironmentSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ObservableList<Field> python = FXCollections.observableArrayList();
    private final ObservableList<Field> platform = FXCollections.observableArrayList();
    private final ObservableList<Field> gpu = FXCollections.observableArrayList();
    private final ObservableList<PackageRow> packages = FXCollections.observableArrayList();
    private final FilteredList<PackageRow> filteredPackages = new FilteredList<>(packages);
    private final StringProperty packageFilter = new SimpleStringProperty(this, "packageFilter", "");
    private final ReadOnlyStringWrapper packageSummary = new ReadOnlyStringWrapper(this, "packageSummary", "");
    private final ObservableList<Variable> variables = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper secretCount = new ReadOnlyIntegerWrapper(this, "secretCount");

    EnvironmentModel(Messages messages, BooleanProperty reveal) {
        this.m = messages;
        this.reveal = reveal;
        packageFilter.addListener((o, a, b) -> applyFilter());
        reveal.addListener((o, a, b) -> refreshVariables());
    }

    /** Shows a snapshot, or nothing for null. */
    void show(EnvironmentSnapshot env) {
        snapshot.set(env);
        packageFilter.set("");
        python.setAll(env == null ? List.of() : pythonFields(env.python()));
        platform.setAll(env == null ? List.of() : platformFields(env.platform()));
        gpu.setAll(env == null ? List.of() : gpuFields(env.gpu()));
        List<PackageRow> rows = new ArrayList<>();
        if (env != null) {
            env.packages().forEach((name, version) -> rows.add(new PackageRow(name, version)));
        }
        packages.setAll(rows);
        applyFilter();
        refreshVariables();
    }

    private List<Field> pythonFields(EnvironmentSnapshot.Python p) {
        return fields("env.python.version", p.version(), "env.python.implementation", p.implementation(),
                "env.python.compiler", p.compiler(), "env.python.executable", p.executable());
    }

    private List<Field> platformFields(EnvironmentSnapshot.Platform p) {
        return fields("env.platform.os", p.osPrettyName(), "env.platform.system", p.system(),
                "env.platform.release", p.release(), "env.platform.machine", p.machine(), "env.platform.node",
                p.node());
    }

    private List<Field> gpuFields(EnvironmentSnapshot.Gpu g) {
        List<Field> out = new ArrayList<>();
        out.add(new Field(m.get("env.gpu.available"), m.get(g.available() ? "env.yes" : "env.no"), false));
        List<String> devices = g.devices().stream()
                .map(d -> m.get("env.gpu.device", d.name(), d.memory(), d.driver())).toList();
        if (!devices.isEmpty()) {
            out.add(new Field(m.get("env.gpu.devices"), String.join("\n", devices), false));
        }
        out.addAll(fields("env.gpu.cuda", g.cudaVersion(), "env.gpu.cudnn", g.cudnnVersion(), "env.gpu.source",
                g.source(), "env.gpu.error", g.probeError()));
        return out;
    }

    /** Key/value pairs of message keys and values; blank values are left out. */
    private List<Field> fields(String... keysAndValues) {
        List<Field> out = new ArrayList<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            String v = keysAndValues[i + 1];
            if (v != null && !v.isBlank()) {
                out.add(new Field(m.get(keysAndValues[i]), v, false));
            }
        }
        return out;
    }

    private void applyFilter() {
        String f = packageFilter.get() == null ? "" : packageFilter.get().strip().toLowerCase(Locale.ROOT);
        filteredPackages.setPredicate(f.isEmpty() ? null
                : p -> p.name().toLowerCase(Locale.ROOT).contains(f) || p.version().toLowerCase(Locale.ROOT)
                .contains(f));
        packageSummary.set(f.isEmpty() ? m.get("env.packages.count", packages.size())
                : m.get("env.packages.filtered", filteredPackages.size(), packages.size()));
    }

    private void refreshVariables() {
        EnvironmentSnapshot env = snapshot.get();
        if (env == null) {
            variables.clear();
            secretCount.set(0);
            return;
        }
        SortedMap<String, String> masked = env.maskedEnvironment();
        List<Variable> rows = new ArrayList<>();
        int secrets = 0;
        for (Map.Entry<String, String> e : env.environment().entrySet()) {
            boolean secret = SecretMasker.MASK.equals(masked.get(e.getKey()));
            secrets += secret ? 1 : 0;
            rows.add(new Variable(e.getKey(), secret && !reveal.get() ? SecretMasker.MASK : e.getValue(), secret));
        }
        variables.setAll(rows);
        secretCount.set(secrets);
    }

    public ReadOnlyObjectProperty<EnvironmentSnapshot> snapshot() {
        return snapshot.getReadOnlyProperty();
    }

    public ObservableList<Field> python() {
        return python;
    }

    public ObservableList<Field> platform() {
        return platform;
    }

    public ObservableList<Field> gpu() {
        return gpu;
    }

    /** The packages that pass the filter. */
    public ObservableList<PackageRow> packages() {
        return filteredPackages;
    }

    public StringProperty packageFilter() {
        return packageFilter;
    }

    /** "28 packages" or "3 of 28 packages". */
    public ReadOnlyStringProperty packageSummary() {
        return packageSummary.getReadOnlyProperty();
    }

    public ObservableList<Variable> variables() {
        return variables;
    }

    /** How many variables are secret-looking (masked unless revealed). */
    public ReadOnlyIntegerProperty secretCount() {
        return secretCount.getReadOnlyProperty();
    }

    /** True when secret values are shown. */
    public BooleanProperty reveal() {
        return reveal;
    }
}
