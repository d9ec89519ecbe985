package org.provex.ui.reproduce;

import java.util.Objects;

/** The reproduce views' style sheet. */
final class ReproduceStyles {

    static final String URL = Objects.requireNonNull(ReproduceStyles.class.getResource("reproduce.css"))
            .toExternalForm();

    private ReproduceStyles() {
    }
}
