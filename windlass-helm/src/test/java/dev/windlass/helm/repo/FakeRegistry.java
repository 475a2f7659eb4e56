package dev.windlass.helm.repo;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-memory OCI registry behind {@link RepositoryTransport}: charts pushed as manifest + config +
 * chart layer, {@code tags/list}, and optional bearer-token auth with a token endpoint that wants
 * basic credentials. Records every request.
 */
final class FakeRegistry implements RepositoryTransport {

    static final String HOST = "registry.test";
    static final String TOKEN = "t0ken";

    final Map<String, byte[]> blobs = new LinkedHashMap<>();
    final Map<String, byte[]> manifests = new LinkedHashMap<>();
    final List<String> tags = new ArrayList<>();
    final List<String> requests = new ArrayList<>();
    boolean requireToken;
    String manifestConfigType = OciManifest.CONFIG_MEDIA_TYPE;

    String push(String repository, String name, String version) {
        byte[] chart = TestCharts.archive(name, version);
        byte[] config = ("{\"name\":\"" + name + "\",\"version\":\"" + version + "\"}").getBytes(StandardCharsets.UTF_8);
        String chartDigest = ChartDigest.ociDigest(chart);
        String configDigest = ChartDigest.ociDigest(config);
        blobs.put(chartDigest, chart);
        blobs.put(configDigest, config);
        String manifest = "{\"schemaVersion\":2,\"mediaType\":\"" + OciManifest.MANIFEST_MEDIA_TYPE + "\","
                + "\"config\":{\"mediaType\":\"" + manifestConfigType + "\",\"digest\":\"" + configDigest
                + "\",\"size\":" + config.length + "},"
                + "\"layers\":[{\"mediaType\":\"" + OciManifest.CHART_LAYER_MEDIA_TYPE + "\",\"digest\":\""
                + chartDigest + "\",\"size\":" + chart.length + "}]}";
        String tag = version.replace('+', '_');
        byte[] manifestBytes = manifest.getBytes(StandardCharsets.UTF_8);
        manifests.put(repository + ":" + tag, manifestBytes);
        manifests.put(repository + ":" + ChartDigest.ociDigest(manifestBytes), manifestBytes);
        tags.add(tag);
        return chartDigest;
    }

    @Override
    public Response get(URI uri, Map<String, String> headers) {
        requests.add(uri.getPath() + (uri.getQuery() == null ? "" : "?" + uri.getQuery()));
        if (uri.getPath().equals("/token")) {
            return token(uri, headers);
        }
        if (requireToken && !("Bearer " + TOKEN).equals(headers.get("Authorization"))) {
            return Response.of(401, Map.of("WWW-Authenticate", "Bearer realm=\"https://auth.test/token\","
                    + "service=\"" + HOST + "\",scope=\"repository:charts/app:pull\""), new byte[0]);
        }
        String path = uri.getPath().substring("/v2/".length());
        if (path.endsWith("/tags/list")) {
            String repo = path.substring(0, path.length() - "/tags/list".length());
            String body = "{\"name\":\"" + repo + "\",\"tags\":[" + String.join(",", tags.stream()
                    .filter(t -> manifests.containsKey(repo + ":" + t) || !t.matches("[0-9].*"))
                    .map(t -> "\"" + t + "\"").toList()) + "]}";
            return Response.of(200, Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8));
        }
        int manifestsAt = path.indexOf("/manifests/");
        if (manifestsAt >= 0) {
            byte[] m = manifests.get(path.substring(0, manifestsAt) + ":" + path.substring(manifestsAt + 11));
            if (m == null || !headers.getOrDefault("Accept", "").contains(OciManifest.MANIFEST_MEDIA_TYPE)) {
                return Response.of(404, Map.of(), new byte[0]);
            }
            return Response.of(200, Map.of("Content-Type", OciManifest.MANIFEST_MEDIA_TYPE), m);
        }
        byte[] blob = blobs.get(path.substring(path.indexOf("/blobs/") + 7));
        return blob == null ? Response.of(404, Map.of(), new byte[0]) : Response.of(200, Map.of(), blob);
    }

    private Response token(URI uri, Map<String, String> headers) {
        RegistryCredentials expected = new RegistryCredentials("user", "pass");
        if (!expected.basicHeader().equals(headers.get("Authorization"))
                || !uri.getQuery().contains("scope=repository:charts/app:pull")) {
            return Response.of(401, Map.of(), new byte[0]);
        }
        return Response.of(200, Map.of(), ("{\"token\":\"" + TOKEN + "\"}").getBytes(StandardCharsets.UTF_8));
    }
}
