package org.provex.core.reproduce.plan;

import java.util.List;
import org.provex.core.reproduce.ReproduceException;

/** A launch needs a person to answer these questions yes first (the CLI's {@code --yes} answers them for scripts). */
public final class ConfirmationRequiredException extends ReproduceException {

    private static final long serialVersionUID = 1L;

    private final transient List<ReproductionPlan.Confirmation> unanswered;

    public ConfirmationRequiredException(List<ReproductionPlan.Confirmation> unanswered) {
        super(String.join(" ", unanswered.stream().map(ReproductionPlan.Confirmation::question).toList())
                + " Answer yes to continue (--yes on the command line).");
        this.unanswered = List.copyOf(unanswered);
    }

    public List<ReproductionPlan.Confirmation> unanswered() {
        return unanswered;
    }
}
