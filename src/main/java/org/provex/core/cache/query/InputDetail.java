package org.provex.core.cache.query;

import org.provex.core.model.ExecutionInput;

/**
 * A consumed dataset with what the audit needs about its version.
 *
 * @param datasetLabel a short label for the dataset (a short description, else its RID)
 * @param dev          the pinned version is a dev version (no snapshot or a {@code .devN} label)
 * @param versionKnown the pinned {@code Dataset_Version} row is in the cache
 */
public record InputDetail(ExecutionInput input, String datasetLabel, boolean dev, boolean versionKnown) {
}
