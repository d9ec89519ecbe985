package org.provex.core.reproduce.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.model.ExecutionConfiguration;
import org.provex.core.reproduce.UnsafeValueException;
import org.provex.core.reproduce.UntrustedValues;
import org.provex.core.reproduce.plan.RecordedCommand.Source;

/**
 * Reads how a run was started: the overrides from its Hydra overrides file, else from the argv in configuration.json,
 * else (losing {@code +} and value overrides) from its config choices. The config choices are a cross-check, never
 * the source when overrides exist. Every value that will be passed on is checked as untrusted catalog text.
 */
final class RecordedCommandReader {

    static final String DEFAULT_ENTRY_POINT = "deriva-ml-run";

    private RecordedCommandReader() {
    }

    static RecordedCommand read(ExecutionAudit audit, CatalogRef catalog) {
        ExecutionConfiguration config = audit.configuration().orElse(null);
        String entry = entryPoint(config);
        Map<String, String> choices = config == null ? Map.of() : config.configChoices();
        List<String> dropped = new ArrayList<>();
        List<String> raw;
        Source source;
        boolean multirun = false;
        if (!audit.hydraOverrides().isEmpty()) {
            source = Source.HYDRA_OVERRIDES_FILE;
            raw = audit.hydraOverrides();
        } else if (config != null && config.argv().size() > 0) {
            source = Source.ARGV;
            raw = new ArrayList<>();
            for (String arg : config.argv().subList(1, config.argv().size())) {
                if (arg.equals("--multirun") || arg.equals("-m")) {
                    multirun = true;
                } else {
                    raw.add(arg);
                }
            }
        } else if (!choices.isEmpty()) {
            return fromChoices(choices, entry);
        } else {
            return new RecordedCommand(Source.NONE, List.of(), List.of(), List.of(), false, entry, "");
        }
        List<String> values = new ArrayList<>();
        try {
            for (String value : raw) {
                String why = dropReason(value, catalog);
                if (why != null) {
                    dropped.add(value + ": " + why);
                } else {
                    values.add(UntrustedValues.override(value));
                }
            }
        } catch (UnsafeValueException e) {
            return new RecordedCommand(source, List.of(), dropped, List.of(), multirun, entry, e.getMessage());
        }
        return new RecordedCommand(source, values, dropped, crossCheck(values, choices), multirun, entry, "");
    }

    private static RecordedCommand fromChoices(Map<String, String> choices, String entry) {
        List<String> values = new ArrayList<>();
        try {
            for (Map.Entry<String, String> e : choices.entrySet()) {
                if (e.getKey().startsWith("hydra/") || e.getKey().equals("deriva_ml")) {
                    continue;
                }
                values.add(UntrustedValues.override(UntrustedValues.configName(e.getKey(), "config group") + "="
                        + UntrustedValues.configName(e.getValue(), "config choice")));
            }
        } catch (UnsafeValueException e) {
            return new RecordedCommand(Source.CONFIG_CHOICES, List.of(), List.of(), List.of(), false, entry,
                    e.getMessage());
        }
        return new RecordedCommand(Source.CONFIG_CHOICES, values, List.of(), List.of("Rebuilt from the config "
                + "choices because no overrides were recorded: '+' groups and value overrides of the original are "
                + "not known and are missing here."), false, entry, "");
    }

    /** Why a recorded value is not replayed, or null to replay it. */
    private static String dropReason(String value, CatalogRef catalog) {
        String key = keyOf(value);
        if (key.equals("deriva_ml.hostname")) {
            String v = value.substring(value.indexOf('=') + 1);
            return "set from --host" + (v.equalsIgnoreCase(catalog.host()) ? "" : " (the original named " + v
                    + "; the reproduction runs against " + catalog.host() + ", where the original is recorded)");
        }
        if (key.equals("deriva_ml.catalog_id")) {
            String v = value.substring(value.indexOf('=') + 1);
            return "set from --catalog" + (v.equals(catalog.catalogId()) ? "" : " (the original named catalog " + v
                    + ")");
        }
        if (key.equals("description")) {
            return "the reproduction names the original in its own description";
        }
        if (key.equals("dry_run")) {
            return "the reproduction decides whether it is a dry run";
        }
        return null;
    }

    /** The key of an override without its {@code +}, {@code ++} or {@code ~} prefix and without a package. */
    static String keyOf(String value) {
        String body = value.replaceFirst("^(\\+\\+|\\+|~)", "");
        int eq = body.indexOf('=');
        String key = eq < 0 ? body : body.substring(0, eq);
        int at = key.indexOf('@');
        return at < 0 ? key : key.substring(0, at);
    }

    private static List<String> crossCheck(List<String> overrides, Map<String, String> choices) {
        List<String> notes = new ArrayList<>();
        Map<String, String> set = new LinkedHashMap<>();
        for (String o : overrides) {
            int eq = o.indexOf('=');
            if (eq > 0 && !o.startsWith("~")) {
                set.put(keyOf(o), o.substring(eq + 1));
            }
        }
        set.forEach((group, value) -> {
            String chosen = choices.get(group);
            if (chosen != null && !chosen.equals(value)) {
                notes.add("The override " + group + "=" + value + " disagrees with the recorded config choice "
                        + group + ": " + chosen + ".");
            }
        });
        long agreeing = set.entrySet().stream().filter(e -> e.getValue().equals(choices.get(e.getKey()))).count();
        if (!choices.isEmpty() && notes.isEmpty()) {
            notes.add(agreeing == 0 ? "No override selects a config group: the recorded config choices come from the "
                    + "checked-out configuration's defaults." : "The overrides agree with the recorded config choices ("
                    + agreeing + " group" + (agreeing == 1 ? "" : "s") + " set by an override; the others come from "
                    + "the checked-out configuration's defaults).");
        }
        return notes;
    }

    private static String entryPoint(ExecutionConfiguration config) {
        if (config == null || config.argv().isEmpty()) {
            return DEFAULT_ENTRY_POINT;
        }
        String first = config.argv().get(0).replace('\\', '/');
        String name = first.substring(first.lastIndexOf('/') + 1);
        return UntrustedValues.isEntryPoint(name) ? name : DEFAULT_ENTRY_POINT;
    }
}
