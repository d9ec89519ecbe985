package org.provex.core.reproduce.plan;

import java.util.Objects;
import java.util.regex.Pattern;
import org.provex.core.reproduce.UnsafeValueException;

/**
 * The catalog a run was recorded in, which is where its reproduction records the new run.
 *
 * @param name      the catalog's name in Provex ({@code demo} for the demo)
 * @param host      the host deriva-ml-run is given ({@code --host})
 * @param catalogId the catalog id or alias ({@code --catalog})
 * @param demo      the embedded demo, whose host is never contacted
 */
public record CatalogRef(String name, String host, String catalogId, boolean demo) {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,252}(:[0-9]{1,5})?");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    public CatalogRef {
        Objects.requireNonNull(name, "name");
        if (host == null || !HOST.matcher(host).matches()) {
            throw new UnsafeValueException("'" + host + "' is not a host name deriva-ml-run can be given.");
        }
        if (catalogId == null || !ID.matcher(catalogId).matches()) {
            throw new UnsafeValueException("'" + catalogId + "' is not a catalog id deriva-ml-run can be given.");
        }
    }
}
