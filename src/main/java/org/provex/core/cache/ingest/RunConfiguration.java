package org.provex.core.cache.ingest;

import java.util.List;
import org.provex.core.formats.ConfigurationReader;
import org.provex.core.formats.MetadataFormatException;
import org.provex.core.model.DatasetSpec;
import org.provex.core.model.ExecutionConfiguration;
import org.provex.core.model.Rid;
import org.provex.core.model.ScmVersion;

/**
 * The two things a load needs from a run's configuration.json: the declared datasets with their
 * versions (to pin inputs on catalogs without {@code Dataset_Execution.Dataset_Version}) and the
 * per-run {@code workflow.version}. Parsing is {@link ConfigurationReader}'s.
 */
record RunConfiguration(List<DatasetSpec> datasets, ScmVersion workflowVersion) {

    RunConfiguration {
        datasets = List.copyOf(datasets);
    }

    /** The version label declared for a dataset, or null when the dataset is not declared or has no version. */
    String versionOf(Rid dataset) {
        return datasets.stream().filter(d -> dataset.equals(d.rid())).map(DatasetSpec::version)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    boolean declares(Rid dataset) {
        return datasets.stream().anyMatch(d -> dataset.equals(d.rid()));
    }

    /** @throws MetadataFormatException when the bytes are not a usable configuration.json */
    static RunConfiguration parse(String fileName, byte[] bytes) {
        ExecutionConfiguration config = ConfigurationReader.read(fileName, bytes);
        ScmVersion version = config.workflow() == null ? ScmVersion.parse(null) : config.workflow().scmVersion();
        return new RunConfiguration(config.datasets().stream().filter(d -> d.rid() != null).toList(), version);
    }
}
