package org.provex.core.audit;

import java.util.Set;
import org.provex.core.model.MetadataKind;

/** How a recorded metadata file that is not in the cache is named in findings and verdicts. */
public final class NotDownloaded {

    /** The kinds an audit or a comparison reads; the others (metrics, ...) are only listed. */
    private static final Set<MetadataKind> READ = Set.of(MetadataKind.CONFIGURATION, MetadataKind.ENVIRONMENT,
            MetadataKind.UV_LOCK, MetadataKind.HYDRA_CONFIG, MetadataKind.HYDRA_OVERRIDES, MetadataKind.HYDRA_RUNTIME);

    private NotDownloaded() {
    }

    /** Whether an audit or a comparison needs this kind of file. */
    public static boolean matters(MetadataKind kind) {
        return READ.contains(kind);
    }

    /** What people call the file: {@code environment snapshot}, {@code Hydra overrides}, ... */
    public static String what(MetadataKind kind) {
        return switch (kind) {
            case CONFIGURATION -> "configuration.json";
            case ENVIRONMENT -> "environment snapshot";
            case UV_LOCK -> "uv.lock";
            case HYDRA_CONFIG -> "Hydra config";
            case HYDRA_OVERRIDES -> "Hydra overrides";
            case HYDRA_RUNTIME -> "Hydra runtime config";
            case METRICS -> "metrics file";
            case OTHER -> "file";
        };
    }

    /**
     * {@code The environment snapshot (environment_snapshot_20260101_120000.txt) is recorded in the catalog but not
     * downloaded here: offline. Sync the catalog when it is reachable.}
     */
    public static String sentence(ExecutionAudit.MetadataFile f) {
        MissingBody why = missing(f);
        String fix = why.fix();
        return "The " + what(f.use().asset().kind()) + " (" + f.use().asset().filename() + ") is recorded in the"
                + " catalog but not downloaded here" + (why.reason().isEmpty() ? "" : ": " + why.reason())
                + (why.detail().isEmpty() ? "" : " (" + why.detail() + ")") + ". "
                + Character.toUpperCase(fix.charAt(0)) + fix.substring(1) + ".";
    }

    /** For a verdict: {@code environment snapshot of 1-AB12 (environment_snapshot_...txt) not downloaded; offline}. */
    public static String reason(ExecutionAudit.MetadataFile f) {
        return what(f.use().asset().kind()) + " of " + f.use().execution() + " (" + f.use().asset().filename() + ") "
                + missing(f).phrase();
    }

    /** What would bring it: {@code sync the catalog when it is reachable}. */
    public static String fix(ExecutionAudit.MetadataFile f) {
        return missing(f).fix();
    }

    private static MissingBody missing(ExecutionAudit.MetadataFile f) {
        return f.missing() == null ? MissingBody.NOT_DOWNLOADED : f.missing();
    }
}
