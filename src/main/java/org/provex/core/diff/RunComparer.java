package org.provex.core.diff;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.model.Rid;

/**
 * Compares two or more executions (no upper limit) from their audits: verdict, inputs, code, configuration
 * (config choices first), Hydra files, packages, uv.lock, platform, GPU and environment variables.
 */
public final class RunComparer {

    private RunComparer() {
    }

    /**
     * Reads the runs once; compare with {@link PreparedComparison#against}.
     *
     * @param revealSecrets leave secret-looking values unmasked (they are masked in every output otherwise)
     * @throws DiffException with fewer than two runs or a run given twice
     */
    public static PreparedComparison prepare(List<ExecutionAudit> audits, boolean revealSecrets) {
        if (audits.size() < 2) {
            throw new DiffException("A comparison needs at least two executions; " + audits.size() + " given.");
        }
        Set<Rid> seen = new HashSet<>();
        for (ExecutionAudit a : audits) {
            Rid rid = a.detail().execution().rid();
            if (!seen.add(rid)) {
                throw new DiffException("Execution " + rid + " is given twice; list each run once.");
            }
        }
        return new PreparedComparison(audits.stream().map(a -> RunFactsReader.read(a, revealSecrets)).toList(),
                revealSecrets);
    }

    /** Secrets masked; the baseline must be one of the runs. */
    public static Comparison compare(List<ExecutionAudit> audits, Rid baseline) {
        return prepare(audits, false).against(baseline);
    }
}
