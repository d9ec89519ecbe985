package org.provex.testserver;

import java.util.List;
import java.util.Map;

/**
 * A request the test server received.
 *
 * @param method the HTTP method
 * @param target the raw path and query, exactly as sent ({@code /ermrest/catalog/1/entity/S:T@sort(RID)?limit=5})
 * @param headers header names in lower case to their values
 */
public record RecordedRequest(String method, String target, Map<String, List<String>> headers) {

    public RecordedRequest {
        headers = Map.copyOf(headers);
    }

    /** The first value of a header (name case-insensitive), or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
