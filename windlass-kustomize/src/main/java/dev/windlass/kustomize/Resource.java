package dev.windlass.kustomize;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.MapNode;
import java.util.ArrayList;
import java.util.List;

/**
 * An object being built, with every name it has had (kustomize matches {@code replicas} and other
 * references against any of them), the file it came from, and the names of the {@code vars}
 * that read from it (tied when the var's kustomization was accumulated, as kustomize does).
 */
record Resource(KubeObject object, List<String> names, String file, List<String> vars) {

    Resource {
        names = List.copyOf(names);
        vars = List.copyOf(vars);
    }

    Resource(KubeObject object, List<String> names, String file) {
        this(object, names, file, List.of());
    }

    static Resource of(KubeObject object, String file) {
        return new Resource(object, List.of(object.name()), file);
    }

    Resource withContent(MapNode content) {
        return new Resource(object.withContent(content), names, file, vars);
    }

    Resource renamed(String name) {
        List<String> all = new ArrayList<>(names);
        if (!all.contains(name)) {
            all.add(name);
        }
        return new Resource(object.withName(name), all, file, vars);
    }

    /** This resource, also read by the var {@code name}. */
    Resource withVar(String name) {
        if (vars.contains(name)) {
            return this;
        }
        List<String> all = new ArrayList<>(vars);
        all.add(name);
        return new Resource(object, names, file, all);
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
