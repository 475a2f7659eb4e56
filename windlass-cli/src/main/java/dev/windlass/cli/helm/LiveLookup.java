package dev.windlass.cli.helm;

import dev.windlass.gotemplate.GoFunctionException;
import dev.windlass.helm.engine.ClusterLookup;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.JsonReader;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.FloatNode;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Helm's {@code lookup} against a live cluster ({@code helm template --dry-run=server}): one object
 * by name, a list object ({@code items}) when the name is empty, an empty map when nothing is
 * found. Objects arrive as Kubernetes' unstructured JSON does (integers int64, other numbers
 * float64). A kind the cluster does not serve is an error, as in Helm.
 */
final class LiveLookup implements ClusterLookup {

    private static final JsonReader JSON = JsonReader.create(CodecLimits.DEFAULT);

    private final KubernetesClient client;

    LiveLookup(KubernetesClient client) {
        this.client = client;
    }

    @Override
    public Map<String, Object> lookup(String apiVersion, String kind, String namespace, String name)
            throws GoFunctionException {
        try {
            MixedOperation<GenericKubernetesResource, GenericKubernetesResourceList, Resource<GenericKubernetesResource>> op =
                    client.genericKubernetesResources(apiVersion, kind);
            if (name.isEmpty()) {
                GenericKubernetesResourceList list = namespace.isEmpty() ? op.inAnyNamespace().list()
                        : op.inNamespace(namespace).list();
                return toGo(client.getKubernetesSerialization().asJson(list));
            }
            GenericKubernetesResource object = namespace.isEmpty() ? op.withName(name).get()
                    : op.inNamespace(namespace).withName(name).get();
            return object == null ? new LinkedHashMap<>() : toGo(client.getKubernetesSerialization().asJson(object));
        } catch (KubernetesClientException e) {
            if (e.getCode() == 404) {
                return new LinkedHashMap<>();
            }
            throw new GoFunctionException("unable to get apiresource from unstructured: " + apiVersion + ", Kind="
                    + kind + ": " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> toGo(String json) throws GoFunctionException {
        ParsedStream parsed = JSON.read("lookup", json);
        if (parsed.hasErrors() || parsed.documents().isEmpty()) {
            throw new GoFunctionException("cannot read the object the cluster returned");
        }
        Object value = value(parsed.documents().get(0).content());
        return value instanceof Map ? (Map<String, Object>) value : new LinkedHashMap<>();
    }

    private static Object value(Node node) {
        if (node instanceof MapNode) {
            Map<String, Object> map = new LinkedHashMap<>();
            ((MapNode) node).asJavaMap().forEach((key, item) -> map.put(key, value(item)));
            return map;
        }
        if (node instanceof ListNode) {
            List<Object> list = new ArrayList<>();
            ((ListNode) node).items().forEach(item -> list.add(value(item)));
            return list;
        }
        if (node instanceof IntNode) {
            return ((IntNode) node).value();
        }
        if (node instanceof FloatNode) {
            return ((FloatNode) node).value();
        }
        if (node instanceof BoolNode) {
            return ((BoolNode) node).value();
        }
        return node instanceof StringNode ? ((StringNode) node).value() : null;
    }
}
