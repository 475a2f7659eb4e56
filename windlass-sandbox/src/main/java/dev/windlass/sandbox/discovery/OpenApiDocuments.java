package dev.windlass.sandbox.discovery;

import dev.windlass.model.codec.JsonWriter;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.resource.ResourceRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * OpenAPI v3 as kube-apiserver serves it: the {@code /openapi/v3} index naming one document per
 * group version ({@code "apis/apps/v1": {"serverRelativeURL": "/openapi/v3/apis/apps/v1?hash=…"}})
 * and the OpenAPI 3.0 document of each, with a component schema per kind and list kind
 * (carrying {@code x-kubernetes-group-version-kind}) and the paths and operations of its resources.
 *
 * <p>What kubectl 1.32 takes from these documents:
 * <ul>
 * <li><b>Field validation.</b> Before create, replace and apply, kubectl looks in the group
 *     version's document for the PATCH operation whose {@code x-kubernetes-group-version-kind} is
 *     the object's and checks it declares the {@code fieldValidation} query parameter. Every PATCH
 *     here does, so kubectl sends {@code fieldValidation=Strict} and skips its own client-side
 *     schema check. (For a CRD kind missing from the index it checks the Namespace operation instead.)
 * <li><b>Client-side apply patches.</b> kubectl computes a strategic merge patch from OpenAPI v3
 *     only when the PATCH operation lists {@code application/strategic-merge-patch+json}. The
 *     documents here leave it out on purpose: kubectl then asks {@code /openapi/v2} (the sandbox
 *     answers 404, which kubectl ignores) and falls back to the patch metadata compiled into kubectl
 *     for every built-in kind (merge keys {@code name} for containers, env, volumes; {@code
 *     containerPort} for ports; and so on), identical to the real server's. For kinds it does not
 *     know (custom resources) it sends a JSON merge patch, as against a real cluster. Declaring
 *     strategic merge patch with these permissive schemas would instead make kubectl fail on every
 *     field the schema does not describe and print "error calculating patch from openapi v3 spec".
 * <li><b>kubectl explain</b> reads the kind's schema: custom resources show their CRD schema,
 *     built-in kinds only {@code apiVersion}, {@code kind} and {@code metadata}.
 * </ul>
 * kubectl never needs {@code /openapi/v2} when v3 is served: client-side apply asks for it once
 * (in protobuf only) and ignores a 404, so the HTTP layer should answer 404 there. Checked with
 * the kubectl on this machine (v1.31.9; 1.32's code paths are the same) against these documents:
 * discovery came from one aggregated request each for {@code /api} and {@code /apis}; create sent
 * {@code fieldValidation=Strict} for a Deployment and a custom resource; apply sent a strategic
 * merge patch with {@code $setElementOrder/containers}; {@code kubectl explain} worked.
 *
 * <p>Documents are built once per {@link ResourceRegistry#generation()}; the hash in each URL is
 * the SHA-512 of the document, so clients' disk caches stay valid until it changes.
 */
public final class OpenApiDocuments {

    private static final String KUBERNETES_VERSION = "v1.31.0";

    private final ResourceRegistry registry;
    private volatile Built built = new Built(-1, Map.of(), Map.of());

    public OpenApiDocuments(ResourceRegistry registry) {
        this.registry = registry;
    }

    /** The body of {@code /openapi/v3}. */
    public MapNode index() {
        MapNode.Builder paths = MapNode.builder();
        current().hashes.forEach((path, hash) ->
                paths.put(path, MapNode.of("serverRelativeURL", "/openapi/v3/" + path + "?hash=" + hash)));
        return MapNode.of("paths", paths.build());
    }

    /** The document at {@code /openapi/v3/{path}} ({@code api/v1}, {@code apis/apps/v1}), or empty when unknown. */
    public Optional<MapNode> document(String path) {
        return Optional.ofNullable(current().documents.get(path));
    }

    /** The document of one group version, or empty when it is not served. */
    public Optional<MapNode> groupVersion(String group, String version) {
        return document(path(group, version));
    }

    /** The hash the index currently gives {@code path}, for ETags and for redirecting stale hashes. */
    public Optional<String> hash(String path) {
        return Optional.ofNullable(current().hashes.get(path));
    }

    /** The index key of a group version: {@code api/v1} for the core group, {@code apis/apps/v1} otherwise. */
    public static String path(String group, String version) {
        return group.isEmpty() ? "api/" + version : "apis/" + group + "/" + version;
    }

    private Built current() {
        Built now = built;
        long generation = registry.generation();
        if (now.generation != generation) {
            now = build(generation);
            built = now;
        }
        return now;
    }

    private Built build(long generation) {
        Map<String, MapNode> documents = new LinkedHashMap<>();
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String group : registry.groupNames()) {
            for (String version : registry.versions(group)) {
                MapNode doc = document(registry.resources(group, version));
                documents.put(path(group, version), doc);
                hashes.put(path(group, version), sha512(JsonWriter.write(doc, 0)));
            }
        }
        return new Built(generation, Map.copyOf(documents), java.util.Collections.unmodifiableMap(hashes));
    }

    private MapNode document(List<ApiResource> resources) {
        MapNode.Builder paths = MapNode.builder();
        resources.forEach(r -> OpenApiOperations.addPaths(paths, registry, r));
        MapNode bearer = MapNode.of("type", "apiKey", "description", "Bearer Token authentication",
                "name", "authorization", "in", "header");
        return MapNode.builder()
                .put("openapi", Node.of("3.0.0"))
                .put("info", MapNode.of("title", "Kubernetes", "version", KUBERNETES_VERSION))
                .put("paths", paths.build())
                .put("components", MapNode.of("schemas", OpenApiSchemas.components(registry, resources),
                        "securitySchemes", MapNode.of("BearerToken", bearer)))
                .put("security", Node.from(List.of(MapNode.of("BearerToken", List.of()))))
                .build();
    }

    private static String sha512(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-512").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("the JDK always provides SHA-512", missing);
        }
    }

    private record Built(long generation, Map<String, MapNode> documents, Map<String, String> hashes) {
    }
}
