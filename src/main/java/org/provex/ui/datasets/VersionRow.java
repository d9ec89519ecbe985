package org.provex.ui.datasets;

import org.provex.core.model.DatasetVersion;
import org.provex.core.model.Rid;

/** One line of a dataset's version history. */
public record VersionRow(DatasetVersion version, boolean current) {

    public Rid rid() {
        return version.rid();
    }

    public String label() {
        return version.version() == null ? "" : version.version();
    }

    /** A dev version: no snapshot of its own, must not be consumed, cannot be cited. */
    public boolean dev() {
        return version.isDev();
    }
}
