package org.provex.cli;

import org.provex.core.catalog.http.CatalogLocation;

/** Turns what a person typed into a catalog location, with usage errors (exit 2) for bad input. */
final class Locations {

    private Locations() {
    }

    /**
     * {@code HOST ID} (the host may carry a scheme and port) or one Chaise, {@code /id/} or ERMrest link.
     */
    static CatalogLocation catalog(String hostOrLink, String id) {
        try {
            if (id != null && !id.isBlank()) {
                return CatalogLocation.of(hostOrLink, id);
            }
            if (hostOrLink.contains("/chaise/") || hostOrLink.contains("/id/") || hostOrLink.contains("/ermrest/")) {
                return CatalogLocation.parse(hostOrLink);
            }
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), 2);
        }
        throw new CliException("Give the catalog id or alias after the host (provex catalog add " + hostOrLink
                + " 1), or paste a Chaise or /id/ link to the catalog.", 2);
    }

    /** A server for the login commands: {@code host}, {@code host:port} or {@code https://host[:port]}. */
    static CatalogLocation server(String host) {
        try {
            return CatalogLocation.of(host, "1");   // the login endpoints are per host; the catalog id is not used
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), 2);
        }
    }
}
