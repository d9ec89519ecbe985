package org.provex.core.catalog.http;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds the login to each network hop that goes to the catalog's own origin (same host and port, over https or over
 * http to loopback) and strips login headers from every other hop. As a network interceptor it sees every redirect
 * hop, so a redirect to another host (an S3 presigned URL, say) never carries the cookie or token.
 */
final class CredentialInterceptor implements Interceptor {

    private final CatalogLocation location;
    private final Credential credential;

    CredentialInterceptor(CatalogLocation location, Credential credential) {
        this.location = location;
        this.credential = credential;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Request.Builder builder = request.newBuilder().removeHeader("Authorization").removeHeader("Cookie");
        if (credential != null && isOwnOrigin(request.url())) {
            builder.header(credential.headerName(), credential.headerValue());
        }
        return chain.proceed(builder.build());
    }

    boolean isOwnOrigin(HttpUrl url) {
        int expectedPort = location.port() == -1 ? HttpUrl.defaultPort(location.scheme()) : location.port();
        boolean secure = url.isHttps() || CatalogLocation.isLoopback(url.host());
        return secure && url.scheme().equals(location.scheme()) && url.host().equalsIgnoreCase(bare(location.host()))
                && url.port() == expectedPort;
    }

    private static String bare(String host) {
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }
}
