package org.provex.ui.catalogs;

import javafx.beans.value.ObservableValue;

/** What the catalog commands ask of the window that owns the catalog session (the shell's view model). */
public interface CatalogShell {

    /** The catalog chosen in the selector; set even while it has no session (never synced). */
    ObservableValue<String> catalog();

    /** Chooses and opens a catalog (after adding it; the demo after removing one). */
    void open(String name);

    /** Opens the current catalog again without covering the window, so every pane reloads (a sync landed). */
    void reopen();

    /** The list of catalogs changed (one was added or removed). */
    void catalogsChanged();
}
