package org.provex.core.diff;

/** The sections of a comparison, in the order they are shown. */
public enum SectionId {
    VERDICT("Verdict"),
    INPUTS("Inputs"),
    CODE("Code"),
    CONFIG_CHOICES("Config choices (what was selected)"),
    CONFIGURATION("Configuration (configuration.json)"),
    HYDRA_CONFIG("Hydra config (config.yaml)"),
    HYDRA_OVERRIDES("Hydra overrides (overrides.yaml)"),
    PACKAGES("Environment: packages"),
    UV_LOCK("Environment: uv.lock"),
    PLATFORM("Environment: platform"),
    GPU("Environment: GPU"),
    VARIABLES("Environment: variables");

    private final String title;

    SectionId(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** snake_case, for JSON and HTML ids. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
