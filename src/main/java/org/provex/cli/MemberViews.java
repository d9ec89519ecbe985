package org.provex.cli;

import java.util.Iterator;
import java.util.Map;
import org.provex.core.lineage.DatasetMembers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Dataset members and member diffs as JSON objects and text lines. */
final class MemberViews {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MemberViews() {
    }

    static ObjectNode side(DatasetMembers.Side side) {
        DatasetMembers.VersionRef v = side.ref();
        return JsonViews.F.objectNode().put("version", v.version()).put("version_rid", v.versionRid())
                .put("snapshot", v.snapshot()).put("readable", side.readable()).put("problem", side.problem());
    }

    /** A member as {"rid": ..., display columns...}; display values come from the catalog and are kept as read. */
    static ObjectNode member(DatasetMembers.Member m) {
        ObjectNode o = JsonViews.F.objectNode().put("rid", m.rid());
        JsonNode display = JSON.readTree(m.display());
        if (display.isObject()) {
            for (Map.Entry<String, JsonNode> e : display.properties()) {
                if (!e.getKey().equals("rid")) {
                    o.set(e.getKey(), e.getValue());
                }
            }
        }
        return o;
    }

    /** {@code RID  value  value} for text output. */
    static String line(DatasetMembers.Member m) {
        StringBuilder sb = new StringBuilder(m.rid());
        JsonNode display = JSON.readTree(m.display());
        for (Iterator<JsonNode> it = display.values().iterator(); it.hasNext(); ) {
            JsonNode v = it.next();
            if (!v.isNull()) {
                sb.append("  ").append(TextTable.clean(v.isString() ? v.stringValue() : v.toString()));
            }
        }
        return sb.toString();
    }

    static String table(DatasetMembers.TableCounts t) {
        return t.memberTable() + " (" + t.association() + ")";
    }
}
