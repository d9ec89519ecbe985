package org.provex.core.reproduce.plan;

import java.util.List;
import java.util.Locale;
import org.provex.core.diff.FieldChange;

/**
 * The original's recorded environment against the reproduction's: its uv.lock against the checkout's, and its Python,
 * platform, GPU and CUDA against this machine's.
 *
 * @param uvLock      how the lock files compare
 * @param lockChanges packages whose locked version or source differ (empty unless {@code DIFFERENT})
 * @param facts       one line per probed fact
 * @param differences what will differ, one sentence each
 */
public record EnvironmentComparison(LockState uvLock, String lockMessage, List<FieldChange> lockChanges,
                                    List<Fact> facts, List<String> differences) {

    public enum LockState {
        SAME, DIFFERENT, NOT_RECORDED, NOT_IN_CHECKOUT, NOT_APPLICABLE;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A recorded value against this machine's ("" when unknown on a side). */
    public record Fact(String name, String recorded, String here, boolean differs) {
    }

    public EnvironmentComparison {
        lockChanges = List.copyOf(lockChanges);
        facts = List.copyOf(facts);
        differences = List.copyOf(differences);
    }
}
