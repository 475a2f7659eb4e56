package dev.windlass.kube;

import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.engine.cluster.ResourceType;
import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the server's discovery documents. Asks {@code /api} and {@code /apis} for aggregated
 * discovery ({@code APIGroupDiscoveryList}, two requests for the whole cluster, Kubernetes 1.30+)
 * and falls back to the legacy documents (one request per group version) when the server answers
 * with {@code APIVersions}/{@code APIGroupList}. Group versions that fail (an aggregated API that is
 * down) are skipped, as kubectl does.
 */
final class DiscoveryReader {

    /** Aggregated discovery first, legacy JSON as the fallback. */
    static final String ACCEPT = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,"
            + "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json";
    private static final String AGGREGATED_KIND = "APIGroupDiscoveryList";

    private final ApiClient api;
    private final String accept;

    DiscoveryReader(ApiClient api) {
        this(api, true);
    }

    /** A reader that asks for aggregated discovery, or only for the legacy documents. */
    DiscoveryReader(ApiClient api, boolean aggregated) {
        this.api = api;
        this.accept = aggregated ? ACCEPT : ApiClient.JSON;
    }

    /** Every served kind, groups in order, each group's versions preferred first. */
    List<ServedKind> read() throws ClusterException {
        List<ServedKind> out = new ArrayList<>();
        MapNode core = get("/api", accept);
        if (isAggregated(core)) {
            aggregated(core, out);
            aggregated(get("/apis", accept), out);
            return out;
        }
        for (Node version : core.getList("versions").orElse(ListNode.empty()).items()) {
            version.asText().ifPresent(v -> legacyGroupVersion("", v, out));
        }
        MapNode groups = get("/apis", ApiClient.JSON);
        for (Node group : groups.getList("groups").orElse(ListNode.empty()).items()) {
            group.asMap().ifPresent(g -> legacyGroup(g, out));
        }
        return out;
    }

    /** Parses an {@code APIGroupDiscoveryList} into {@code out}. */
    static void aggregated(MapNode list, List<ServedKind> out) {
        for (Node item : list.getList("items").orElse(ListNode.empty()).items()) {
            MapNode group = item.asMap().orElse(MapNode.empty());
            String name = group.getMap("metadata").flatMap(m -> m.getText("name")).orElse("");
            for (Node version : group.getList("versions").orElse(ListNode.empty()).items()) {
                MapNode v = version.asMap().orElse(MapNode.empty());
                String versionName = v.getText("version").orElse("");
                for (Node resource : v.getList("resources").orElse(ListNode.empty()).items()) {
                    resource.asMap().ifPresent(r -> aggregatedResource(name, versionName, r, out));
                }
            }
        }
    }

    /** Parses a legacy {@code APIResourceList} of one group version into {@code out}. */
    static void resourceList(String group, String version, MapNode list, List<ServedKind> out) {
        for (Node entry : list.getList("resources").orElse(ListNode.empty()).items()) {
            MapNode r = entry.asMap().orElse(MapNode.empty());
            String plural = r.getText("name").orElse("");
            String kind = r.getText("kind").orElse("");
            if (plural.isEmpty() || plural.contains("/") || kind.isEmpty()) {
                continue;
            }
            boolean namespaced = r.get("namespaced").map(n -> n.equals(Node.of(true))).orElse(false);
            out.add(new ServedKind(new ResourceType(new GroupVersionKind(group, version, kind), plural, namespaced),
                    verbs(r)));
        }
    }

    private static void aggregatedResource(String group, String version, MapNode r, List<ServedKind> out) {
        String plural = r.getText("resource").orElse("");
        String kind = r.getMap("responseKind").flatMap(k -> k.getText("kind")).orElse("");
        if (plural.isEmpty() || kind.isEmpty()) {
            return;
        }
        boolean namespaced = r.getText("scope").map("Namespaced"::equals).orElse(false);
        out.add(new ServedKind(new ResourceType(new GroupVersionKind(group, version, kind), plural, namespaced),
                verbs(r)));
    }

    private void legacyGroup(MapNode group, List<ServedKind> out) {
        String name = group.getText("name").orElse("");
        Set<String> versions = new LinkedHashSet<>();
        group.getMap("preferredVersion").flatMap(p -> p.getText("version")).ifPresent(versions::add);
        for (Node version : group.getList("versions").orElse(ListNode.empty()).items()) {
            version.asMap().flatMap(v -> v.getText("version")).ifPresent(versions::add);
        }
        versions.forEach(version -> legacyGroupVersion(name, version, out));
    }

    private void legacyGroupVersion(String group, String version, List<ServedKind> out) {
        String path = group.isEmpty() ? "/api/" + version : "/apis/" + group + "/" + version;
        try {
            ApiClient.Answer answer = api.send("discover", where(path), "GET", path, null, null, ApiClient.JSON);
            if (answer.ok()) {
                resourceList(group, version, answer.body(), out);
            }
        } catch (ClusterException unreachable) {
            // kubectl skips a group version whose server does not answer; so do we
        }
    }

    private MapNode get(String path, String accept) throws ClusterException {
        ApiClient.Answer answer = api.send("discover", where(path), "GET", path, null, null, accept);
        if (!answer.ok()) {
            throw Failures.fromStatus("discover", where(path), answer.code(), answer.body());
        }
        return answer.body();
    }

    private static boolean isAggregated(MapNode body) {
        return body.getText("kind").map(AGGREGATED_KIND::equals).orElse(false);
    }

    private static Set<String> verbs(MapNode resource) {
        Set<String> verbs = new LinkedHashSet<>();
        resource.getList("verbs").ifPresent(list -> list.items().forEach(v -> v.asText().ifPresent(verbs::add)));
        return verbs;
    }

    private static ObjectRef where(String path) {
        return new ObjectRef(new GroupVersionKind("", "", "API resources at " + path), "", "");
    }
}
