package org.provex.core.model;

/**
 * The durations of one run; each is null when the catalog has no value (or no such column).
 *
 * @param execution the algorithm phase ({@code Execution_Duration})
 * @param download  the init/download phase ({@code Download_Duration})
 * @param upload    the commit/upload phase ({@code Upload_Duration})
 * @param legacy    the single {@code Duration} column of catalogs made before deriva-ml 1.54
 */
public record ExecutionDurations(RunDuration execution, RunDuration download, RunDuration upload,
                                 RunDuration legacy) {

    public static final ExecutionDurations NONE = new ExecutionDurations(null, null, null, null);

    public static ExecutionDurations of(String execution, String download, String upload, String legacy) {
        return new ExecutionDurations(RunDuration.parseOrNull(execution), RunDuration.parseOrNull(download),
                RunDuration.parseOrNull(upload), RunDuration.parseOrNull(legacy));
    }

    /** The best "how long did it run" value: the execution phase, else the legacy column. */
    public RunDuration main() {
        return execution != null ? execution : legacy;
    }
}
