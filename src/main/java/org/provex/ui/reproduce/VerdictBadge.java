package org.provex.ui.reproduce;

import javafx.scene.control.Label;
import org.provex.core.reproduce.code.CodeVerification;
import org.provex.ui.common.Messages;

/** The code verification verdict as a small coloured badge ("Verified", "Mismatch", ...). */
public final class VerdictBadge {

    private static final Messages M = Messages.of(VerdictBadge.class);

    private VerdictBadge() {
    }

    /** A badge for a verdict; null means not verified yet. */
    public static Label of(CodeVerification.Verdict verdict) {
        String word = verdict == null ? "unknown" : verdict.word();
        Label l = new Label(text(verdict));
        l.getStyleClass().addAll("verdict-badge", "verdict-" + word);
        l.getStylesheets().add(ReproduceStyles.URL);
        return l;
    }

    /** The verdict's word for people; "Not verified" for null. */
    public static String text(CodeVerification.Verdict verdict) {
        return M.get("verification." + (verdict == null ? "unknown" : verdict.word()));
    }

    /** The style classes of a verdict's badge, for cells that style themselves. */
    public static String styleClass(CodeVerification.Verdict verdict) {
        return "verdict-" + (verdict == null ? "unknown" : verdict.word());
    }
}
