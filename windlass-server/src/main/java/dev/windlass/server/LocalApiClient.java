package dev.windlass.server;

import dev.windlass.controller.api.ApplicationOperations;
import dev.windlass.controller.api.OperationException;
import dev.windlass.controller.api.ResourceDifference;
import dev.windlass.controller.api.SyncRequest;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.MapNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link ApplicationOperations} over the local API of a running {@code windlass up}, with
 * {@code java.net.http}. Error answers become {@link OperationException}s with the server's message and
 * the reason of their status (404, 400, 409, 500); a server that cannot be reached or refuses the token
 * is a {@link LocalApiException} that says how to start it.
 */
public final class LocalApiClient implements ApplicationOperations {

    private static final long MAX_RESPONSE_BYTES = 256L << 20;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration READ_TIMEOUT = Duration.ofMinutes(2);

    private final Endpoint endpoint;
    private final HttpClient http;

    public LocalApiClient(Endpoint endpoint) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    @Override
    public List<KubeObject> list() {
        MapNode body = unchecked(() -> call("GET", "", "", null, READ_TIMEOUT));
        return decode(() -> ApiJson.applicationsFrom(body));
    }

    @Override
    public Optional<KubeObject> get(String name) {
        try {
            return Optional.of(KubeObject.of(call("GET", name, "", null, READ_TIMEOUT)));
        } catch (OperationException e) {
            if (e.reason() == OperationException.Reason.NOT_FOUND) {
                return Optional.empty();
            }
            throw new LocalApiException(e.getMessage(), e);
        }
    }

    @Override
    public List<ResourceDifference> diff(String name) throws OperationException {
        MapNode body = call("GET", name, "/diff", null, null);
        return decode(() -> ApiJson.differencesFrom(body));
    }

    /** Waits as long as the sync runs: no read timeout. */
    @Override
    public KubeObject sync(String name, SyncRequest request) throws OperationException {
        return KubeObject.of(call("POST", name, "/sync", ApiJson.syncBody(request), null));
    }

    @Override
    public KubeObject refresh(String name) throws OperationException {
        return KubeObject.of(call("POST", name, "/refresh", MapNode.empty(), null));
    }

    @Override
    public KubeObject rollback(String name, long id) throws OperationException {
        return KubeObject.of(call("POST", name, "/rollback", ApiJson.rollbackBody(id), null));
    }

    @Override
    public void delete(String name, boolean cascade) throws OperationException {
        call("DELETE", name, "?cascade=" + cascade, null, null);
    }

    /** Sends one request; {@code suffix} is an action path ({@code /sync}) or a query ({@code ?cascade=true}). */
    private MapNode call(String method, String name, String suffix, MapNode body, Duration timeout)
            throws OperationException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(name, suffix))
                .header("Authorization", "Bearer " + endpoint.token())
                .header("Accept", "application/json");
        if (timeout != null) {
            request.timeout(timeout);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(ApiJson.write(body), StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<InputStream> response = send(request.build());
        String text = readBounded(response);
        MapNode json = decode(() -> ApiJson.readObject("response", text, MAX_RESPONSE_BYTES));
        if (response.statusCode() / 100 == 2) {
            return json;
        }
        throw failure(response.statusCode(), json);
    }

    private OperationException failure(int status, MapNode json) {
        String message = ApiJson.errorMessage(json).orElse("HTTP " + status);
        if (status == 401) {
            throw new LocalApiException(ServerMessages.unauthorized(endpoint.url()));
        }
        if (status == 503) {
            throw new LocalApiException(ServerMessages.httpFailure(endpoint.url(), status, message));
        }
        return new OperationException(ApiError.reasonOf(status), message);
    }

    private URI uri(String name, String suffix) {
        StringBuilder uri = new StringBuilder(endpoint.url()).append(ApplicationRoutes.PREFIX);
        String namespace = "";
        if (!name.isEmpty()) {
            int slash = name.indexOf('/');
            namespace = slash < 0 ? "" : name.substring(0, slash);
            uri.append('/').append(encode(slash < 0 ? name : name.substring(slash + 1)));
        }
        uri.append(suffix);
        if (!namespace.isEmpty()) {
            uri.append(suffix.contains("?") ? '&' : '?').append("appNamespace=").append(encode(namespace));
        }
        return URI.create(uri.toString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpResponse<InputStream> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (ConnectException | HttpConnectTimeoutException e) {
            String detail = e instanceof HttpConnectTimeoutException ? "connection timed out" : "connection refused";
            throw new LocalApiException(ServerMessages.unreachable(endpoint.url(), detail), e);
        } catch (IOException e) {
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new LocalApiException(ServerMessages.unreachable(endpoint.url(), detail), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalApiException("interrupted while waiting for the Windlass API at " + endpoint.url(), e);
        }
    }

    private String readBounded(HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_RESPONSE_BYTES + 1));
            if (bytes.length > MAX_RESPONSE_BYTES) {
                throw new LocalApiException(ServerMessages.badResponse(endpoint.url(),
                        "answer larger than " + MAX_RESPONSE_BYTES + " bytes"));
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LocalApiException(ServerMessages.unreachable(endpoint.url(), "the connection broke: " + e.getMessage()), e);
        }
    }

    private interface Decoder<T> {
        T decode() throws ApiJson.BadJson;
    }

    private <T> T decode(Decoder<T> decoder) {
        try {
            return decoder.decode();
        } catch (ApiJson.BadJson e) {
            throw new LocalApiException(ServerMessages.badResponse(endpoint.url(), e.getMessage()), e);
        }
    }

    private interface Call<T> {
        T run() throws OperationException;
    }

    private static <T> T unchecked(Call<T> call) {
        try {
            return call.run();
        } catch (OperationException e) {
            throw new LocalApiException(e.getMessage(), e);
        }
    }
}
