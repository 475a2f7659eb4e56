package dev.windlass.policy;

import dev.windlass.model.KubeObject;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.Value;
import dev.windlass.rego.value.Values;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
  * Replicated cluster objects for referential policies: {@code data.inventory} in Gatekeeper's
  * layout ({@code cluster[groupVersion][kind][name]} and
  * {@code namespace[ns][groupVersion][kind][name]}), with group versions such as {@code v1} and
  * {@code apps/v1}. Immutable.
  */
public final class Inventory {
    private static final Inventory EMPTY = new Inventory(List.of(), ObjectValue.EMPTY);

    private final List<KubeObject> objects;
    private final ObjectValue document;

    private Inventory(List<KubeObject> objects, ObjectValue document) {
        this.objects = objects;
        this.document = document;
    }

    /** No replicated objects. */
    public static Inventory empty() {
        return EMPTY;
    }

    /** An inventory of the given objects; a later object replaces an earlier one with the same place. */
    public static Inventory of(Collection<KubeObject> objects) {
        Map<String, Object> tree = new HashMap<>();
        for (KubeObject object : objects) {
            put(tree, path(object), Fields.toValue(object.content()));
        }
        return new Inventory(List.copyOf(objects), (ObjectValue) Values.fromJava(tree));
    }

    /** A copy with more objects. */
    public Inventory plus(Collection<KubeObject> more) {
        List<KubeObject> all = new ArrayList<>(objects);
        all.addAll(more);
        return of(all);
    }

    /** The objects, in the order given. */
    public List<KubeObject> objects() {
        return objects;
    }

    /** The {@code inventory} document (the value of {@code data.inventory}). */
    public ObjectValue document() {
        return document;
    }

    /** The replicated Namespace of that name, if any (for {@code namespaceSelector}). */
    public Optional<KubeObject> namespace(String name) {
        for (int i = objects.size() - 1; i >= 0; i--) {
            KubeObject o = objects.get(i);
            if (Match.isNamespace(o) && o.name().equals(name)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    static List<String> path(KubeObject object) {
        String gv = object.apiVersion();
        if (object.namespace().isEmpty()) {
            return List.of("cluster", gv, object.kind(), object.name());
        }
        return List.of("namespace", object.namespace(), gv, object.kind(), object.name());
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> tree, List<String> path, Value leaf) {
        Map<String, Object> node = tree;
        for (String key : path.subList(0, path.size() - 1)) {
            Object child = node.get(key);
            if (!(child instanceof Map)) {
                child = new HashMap<String, Object>();
                node.put(key, child);
            }
            node = (Map<String, Object>) child;
        }
        node.put(path.get(path.size() - 1), leaf);
    }

    @Override
    public String toString() {
        return "Inventory" + document;
    }
}
