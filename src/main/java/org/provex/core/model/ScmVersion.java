package org.provex.core.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A setuptools-scm version as deriva-ml records it per run in configuration.json
 * ({@code workflow.version}): {@code 1.2.3} at a tag, {@code 1.2.4.dev2+g1a2b3c4} two commits after
 * it with HEAD at {@code 1a2b3c4}, a trailing {@code .dYYYYMMDD} (or {@code .dirty}) when the
 * working tree had uncommitted changes.
 *
 * @param text      the version as recorded
 * @param headNode  the abbreviated HEAD commit named by {@code +g<sha>}, if any
 * @param dirty     true if the version carries a dirty-tree marker
 * @param distance  commits since the last tag ({@code devN} / {@code postN}), 0 at a tag
 */
public record ScmVersion(String text, Optional<String> headNode, boolean dirty, int distance) {

    private static final Pattern NODE = Pattern.compile("\\+(?:.*\\.)?g([0-9a-fA-F]{4,40})(?:\\.|$)");
    private static final Pattern DIRTY = Pattern.compile("(?:[+.]d\\d{8}$)|(?:[+.]dirty$)");
    private static final Pattern DISTANCE = Pattern.compile("\\.(?:dev|post)(\\d+)");

    public static ScmVersion parse(String text) {
        if (text == null || text.isBlank()) {
            return new ScmVersion("", Optional.empty(), false, 0);
        }
        String t = text.trim();
        Matcher node = NODE.matcher(t);
        Optional<String> head = node.find() ? Optional.of(node.group(1).toLowerCase()) : Optional.empty();
        boolean dirty = DIRTY.matcher(t).find();
        Matcher d = DISTANCE.matcher(t);
        int distance = d.find() ? Integer.parseInt(d.group(1)) : 0;
        return new ScmVersion(t, head, dirty, distance);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** Exactly at a tag with a clean tree. */
    public boolean isTagged() {
        return !isEmpty() && headNode.isEmpty() && !dirty && distance == 0;
    }
}
