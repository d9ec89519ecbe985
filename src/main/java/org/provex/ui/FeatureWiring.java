package org.provex.ui;

import org.provex.ui.common.ViewContext;
import org.provex.ui.shell.FeatureViews;

/** The feature views of this build. Until the detail, workflows and datasets views are merged: placeholders. */
final class FeatureWiring {

    private FeatureWiring() {
    }

    static FeatureViews create(ViewContext ctx) {
        return new PlaceholderFeatureViews();
    }
}
