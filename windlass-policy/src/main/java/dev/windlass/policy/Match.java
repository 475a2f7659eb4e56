package dev.windlass.policy;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;

/**
  * A constraint's {@code spec.match}, with Gatekeeper's semantics: every matcher that is set must
  * match (kinds, scope, namespaces, excludedNamespaces, labelSelector, namespaceSelector, name).
  * A Namespace object's namespace, for matching, is its own name.
  *
  * @param kinds the kinds entries; empty matches every kind
  * @param scope {@code *} (or anything else), {@code Cluster} or {@code Namespaced}
  * @param namespaceSelector the selector on the object's Namespace, or null
  * @param labelSelector the selector on the object's labels, or null
  * @param name the name glob, or empty for any
  */
record Match(List<KindsEntry> kinds, String scope, List<String> namespaces, List<String> excludedNamespaces,
             LabelSelector labelSelector, LabelSelector namespaceSelector, String name) {

    /** Matches everything. */
    static final Match ALL = new Match(List.of(), "*", List.of(), List.of(), null, null, "");

    Match {
        kinds = List.copyOf(kinds);
        namespaces = List.copyOf(namespaces);
        excludedNamespaces = List.copyOf(excludedNamespaces);
    }

    /** One {@code kinds[]} entry: empty lists and {@code *} match anything. */
    record KindsEntry(List<String> apiGroups, List<String> kinds) {
        KindsEntry {
            apiGroups = List.copyOf(apiGroups);
            kinds = List.copyOf(kinds);
        }

        boolean matches(String group, String kind) {
            boolean kindOk = kinds.isEmpty() || kinds.contains("*") || kinds.contains(kind);
            boolean groupOk = apiGroups.isEmpty() || apiGroups.contains("*") || apiGroups.contains(group);
            return kindOk && groupOk;
        }
    }

    /** Thrown when a namespaceSelector needs a Namespace that is not known. */
    static final class MissingNamespace extends Exception {
        private static final long serialVersionUID = 1L;

        MissingNamespace(String message) {
            super(message);
        }
    }

    static Match parse(MapNode match, Fields fields) throws PolicyException {
        List<KindsEntry> kinds = new ArrayList<>();
        ListNode list = fields.list(match, "kinds", "spec.match.kinds").orElse(ListNode.empty());
        for (int i = 0; i < list.size(); i++) {
            String at = "spec.match.kinds[" + i + "]";
            Node item = list.items().get(i);
            if (!(item instanceof MapNode m)) {
                throw fields.error(at, "must be an object with apiGroups and kinds");
            }
            kinds.add(new KindsEntry(fields.strings(m, "apiGroups", at + ".apiGroups"),
                    fields.strings(m, "kinds", at + ".kinds")));
        }
        LabelSelector labels = selector(match, "labelSelector", fields);
        LabelSelector nsLabels = selector(match, "namespaceSelector", fields);
        return new Match(kinds, fields.text(match, "scope", "spec.match.scope").orElse("*"),
                fields.strings(match, "namespaces", "spec.match.namespaces"),
                fields.strings(match, "excludedNamespaces", "spec.match.excludedNamespaces"),
                labels, nsLabels, fields.text(match, "name", "spec.match.name").orElse(""));
    }

    private static LabelSelector selector(MapNode match, String key, Fields fields) throws PolicyException {
        String field = "spec.match." + key;
        MapNode node = fields.map(match, key, field).orElse(null);
        return node == null ? null : LabelSelector.parse(node, fields, field);
    }

    /**
      * Whether the object matches; {@code ns} is its Namespace object when known.
      *
      * @throws MissingNamespace when a namespaceSelector applies and the Namespace is unknown
      */
    boolean matches(KubeObject object, KubeObject ns) throws MissingNamespace {
        return kindMatches(object) && scopeMatches(object, ns) && namespacesMatch(object, ns)
                && labelsMatch(object) && namespaceSelectorMatches(object, ns)
                && (name.isEmpty() || Wildcard.matches(name, object.name()));
    }

    static boolean isNamespace(KubeObject object) {
        return object.kind().equals("Namespace") && object.gvk().group().isEmpty();
    }

    private boolean kindMatches(KubeObject object) {
        if (kinds.isEmpty()) {
            return true;
        }
        String group = object.gvk().group();
        return kinds.stream().anyMatch(k -> k.matches(group, object.kind()));
    }

    private boolean scopeMatches(KubeObject object, KubeObject ns) {
        boolean hasNamespace = !object.namespace().isEmpty() || ns != null;
        boolean isNs = isNamespace(object);
        if (scope.equals("Cluster")) {
            return isNs || !hasNamespace;
        }
        if (scope.equals("Namespaced")) {
            return !isNs && hasNamespace;
        }
        return true;
    }

    /** The namespace used by namespaces/excludedNamespaces, or null for a cluster-scoped object. */
    private static String matchNamespace(KubeObject object, KubeObject ns) {
        if (isNamespace(object)) {
            return object.name();
        }
        if (ns != null) {
            return ns.name();
        }
        return object.namespace().isEmpty() ? null : object.namespace();
    }

    private boolean namespacesMatch(KubeObject object, KubeObject ns) {
        String namespace = matchNamespace(object, ns);
        if (namespace == null) {
            return true;
        }
        if (!namespaces.isEmpty() && !Wildcard.anyMatches(namespaces, namespace)) {
            return false;
        }
        return !Wildcard.anyMatches(excludedNamespaces, namespace);
    }

    private boolean labelsMatch(KubeObject object) {
        return labelSelector == null || labelSelector.matches(object.labels());
    }

    private boolean namespaceSelectorMatches(KubeObject object, KubeObject ns) throws MissingNamespace {
        if (namespaceSelector == null) {
            return true;
        }
        if (isNamespace(object)) {
            return namespaceSelector.matches(object.labels());
        }
        if (ns == null && object.namespace().isEmpty()) {
            return true;
        }
        if (ns == null) {
            throw new MissingNamespace("namespace selector for namespace-scoped object but missing Namespace "
                    + object.namespace());
        }
        return namespaceSelector.matches(ns.labels());
    }
}
