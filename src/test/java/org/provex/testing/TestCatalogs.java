package org.provex.testing;

import java.nio.file.Path;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.provex.core.catalog.http.CredentialFile;
import org.provex.core.catalog.http.DerivaHttp;
import org.provex.core.catalog.http.RetryPolicy;
import org.provex.core.live.CatalogService;
import org.provex.core.workspace.Workspace;

/**
 * Live-catalog services for tests: a credential file in the test's own folder (never the user's ~/.deriva), one
 * shared HTTP client with short timeouts, downloads on the calling thread.
 */
public final class TestCatalogs {

    /** One client for every test (one connection pool), as the window has one. */
    public static final OkHttpClient CLIENT = new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(20)).build();

    private TestCatalogs() {
    }

    /** The service of a workspace whose credential file is {@code credentials}. */
    public static CatalogService service(Workspace workspace, Path credentials) {
        return service(workspace, new CredentialFile(credentials), RetryPolicy.defaults());
    }

    /** The service of a workspace with a credential file beside its data folder, for tests that never log in. */
    public static CatalogService service(Workspace workspace) {
        return service(workspace, workspace.data().root().resolve("test-deriva").resolve("credential.json"));
    }

    /** With a retry policy of the test's (e.g. retries without waiting, so injected 5xx bursts fail fast). */
    public static CatalogService service(Workspace workspace, CredentialFile credentials, RetryPolicy retry) {
        return new CatalogService(workspace, credentials,
                (location, creds) -> new DerivaHttp(location, creds, CLIENT, retry), Runnable::run);
    }
}
