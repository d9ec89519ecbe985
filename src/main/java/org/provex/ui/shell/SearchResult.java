package org.provex.ui.shell;

import org.provex.core.model.Rid;

/**
 * One line of the search results: something to open, or a message when nothing was found.
 *
 * @param rid     the execution, workflow or dataset to open (null for text and messages)
 * @param version with {@link Kind#DATASET}: the dataset version to select, or null
 * @param text    with {@link Kind#FILTER_TEXT}: the words to filter executions by
 * @param match   what matched, for people ("RID", "file name", "description"...), or empty
 */
public record SearchResult(Kind kind, Rid rid, Rid version, String text, String title, String detail, String match) {

    /** What opening the result does. */
    public enum Kind { EXECUTION, WORKFLOW, DATASET, FILTER_TEXT, MESSAGE }

    public SearchResult {
        match = match == null ? "" : match;
    }

    public boolean openable() {
        return kind != Kind.MESSAGE;
    }

    static SearchResult message(String title, String detail) {
        return new SearchResult(Kind.MESSAGE, null, null, null, title, detail, "");
    }

    @Override
    public String toString() {
        return title;
    }
}
