package org.provex.core.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two texts (java-diff-utils), for showing one metadata file of two runs side by side. Structured
 * files are compared with {@link TreeDiff}; this is the "show me the file" mode. Pass texts prepared by
 * {@link MetadataText} so secrets stay masked.
 *
 * @param chunks the whole text as consecutive chunks, equal ones included, so a view can render every line
 */
public record TextDiff(List<String> leftLines, List<String> rightLines, List<Chunk> chunks) {

    public enum Kind { EQUAL, INSERT, DELETE, CHANGE }

    /**
     * Consecutive lines of one kind. Positions are 0-based line indexes.
     *
     * @param left  the left lines (empty for INSERT)
     * @param right the right lines (empty for DELETE)
     */
    public record Chunk(Kind kind, int leftStart, List<String> left, int rightStart, List<String> right) {
        public Chunk {
            left = List.copyOf(left);
            right = List.copyOf(right);
        }
    }

    /**
     * One line of a side-by-side view; a side without a line has number 0 and text "".
     *
     * @param leftNumber  1-based, or 0 for a blank filler
     * @param rightNumber 1-based, or 0 for a blank filler
     */
    public record SideBySideRow(Kind kind, int leftNumber, String left, int rightNumber, String right) {
    }

    public TextDiff {
        leftLines = List.copyOf(leftLines);
        rightLines = List.copyOf(rightLines);
        chunks = List.copyOf(chunks);
    }

    /** Null is treated as empty text; line ends of any kind are accepted. */
    public static TextDiff of(String left, String right) {
        List<String> a = lines(left);
        List<String> b = lines(right);
        Patch<String> patch = DiffUtils.diff(a, b, true);
        List<Chunk> chunks = new ArrayList<>();
        for (AbstractDelta<String> d : patch.getDeltas()) {
            Kind kind = switch (d.getType()) {
                case EQUAL -> Kind.EQUAL;
                case INSERT -> Kind.INSERT;
                case DELETE -> Kind.DELETE;
                case CHANGE -> Kind.CHANGE;
            };
            chunks.add(new Chunk(kind, d.getSource().getPosition(), d.getSource().getLines(),
                    d.getTarget().getPosition(), d.getTarget().getLines()));
        }
        return new TextDiff(a, b, chunks);
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : text.lines().toList();
    }

    public boolean identical() {
        return chunks.stream().allMatch(c -> c.kind() == Kind.EQUAL);
    }

    public int addedLines() {
        return chunks.stream().filter(c -> c.kind() != Kind.EQUAL).mapToInt(c -> c.right().size()).sum();
    }

    public int removedLines() {
        return chunks.stream().filter(c -> c.kind() != Kind.EQUAL).mapToInt(c -> c.left().size()).sum();
    }

    /** Aligned rows: a changed chunk pairs its lines up and pads the shorter side with blank rows. */
    public List<SideBySideRow> sideBySide() {
        List<SideBySideRow> rows = new ArrayList<>();
        for (Chunk c : chunks) {
            int n = Math.max(c.left().size(), c.right().size());
            for (int i = 0; i < n; i++) {
                boolean l = i < c.left().size();
                boolean r = i < c.right().size();
                rows.add(new SideBySideRow(c.kind(), l ? c.leftStart() + i + 1 : 0, l ? c.left().get(i) : "",
                        r ? c.rightStart() + i + 1 : 0, r ? c.right().get(i) : ""));
            }
        }
        return rows;
    }

    /** The unified diff ({@code --- left}, {@code +++ right}, {@code @@} hunks); "" when the texts are equal. */
    public String unified(String leftName, String rightName, int context) {
        Patch<String> patch = DiffUtils.diff(leftLines, rightLines);
        if (patch.getDeltas().isEmpty()) {
            return "";
        }
        return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff(leftName, rightName, leftLines, patch,
                context)) + "\n";
    }
}
