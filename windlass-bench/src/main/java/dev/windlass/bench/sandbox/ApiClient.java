package dev.windlass.bench.sandbox;

import dev.windlass.sandbox.Sandbox;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The benchmark's HTTPS client: the JDK's {@link HttpClient} (HTTP/1.1, the only protocol the
 * sandbox serves) trusting the sandbox's CA and sending its bearer token. Chosen over fabric8 so
 * that the numbers show the server, not a client's deserialisation into typed objects.
 */
final class ApiClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final String url;
    private final String authorization;

    ApiClient(Sandbox sandbox) {
        this(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .sslContext(sandbox.certificateAuthority().clientSslContext())
                .connectTimeout(TIMEOUT)
                .build(), sandbox.url(), sandbox.token() == null ? null : "Bearer " + sandbox.token());
    }

    private ApiClient(HttpClient http, String url, String authorization) {
        this.http = http;
        this.url = url;
        this.authorization = authorization;
    }

    /** The same client for a plain-HTTP server without authentication, such as fabric8's mock server. */
    static ApiClient plain(String url) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
        return new ApiClient(http, url.endsWith("/") ? url.substring(0, url.length() - 1) : url, null);
    }

    /** GETs {@code path} (with its query); the body as bytes, whatever the status. */
    HttpResponse<byte[]> get(String path) {
        try {
            return http.send(request(path).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during GET " + path, e);
        }
    }

    /** GETs {@code path} and fails unless the answer is 200; returns the body. */
    byte[] getOk(String path) {
        HttpResponse<byte[]> response = get(path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                    + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return response.body();
    }

    /** Opens a streaming GET (a watch); completes once the response headers arrive. */
    CompletableFuture<HttpResponse<InputStream>> stream(String path) {
        return http.sendAsync(request(path).build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url + path)).GET()
                .header("Accept", "application/json");
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }
}
