package org.provex.core.catalog.http;

import java.util.Objects;
import java.util.Optional;
import org.provex.core.catalog.TableRef;
import org.provex.core.model.Rid;
import org.provex.core.model.Snaptime;

/**
 * What a pasted link names: always a catalog, and depending on the link a snapshot, a table and a row.
 *
 * @param location the catalog
 * @param snaptime the snapshot in the link ({@code #1@SNAP/...}, {@code /id/1/RID@SNAP})
 * @param table the table of a Chaise link
 * @param rid the row of a Chaise record link ({@code RID=...}) or of a citation
 */
public record CatalogLink(CatalogLocation location, Optional<Snaptime> snaptime, Optional<TableRef> table,
                          Optional<Rid> rid) {

    public CatalogLink {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(snaptime, "snaptime");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(rid, "rid");
    }
}
