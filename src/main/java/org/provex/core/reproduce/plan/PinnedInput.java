package org.provex.core.reproduce.plan;

import java.util.Locale;
import org.provex.core.model.Rid;
import org.provex.core.model.Snaptime;

/**
 * One input dataset of a plan: what the original consumed and what the new run will consume.
 *
 * @param label           a short label of the dataset
 * @param recordedVersion the version the original recorded, or null when it recorded none
 * @param version         the version the new run consumes (null when none could be found)
 * @param versionRid      its {@code Dataset_Version} row, or null
 * @param snapshot        its snapshot, or null
 * @param note            what happened, in words ("" when the recorded release is used as is)
 * @param configIndex     the dataset's position in configuration.json's {@code datasets}, or -1
 */
public record PinnedInput(Rid dataset, String label, String recordedVersion, String version, Rid versionRid,
                          Snaptime snapshot, Resolution resolution, String note, int configIndex) {

    /** How the version was chosen. */
    public enum Resolution {
        /** The recorded released version. */
        AS_RECORDED,
        /** The original used a dev version; the release current when it was created is used instead. */
        RESOLVED_DEV,
        /** The original recorded no version; the release current when it was created is used. */
        RESOLVED_UNPINNED,
        /** Re-run on the latest versions: the dataset's current release. */
        LATEST,
        /** No released version could be found. */
        UNRESOLVED;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether the new run consumes a different version than the one the original's own configuration names. */
    public boolean changed() {
        return version != null && !version.equals(recordedVersion);
    }
}
