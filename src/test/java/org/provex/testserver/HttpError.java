package org.provex.testserver;

/** An error reply in ERMrest's text/plain shape: {@code <description> Detail: <detail>}. */
final class HttpError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    HttpError(int status, String detail) {
        super(detail);
        this.status = status;
    }

    int status() {
        return status;
    }

    String body() {
        return description(status) + " Detail: " + getMessage() + "\n";
    }

    static String description(int status) {
        return switch (status) {
            case 400 -> "Request malformed.";
            case 401 -> "Access requires authentication.";
            case 403 -> "Access forbidden.";
            case 404 -> "Resource not found.";
            case 405 -> "Request method not allowed on this resource.";
            case 409 -> "Request conflicts with state of server.";
            case 503 -> "The service is temporarily unavailable.";
            default -> status >= 500 ? "Internal server error." : "Request failed.";
        };
    }
}
