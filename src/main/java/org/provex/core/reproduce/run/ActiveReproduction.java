package org.provex.core.reproduce.run;

import java.util.concurrent.CompletableFuture;
import org.provex.core.reproduce.launch.LaunchHandle;

/**
 * A launched reproduction.
 *
 * @param record   the record as it was when the process started
 * @param handle   the running process: output, cancel
 * @param finished completes with the final record once the process ended and the record was saved
 */
public record ActiveReproduction(ReproductionRecord record, LaunchHandle handle,
                                 CompletableFuture<ReproductionRecord> finished) {
}
