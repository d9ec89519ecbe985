package org.provex.core.reproduce.plan;

import org.provex.core.reproduce.launch.LaunchRequest;

/** A plan written to its workspace (checkout and plan files in place), with the request that launches it. */
public record PreparedReproduction(ReproductionPlan plan, LaunchRequest request) {
}
