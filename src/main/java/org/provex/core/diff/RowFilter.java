package org.provex.core.diff;

/**
 * Which rows a view or report shows.
 *
 * @param allRows     every row, not only the rows where some run differs from the baseline
 * @param showFolded  also the folded noise rows (see {@link NoiseVariables})
 */
public record RowFilter(boolean allRows, boolean showFolded) {

    /** The default: only differences, noise folded. */
    public static final RowFilter DIFFERENCES = new RowFilter(false, false);
    public static final RowFilter ALL = new RowFilter(true, false);

    public boolean shows(Row row) {
        return (allRows || row.differs()) && (showFolded || !row.folded());
    }
}
