package org.provex.core.lineage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.provex.core.catalog.MemberAssociation;
import org.provex.core.catalog.http.CatalogException;
import org.provex.core.catalog.http.ErmrestClient;
import org.provex.core.catalog.http.ErmrestUrls;
import org.provex.core.model.Snaptime;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Members of a live catalog: snapshot-pinned attribute reads of the association ({@code Dataset=X}, paged by the
 * association's RID) and of the member table by RID lists for display values.
 */
public final class ErmrestMemberSource implements MemberSource {

    /** RIDs per display request: keeps the URL (about 15 characters per RID) well under common limits. */
    static final int RIDS_PER_REQUEST = 100;

    private final ErmrestClient client;
    private final int pageSize;

    public ErmrestMemberSource(ErmrestClient client, int pageSize) {
        this.client = Objects.requireNonNull(client, "client");
        this.pageSize = pageSize;
    }

    @Override
    public void members(MemberAssociation a, String datasetRid, Snaptime at, Consumer<String> member)
            throws CatalogException {
        client.attributeRows(a.association(), at, List.of(ErmrestUrls.equalTo(a.datasetColumn(), datasetRid)),
                List.of("RID", a.memberColumn()), pageSize, row -> {
                    JsonNode value = row.get(a.memberColumn());
                    if (value != null && value.isString() && !value.stringValue().isBlank()) {
                        member.accept(value.stringValue());
                    }
                });
    }

    @Override
    public void display(MemberAssociation a, List<String> rids, Snaptime at, BiConsumer<String, ObjectNode> consumer)
            throws CatalogException {
        List<String> projection = new ArrayList<>();
        projection.add("RID");
        a.displayColumns().stream().filter(c -> !c.equals("RID")).forEach(projection::add);
        for (int from = 0; from < rids.size(); from += RIDS_PER_REQUEST) {
            List<String> batch = rids.subList(from, Math.min(rids.size(), from + RIDS_PER_REQUEST));
            client.attributeRows(a.memberTable(), at, List.of(ErmrestUrls.equalToAny("RID", batch)), projection,
                    pageSize, row -> {
                        String rid = row.path("RID").asString("");
                        ObjectNode values = row.deepCopy();
                        values.remove("RID");
                        consumer.accept(rid, values);
                    });
        }
    }
}
