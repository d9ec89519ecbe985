package org.provex.core.formats;

import java.util.List;
import org.provex.core.model.ExecutionConfiguration;
import tools.jackson.databind.JsonNode;

/** The outcome of reading one metadata file: its parsed content, its text when no reader applies, or the failure. */
public sealed interface ParsedMetadata {

    record Configuration(ExecutionConfiguration configuration) implements ParsedMetadata {
    }

    record Environment(EnvironmentSnapshot snapshot) implements ParsedMetadata {
    }

    record UvLockFile(UvLock lock) implements ParsedMetadata {
    }

    record HydraConfig(JsonNode config) implements ParsedMetadata {
    }

    record HydraOverrides(List<String> overrides) implements ParsedMetadata {
        public HydraOverrides {
            overrides = List.copyOf(overrides);
        }
    }

    /** Named like the record it wraps, hence the qualified component type. */
    record HydraRuntime(org.provex.core.formats.HydraRuntime runtime) implements ParsedMetadata {
    }

    /** A kind without a structured reader (metrics, other files): the text, decoded as UTF-8. */
    record Unparsed(String text) implements ParsedMetadata {
    }

    record Failed(MetadataFormatException error) implements ParsedMetadata {
    }
}
