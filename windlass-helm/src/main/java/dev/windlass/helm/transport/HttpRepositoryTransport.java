package dev.windlass.helm.transport;

import dev.windlass.helm.repo.RegistryCredentials;
import dev.windlass.helm.repo.RepositoryTransport;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@link RepositoryTransport} over the JDK's {@link HttpClient}: connect and request timeouts,
 * bounded bodies (index files and archives have separate limits), redirects followed by hand so
 * that credentials never travel to another host and https is never downgraded, basic credentials
 * per host, default TLS.
 */
public final class HttpRepositoryTransport implements RepositoryTransport {

    /** Default limit for chart archives, manifests and blobs: 20 MiB. */
    public static final long DEFAULT_MAX_ARCHIVE_BYTES = 20L << 20;
    /** Default limit for {@code index.yaml}: 50 MiB. */
    public static final long DEFAULT_MAX_INDEX_BYTES = 50L << 20;

    private static final int MAX_REDIRECTS = 10;

    private final HttpClient client;
    private final Duration requestTimeout;
    private final long maxArchiveBytes;
    private final long maxIndexBytes;
    private final Map<String, RegistryCredentials> credentials;

    private HttpRepositoryTransport(Builder b) {
        this.client = HttpClient.newBuilder().connectTimeout(b.connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.requestTimeout = b.requestTimeout;
        this.maxArchiveBytes = b.maxArchiveBytes;
        this.maxIndexBytes = b.maxIndexBytes;
        this.credentials = Map.copyOf(b.credentials);
    }

    /** A builder with 10 s connect and 60 s request timeouts and the default size limits. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Response get(URI uri, Map<String, String> headers) throws IOException {
        URI current = uri;
        Map<String, String> h = new LinkedHashMap<>(headers);
        for (int hop = 0; ; hop++) {
            requireHttp(current);
            HttpResponse<InputStream> response = send(current, h);
            String location = response.headers().firstValue("Location").orElse(null);
            if (!isRedirect(response.statusCode()) || location == null) {
                byte[] body = BoundedBody.read(response, limitFor(current), current);
                return new Response(response.statusCode(), response.headers().map(), body);
            }
            response.body().close();
            if (hop >= MAX_REDIRECTS) {
                throw new IOException("stopped after " + MAX_REDIRECTS + " redirects");
            }
            URI next = current.resolve(location);
            if ("https".equals(current.getScheme()) && "http".equals(next.getScheme())) {
                throw new IOException("refusing redirect from https to http: " + next);
            }
            if (!hostKey(next).equals(hostKey(current))) {
                h.keySet().removeIf(k -> k.equalsIgnoreCase("Authorization"));
            }
            current = next;
        }
    }

    private HttpResponse<InputStream> send(URI uri, Map<String, String> headers) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(requestTimeout).GET();
        headers.forEach(request::header);
        RegistryCredentials creds = credentials.get(hostKey(uri));
        if (creds != null && headers.keySet().stream().noneMatch(k -> k.equalsIgnoreCase("Authorization"))) {
            request.header("Authorization", creds.basicHeader());
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + uri, e);
        }
    }

    private long limitFor(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
        return path.endsWith("index.yaml") || path.endsWith("index.json") ? maxIndexBytes : maxArchiveBytes;
    }

    private static void requireHttp(URI uri) throws IOException {
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IOException("unsupported URL scheme: " + uri.getScheme());
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static String hostKey(URI uri) {
        return uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    /** Settings of an {@link HttpRepositoryTransport}. */
    public static final class Builder {

        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(60);
        private long maxArchiveBytes = DEFAULT_MAX_ARCHIVE_BYTES;
        private long maxIndexBytes = DEFAULT_MAX_INDEX_BYTES;
        private final Map<String, RegistryCredentials> credentials = new LinkedHashMap<>();

        private Builder() {
        }

        /** Time allowed to connect. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        /** Time allowed until the response headers arrive. */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = timeout;
            return this;
        }

        /** Largest archive, manifest or blob body accepted. */
        public Builder maxArchiveBytes(long bytes) {
            this.maxArchiveBytes = bytes;
            return this;
        }

        /** Largest {@code index.yaml} body accepted. */
        public Builder maxIndexBytes(long bytes) {
            this.maxIndexBytes = bytes;
            return this;
        }

        /** Basic credentials sent to {@code host} ({@code host[:port]}) when a request carries none. */
        public Builder credentials(String host, RegistryCredentials creds) {
            credentials.put(host, creds);
            return this;
        }

        /** The transport. */
        public HttpRepositoryTransport build() {
            return new HttpRepositoryTransport(this);
        }
    }
}
