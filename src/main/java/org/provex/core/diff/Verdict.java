package org.provex.core.diff;

import java.util.List;
import org.provex.core.model.Rid;

/**
 * The answer a person reads before anything else: for each run, are its inputs, code, configuration and
 * environment the same as the baseline's?
 *
 * @param headline one line for the whole comparison
 * @param runs     one per run other than the baseline, in comparison order
 */
public record Verdict(String headline, List<RunVerdict> runs) {

    public Verdict {
        runs = List.copyOf(runs);
    }

    public enum Answer {
        SAME, DIFFERENT,
        /** Data is missing, or equal values do not prove sameness (a dirty tree, a dev dataset version). */
        UNKNOWN;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One aspect of one run.
     *
     * @param reasons why, most telling first, e.g. {@code Python: 3.11.9 -> 3.12.4}; empty when SAME for no
     *                particular reason
     */
    public record Aspect(Answer answer, List<String> reasons) {
        public Aspect {
            reasons = List.copyOf(reasons);
        }

        public boolean same() {
            return answer == Answer.SAME;
        }
    }

    /**
     * @param line one line for people, e.g. {@code 1-AS5G: same inputs; different code (...); ...}
     */
    public record RunVerdict(Rid run, Aspect inputs, Aspect code, Aspect configuration, Aspect environment,
                             String line) {

        public boolean allSame() {
            return inputs.same() && code.same() && configuration.same() && environment.same();
        }
    }
}
