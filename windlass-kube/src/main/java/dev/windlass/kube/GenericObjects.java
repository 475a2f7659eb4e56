package dev.windlass.kube;

import dev.windlass.engine.cluster.ResourceType;
import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.Map;

/** Converts between fabric8's generic resources (what its informers hold) and {@link KubeObject}. */
final class GenericObjects {

    private final KubernetesSerialization serialization;

    GenericObjects(KubernetesSerialization serialization) {
        this.serialization = serialization;
    }

    /** The fabric8 context that addresses {@code type} without fabric8 running discovery itself. */
    static ResourceDefinitionContext context(ResourceType type) {
        GroupVersionKind gvk = type.gvk();
        return new ResourceDefinitionContext.Builder()
                .withGroup(gvk.group())
                .withVersion(gvk.version())
                .withKind(gvk.kind())
                .withPlural(type.plural())
                .withNamespaced(type.namespaced())
                .build();
    }

    /** {@code resource} as a KubeObject, with apiVersion and kind filled in when the list left them out. */
    KubeObject toKubeObject(GenericKubernetesResource resource, GroupVersionKind gvk) {
        Map<?, ?> plain = serialization.convertValue(resource, Map.class);
        return withTypeMeta((MapNode) Node.from(plain), gvk);
    }

    /** {@code content} as a KubeObject of {@code gvk}; list items come without apiVersion and kind. */
    static KubeObject withTypeMeta(MapNode content, GroupVersionKind gvk) {
        if (content.containsKey("apiVersion") && content.containsKey("kind")) {
            return KubeObject.of(content);
        }
        MapNode.Builder typed = MapNode.builder().put("apiVersion", Node.of(gvk.apiVersion()))
                .put("kind", Node.of(gvk.kind()));
        content.asJavaMap().forEach(typed::putIfAbsent);
        return KubeObject.of(typed.build());
    }
}
