package org.provex.core.catalog.http;

import java.util.Objects;
import java.util.Optional;
import org.provex.core.catalog.TableRef;
import org.provex.core.model.Rid;
import org.provex.core.model.Snaptime;

/**
 * What {@code /entity_rid/{RID}} says about a row: its table, its normalised RID, and for a deleted row when it was
 * deleted and the last snapshot that still shows it.
 *
 * @param table the table the RID belongs to
 * @param rid the RID as the server normalised it
 * @param deletedAt the server's timestamp of the deletion, for a deleted row
 * @param lastVisibleSnaptime the last snapshot where the row can still be read, for a deleted row
 */
public record RidResolution(TableRef table, Rid rid, Optional<String> deletedAt,
                            Optional<Snaptime> lastVisibleSnaptime) {

    public RidResolution {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(rid, "rid");
        Objects.requireNonNull(deletedAt, "deletedAt");
        Objects.requireNonNull(lastVisibleSnaptime, "lastVisibleSnaptime");
    }

    public boolean deleted() {
        return deletedAt.isPresent() || lastVisibleSnaptime.isPresent();
    }
}
