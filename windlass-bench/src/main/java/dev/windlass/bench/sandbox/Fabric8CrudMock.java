package dev.windlass.bench.sandbox;

import dev.windlass.sandbox.api.WireJson;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The baseline server: fabric8's {@code kubernetes-server-mock} in CRUD mode (a
 * {@link KubernetesMockServer} with a {@link KubernetesCrudDispatcher}) on plain HTTP, as tests
 * usually run it, loaded through HTTP POSTs the way a test's client would create objects. Its
 * per-request INFO logging is turned off.
 */
final class Fabric8CrudMock implements AutoCloseable {

    /**
     * The mock logs every request at INFO through java.util.logging; kept at WARNING (and held here
     * so that the setting is not collected) so that the numbers measure serving, not logging.
     */
    private static final Logger MOCK_LOG = Logger.getLogger("io.fabric8.mockwebserver");

    private final KubernetesMockServer server;
    private final HttpClient loader = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private Fabric8CrudMock(KubernetesMockServer server) {
        this.server = server;
    }

    /** Starts a CRUD-mode mock server on plain HTTP on a free port. */
    static Fabric8CrudMock start() {
        MOCK_LOG.setLevel(Level.WARNING);
        KubernetesMockServer server = new KubernetesMockServer(new Context(),
                new MockWebServer(), new HashMap<>(), new KubernetesCrudDispatcher(), false);
        server.init();
        return new Fabric8CrudMock(server);
    }

    /** The base URL, without a trailing slash. */
    String url() {
        String url = server.url("/");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Creates the namespaces and ConfigMaps of {@code configMaps} by POST; returns objects per second. */
    double load(BaselineSettings settings, ConfigMaps configMaps) {
        for (int i = 0; i < settings.namespaces(); i++) {
            post("/api/v1/namespaces", WireJson.bytes(ConfigMaps.namespaceBody(ConfigMaps.namespace(i))));
        }
        long begin = System.nanoTime();
        for (int object = 0; object < settings.objects(); object++) {
            post("/api/v1/namespaces/" + configMaps.namespaceOf(object) + "/configmaps",
                    WireJson.bytes(configMaps.body(object)));
        }
        return settings.objects() / ((System.nanoTime() - begin) / 1e9);
    }

    private void post(String path, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<String> response = loader.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201 && response.statusCode() != 200) {
                throw new IllegalStateException("POST " + path + " to the fabric8 mock answered "
                        + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + path + " to the fabric8 mock failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during POST " + path + " to the fabric8 mock", e);
        }
    }

    @Override
    public void close() {
        server.destroy();
    }
}
