package org.provex.core.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.provex.core.formats.EnvironmentSnapshot;
import org.provex.core.formats.LockedPackage;
import org.provex.core.formats.SecretMasker;
import org.provex.core.formats.UvLock;

/** The fields of an environment snapshot and a uv.lock, one map per section. */
final class EnvironmentFacts {

    /** Platform fields that tell machines apart without making the environment different. */
    static final Set<String> INFORMATIONAL = Set.of("host", "python_executable");

    private EnvironmentFacts() {
    }

    /** Packages by PEP 503 normalised name (so {@code PyYAML} meets {@code pyyaml}), in name order. */
    static Map<String, Field> packages(EnvironmentSnapshot env) {
        Map<String, Field> out = new TreeMap<>();
        env.packages().forEach((name, version) -> out.merge(normalise(name), Field.version(name, version),
                (a, b) -> joined(a, b.display())));
        return out;
    }

    static Map<String, Field> uvLock(UvLock lock) {
        Map<String, Field> out = new TreeMap<>();
        for (LockedPackage p : lock.packages()) {
            String source = p.source() == null ? "" : p.source();
            String shown = source.isEmpty() || source.equals("registry") ? p.version()
                    : (p.version().isEmpty() ? "" : p.version() + " ") + "[" + source + "]";
            Field f = new Field(p.name(), p.version() + "|" + source, shown,
                    p.version().isEmpty() ? null : p.version(), false);
            out.merge(normalise(p.name()), f, (a, b) -> joined(a, b.display()));
        }
        return out;
    }

    /** Two entries under one name (uv locks one per Python range): shown together, compared as text. */
    private static Field joined(Field a, String more) {
        return new Field(a.label(), a.compare() + ", " + more, a.display() + ", " + more, null, false);
    }

    static Map<String, Field> platform(EnvironmentSnapshot env) {
        Map<String, Field> out = new LinkedHashMap<>();
        EnvironmentSnapshot.Python py = env.python();
        EnvironmentSnapshot.Platform p = env.platform();
        put(out, "python_version", Field.version("Python", py.version()));
        put(out, "python_implementation", Field.text("Python implementation", py.implementation()));
        put(out, "python_compiler", Field.text("Python compiler", py.compiler()));
        put(out, "os", Field.text("OS", p.osPrettyName()));
        put(out, "system", Field.text("System", p.system()));
        put(out, "kernel", Field.text("Kernel release", p.release()));
        put(out, "machine", Field.text("Architecture", p.machine()));
        put(out, "host", Field.text("Host", p.node()));
        put(out, "python_executable", Field.text("Python executable", py.executable()));
        return out;
    }

    static Map<String, Field> gpu(EnvironmentSnapshot env) {
        EnvironmentSnapshot.Gpu g = env.gpu();
        Map<String, Field> out = new LinkedHashMap<>();
        if (g.equals(EnvironmentSnapshot.Gpu.EMPTY) && env.raw().path("gpu").isMissingNode()) {
            return out;
        }
        put(out, "available", Field.text("GPU available", g.available() ? "yes" : "no"));
        Map<String, Integer> devices = new LinkedHashMap<>();
        Set<String> drivers = new LinkedHashSet<>();
        for (EnvironmentSnapshot.GpuDevice d : g.devices()) {
            String name = d.name() + (d.memory().isBlank() ? "" : " (" + d.memory() + ")");
            devices.merge(name, 1, Integer::sum);
            if (!d.driver().isBlank()) {
                drivers.add(d.driver());
            }
        }
        List<String> names = new ArrayList<>();
        devices.forEach((name, n) -> names.add(n + " × " + name));
        put(out, "devices", Field.text("GPU devices", String.join("; ", names)));
        String driver = String.join(", ", drivers);
        put(out, "driver", drivers.size() == 1 ? Field.version("Driver", driver) : Field.text("Driver", driver));
        put(out, "cuda", Field.version("CUDA (torch)", g.cudaVersion()));
        put(out, "cudnn", Field.version("cuDNN (torch)", g.cudnnVersion()));
        put(out, "source", Field.text("Probed with", g.source()));
        put(out, "probe_error", Field.text("Probe error", g.probeError()));
        return out;
    }

    /** Every variable, secrets masked by name or value unless revealed, noise marked folded. */
    static Map<String, Field> variables(EnvironmentSnapshot env, boolean reveal) {
        Map<String, Field> out = new TreeMap<>();
        env.environment().forEach((name, value) -> {
            String v = value == null ? "" : value;
            boolean secret = SecretMasker.isSecretName(name) || SecretMasker.looksLikeSecretValue(v);
            out.put(name, new Field(name, v, secret && !reveal ? SecretMasker.mask(v) : v, null,
                    NoiseVariables.isNoise(name)));
        });
        return out;
    }

    private static void put(Map<String, Field> out, String key, Field f) {
        if (f.compare() != null && !f.compare().isBlank()) {
            out.put(key, f);
        }
    }

    /** PEP 503: lower case, runs of {@code -_.} as one {@code -}. A loop, not a regex: it runs per package. */
    static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String s = name.strip();
        StringBuilder b = new StringBuilder(s.length());
        boolean separator = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' || c == '_' || c == '.') {
                separator = true;
                continue;
            }
            if (separator) {
                b.append('-');
                separator = false;
            }
            b.append(Character.toLowerCase(c));
        }
        if (separator) {
            b.append('-');
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
