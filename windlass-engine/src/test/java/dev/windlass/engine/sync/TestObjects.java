package dev.windlass.engine.sync;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small Kubernetes objects for sync tests. */
final class TestObjects {

    private TestObjects() {
    }

    /** An object; {@code annotations} alternate key and value. */
    static KubeObject obj(String apiVersion, String kind, String namespace, String name, String... annotations) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        if (name != null) {
            metadata.put("name", name);
        }
        if (namespace != null && !namespace.isEmpty()) {
            metadata.put("namespace", namespace);
        }
        if (annotations.length > 0) {
            Map<String, Object> notes = new LinkedHashMap<>();
            for (int i = 0; i < annotations.length; i += 2) {
                notes.put(annotations[i], annotations[i + 1]);
            }
            metadata.put("annotations", notes);
        }
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("apiVersion", apiVersion);
        content.put("kind", kind);
        content.put("metadata", metadata);
        return KubeObject.of((MapNode) Node.from(content));
    }

    static KubeObject deployment(String name, String... annotations) {
        return obj("apps/v1", "Deployment", "prod", name, annotations);
    }

    static KubeObject configMap(String name, String... annotations) {
        return obj("v1", "ConfigMap", "prod", name, annotations);
    }

    static KubeObject service(String name, String... annotations) {
        return obj("v1", "Service", "prod", name, annotations);
    }

    static KubeObject namespace(String name, String... annotations) {
        return obj("v1", "Namespace", "", name, annotations);
    }

    static KubeObject job(String name, String... annotations) {
        return obj("batch/v1", "Job", "prod", name, annotations);
    }

    static KubeObject crd(String group, String kind) {
        KubeObject crd = obj("apiextensions.k8s.io/v1", "CustomResourceDefinition", "",
                kind.toLowerCase() + "s." + group);
        return crd.withField(FieldPath.of("spec"), Node.from(Map.of(
                "group", group, "names", Map.of("kind", kind, "plural", kind.toLowerCase() + "s"))));
    }

    static KubeObject hook(String kind, String name, String hookTypes, String... more) {
        String[] annotations = new String[more.length + 2];
        annotations[0] = "argocd.argoproj.io/hook";
        annotations[1] = hookTypes;
        System.arraycopy(more, 0, annotations, 2, more.length);
        return obj("batch/v1", kind, "prod", name, annotations);
    }

    /** {@code kind/name} of each task, in order: the shape most ordering assertions compare. */
    static List<String> order(SyncPlan plan) {
        return plan.tasks().stream().map(t -> t.key().kind() + "/" + t.key().name()).toList();
    }
}
