package org.provex.core.formats;

import java.util.List;
import java.util.Objects;
import org.provex.core.model.MetadataKind;

/** Reads any metadata file by kind without throwing, so one broken file does not hide the others. */
public final class MetadataReaders {

    private MetadataReaders() {
    }

    /** Never throws for bad content; a failure comes back as {@link ParsedMetadata.Failed}. */
    public static ParsedMetadata read(MetadataKind kind, String fileName, byte[] bytes) {
        Objects.requireNonNull(kind, "kind");
        try {
            return switch (kind) {
                case CONFIGURATION -> new ParsedMetadata.Configuration(ConfigurationReader.read(fileName, bytes));
                case ENVIRONMENT -> new ParsedMetadata.Environment(EnvironmentSnapshotReader.read(fileName, bytes));
                case UV_LOCK -> new ParsedMetadata.UvLockFile(UvLockReader.read(fileName, bytes));
                case HYDRA_CONFIG -> new ParsedMetadata.HydraConfig(HydraYamlReader.readConfig(fileName, bytes));
                case HYDRA_OVERRIDES ->
                        new ParsedMetadata.HydraOverrides(HydraYamlReader.readOverrides(fileName, bytes));
                case HYDRA_RUNTIME -> new ParsedMetadata.HydraRuntime(HydraYamlReader.readRuntime(fileName, bytes));
                case METRICS, OTHER -> new ParsedMetadata.Unparsed(Parsing.text(bytes));
            };
        } catch (MetadataFormatException e) {
            return new ParsedMetadata.Failed(e);
        } catch (RuntimeException e) {
            // a reader bug must not stop the caller from showing the execution's other files
            return new ParsedMetadata.Failed(MetadataFormatException.atPath(fileName, "",
                    "it could not be read (" + e.getClass().getSimpleName() + ")"));
        }
    }

    /** Classifies by file name and asset types ({@link MetadataKind#of}), then reads. */
    public static ParsedMetadata read(String fileName, List<String> assetTypes, byte[] bytes) {
        return read(MetadataKind.of(fileName, assetTypes == null ? List.of() : assetTypes), fileName, bytes);
    }
}
