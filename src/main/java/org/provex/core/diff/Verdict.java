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

    /** Starts the last reason of an answer that lacks evidence: what would bring it. */
    public static final String FIX = "to fix: ";

    public Verdict {
        runs = List.copyOf(runs);
    }

    public enum Answer {
        /** Every source of the aspect exists for both runs and they agree. */
        SAME,
        DIFFERENT,
        /** Data is missing, or equal values do not prove sameness (a dirty tree, a dev dataset version). */
        UNKNOWN,
        /** deriva-ml recorded nothing for this aspect in either run: there is nothing to compare. */
        NOT_RECORDED;

        /** For people: {@code not recorded}. */
        public String label() {
            return key().replace('_', ' ');
        }

        /** For JSON: {@code not_recorded}. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One aspect of one run.
     *
     * @param reasons why, most telling first, e.g. {@code Python: 3.11.9 -> 3.12.4}; empty when SAME for no
     *                particular reason
     * @param evidence the sources behind the answer, for both runs: compared, or missing and why
     */
    public record Aspect(Answer answer, List<String> reasons, List<Evidence> evidence) {
        public Aspect {
            reasons = List.copyOf(reasons);
            evidence = List.copyOf(evidence);
        }

        public Aspect(Answer answer, List<String> reasons) {
            this(answer, reasons, List.of());
        }

        public Aspect withEvidence(List<Evidence> value) {
            return new Aspect(answer, reasons, value);
        }

        public boolean same() {
            return answer == Answer.SAME;
        }

        /** The reason that says what would bring the missing evidence ({@code to fix: ...}), if there is one. */
        public java.util.Optional<String> fix() {
            return reasons.stream().filter(r -> r.startsWith(FIX)).reduce((a, b) -> b);
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
