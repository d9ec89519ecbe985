package org.provex.core.links;

import java.util.Optional;
import org.provex.core.catalog.TableRef;
import org.provex.core.catalog.http.CatalogLocation;
import org.provex.core.demo.DemoCatalog;
import org.provex.core.model.Rid;
import org.provex.core.model.Snaptime;

/**
 * Links from a record to the catalog's own web tools, at the snapshot the cache reflects: the
 * {@code /id/<catalog>/<RID>@<snapshot>} citation and the Chaise record page. The demo catalog's host
 * does not exist, so both are unavailable there, with a reason to show next to the disabled action.
 */
public final class RecordLinks {

    private final CatalogLocation location;
    private final Snaptime snapshot;
    private final String unavailableReason;

    private RecordLinks(CatalogLocation location, Snaptime snapshot, String unavailableReason) {
        this.location = location;
        this.snapshot = snapshot;
        this.unavailableReason = unavailableReason;
    }

    /** Links for a catalog at a snapshot; a null location means the demo catalog. */
    public static RecordLinks of(CatalogLocation location, Snaptime snapshot) {
        if (location == null || DemoCatalog.HOST.equals(location.host())) {
            return new RecordLinks(null, snapshot, "The demo catalog lives only inside Provex (its host "
                    + DemoCatalog.HOST + " does not exist), so there is no Chaise page or citation to open.");
        }
        if (snapshot == null) {
            return new RecordLinks(location, null, "This catalog has not been synced yet, so there is no"
                    + " snapshot to cite.");
        }
        return new RecordLinks(location, snapshot, null);
    }

    public static RecordLinks demo(Snaptime snapshot) {
        return of(null, snapshot);
    }

    /** Why links are disabled, or empty when they work. */
    public Optional<String> unavailableReason() {
        return Optional.ofNullable(unavailableReason);
    }

    /** {@code https://host/id/<catalog>/<RID>@<snapshot>}. */
    public Optional<String> citation(Rid rid) {
        return citation(rid, null);
    }

    /**
     * {@code https://host/id/<catalog>/<RID>@<at>}: a record as it was at another snapshot than the cache's,
     * e.g. a dataset at the snapshot a released version pins ({@code at} null means the cached snapshot).
     */
    public Optional<String> citation(Rid rid, Snaptime at) {
        return unavailableReason != null ? Optional.empty()
                : Optional.of(location.citation(rid, at == null ? snapshot : at));
    }

    /** The Chaise record page of a row, at the cached snapshot. */
    public Optional<String> chaise(TableRef table, Rid rid) {
        return unavailableReason != null ? Optional.empty()
                : Optional.of(location.chaiseRecordUrl(table, rid, snapshot));
    }

    /** The Chaise record page of a row at a given snapshot ({@code at} null means the cached snapshot). */
    public Optional<String> chaise(TableRef table, Rid rid, Snaptime at) {
        return unavailableReason != null ? Optional.empty()
                : Optional.of(location.chaiseRecordUrl(table, rid, at == null ? snapshot : at));
    }
}
