package org.provex.core.audit;

import java.util.List;
import java.util.Optional;
import org.provex.core.cache.query.AssetUse;
import org.provex.core.cache.query.ExecutionDetail;
import org.provex.core.formats.EnvironmentSnapshot;
import org.provex.core.formats.HydraRuntime;
import org.provex.core.formats.ParsedMetadata;
import org.provex.core.formats.UvLock;
import org.provex.core.model.ExecutionConfiguration;
import tools.jackson.databind.JsonNode;

/**
 * Everything known about one execution, answering "what code and data produced this result?": the
 * cached rows plus the parsed metadata files and the warnings an auditor should read first.
 *
 * @param files every metadata file with its parse result (files not in the cache are {@code cached = false})
 */
public record ExecutionAudit(ExecutionDetail detail, List<MetadataFile> files,
                             Optional<ExecutionConfiguration> configuration, Optional<EnvironmentSnapshot> environment,
                             Optional<UvLock> uvLock, Optional<HydraRuntime> hydraRuntime,
                             Optional<JsonNode> hydraConfig, List<String> hydraOverrides, List<Finding> findings) {

    public ExecutionAudit {
        files = List.copyOf(files);
        hydraOverrides = List.copyOf(hydraOverrides);
        findings = List.copyOf(findings);
    }

    /**
     * A metadata file of the run; {@code parsed} is empty when its body is not in the cache.
     *
     * @param missing why the body is not in the cache; null when it is
     */
    public record MetadataFile(AssetUse use, boolean cached, Optional<ParsedMetadata> parsed, MissingBody missing) {

        public MetadataFile {
            missing = cached ? null : missing == null ? MissingBody.NOT_DOWNLOADED : missing;
        }

        /** A file whose missing body (if any) was simply not downloaded. */
        public MetadataFile(AssetUse use, boolean cached, Optional<ParsedMetadata> parsed) {
            this(use, cached, parsed, null);
        }
    }

    /** Something an auditor should know, most severe first. */
    public record Finding(Severity severity, String code, String message) {
    }

    public enum Severity { PROBLEM, WARNING, NOTE }
}
