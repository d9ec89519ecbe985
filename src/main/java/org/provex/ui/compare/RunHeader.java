package org.provex.ui.compare;

import java.util.Optional;
import org.provex.core.diff.RunRef;

/**
 * A run's column header.
 *
 * @param index    the run's position in the comparison (its cells are {@code row.cell(index)})
 * @param citation the snapshot-qualified link, or {@code RID@SNAPSHOT} when the catalog offers no links
 * @param url      the citation as a link, when there is one
 */
public record RunHeader(int index, RunRef run, boolean baseline, String citation, Optional<String> url) {
}
