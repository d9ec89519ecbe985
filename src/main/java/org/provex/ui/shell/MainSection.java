package org.provex.ui.shell;

/** The main window's places, in navigation order (Ctrl+1, Ctrl+2, Ctrl+3). */
public enum MainSection {
    EXECUTIONS, WORKFLOWS, DATASETS
}
