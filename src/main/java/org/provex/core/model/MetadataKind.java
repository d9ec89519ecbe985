package org.provex.core.model;

import java.util.List;
import java.util.Locale;

/** The kinds of metadata file deriva-ml uploads for each execution, recognised by name and type. */
public enum MetadataKind {
    CONFIGURATION, ENVIRONMENT, UV_LOCK, HYDRA_CONFIG, HYDRA_OVERRIDES, HYDRA_RUNTIME, METRICS, OTHER;

    public static MetadataKind of(String filename, List<String> types) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (name.equals("configuration.json")) {
            return CONFIGURATION;
        }
        if (name.startsWith("environment_snapshot_") || types.contains("Runtime_Env")) {
            return ENVIRONMENT;
        }
        if (name.equals("uv.lock")) {
            return UV_LOCK;
        }
        if (name.startsWith("hydra-") || types.contains("Hydra_Config")) {
            if (name.endsWith("-overrides.yaml")) {
                return HYDRA_OVERRIDES;
            }
            if (name.endsWith("-hydra.yaml")) {
                return HYDRA_RUNTIME;
            }
            if (name.endsWith("-config.yaml")) {
                return HYDRA_CONFIG;
            }
        }
        if (name.endsWith(".jsonl") || types.contains("Metrics_File")) {
            return METRICS;
        }
        return OTHER;
    }
}
