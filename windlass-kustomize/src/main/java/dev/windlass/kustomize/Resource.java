package dev.windlass.kustomize;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.MapNode;
import java.util.ArrayList;
import java.util.List;

/**
 * An object being built, with every name it has had (kustomize matches {@code replicas} and other
 * references against any of them) and the file it came from.
 */
record Resource(KubeObject object, List<String> names, String file) {

    Resource {
        names = List.copyOf(names);
    }

    static Resource of(KubeObject object, String file) {
        return new Resource(object, List.of(object.name()), file);
    }

    Resource withContent(MapNode content) {
        return new Resource(object.withContent(content), names, file);
    }

    Resource renamed(String name) {
        List<String> all = new ArrayList<>(names);
        if (!all.contains(name)) {
            all.add(name);
        }
        return new Resource(object.withName(name), all, file);
    }

    boolean wasNamed(String name) {
        return names.contains(name);
    }

    /** kustomize's resource id: group, version, kind, namespace and name. */
    String id() {
        String namespace = object.namespace() == null ? "" : object.namespace();
        return object.gvk() + "|" + (namespace.isEmpty() ? "~X" : namespace) + "|" + object.name();
    }
}
