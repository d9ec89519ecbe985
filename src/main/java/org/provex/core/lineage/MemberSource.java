package org.provex.core.lineage;

import java.io.IOException;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.provex.core.catalog.MemberAssociation;
import org.provex.core.model.Snaptime;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where dataset membership is read at a snapshot: a live catalog over ERMrest ({@link ErmrestMemberSource}) or the
 * embedded demo's history. Every read is pinned to the snapshot given.
 */
public interface MemberSource {

    /**
     * Streams the member RIDs of one dataset in one member association, as the catalog held them at {@code at}.
     *
     * @throws org.provex.core.catalog.http.CatalogException.SnapshotExpired when the catalog no longer holds the
     *     snapshot; {@link org.provex.core.catalog.http.CatalogException.NotFound} when the association did not
     *     exist then
     */
    void members(MemberAssociation association, String datasetRid, Snaptime at, Consumer<String> member)
            throws IOException;

    /**
     * The display columns of some member rows at {@code at}: the consumer gets each RID found with an object of the
     * association's display columns. Rows the catalog does not return are left out.
     */
    void display(MemberAssociation association, List<String> rids, Snaptime at,
                 BiConsumer<String, ObjectNode> consumer) throws IOException;
}
