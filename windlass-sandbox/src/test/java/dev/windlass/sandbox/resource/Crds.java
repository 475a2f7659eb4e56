package dev.windlass.sandbox.resource;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.JsonReader;
import dev.windlass.model.tree.MapNode;

/** CustomResourceDefinition fixtures for registry and validation tests. */
final class Crds {

    /** widgets.example.com: v1 (storage, status, scale, two printer columns) and v1beta1 (served). */
    static final String WIDGETS = """
            {"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
             "metadata": {"name": "widgets.example.com"},
             "spec": {"group": "example.com", "scope": "Namespaced",
              "names": {"plural": "widgets", "kind": "Widget", "shortNames": ["wd"], "categories": ["all"]},
              "versions": [
               {"name": "v1beta1", "served": true, "storage": false,
                "schema": {"openAPIV3Schema": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}}},
               {"name": "v1", "served": true, "storage": true,
                "schema": {"openAPIV3Schema": {"type": "object",
                  "properties": {"spec": {"type": "object", "properties": {"size": {"type": "integer"}}}}}},
                "subresources": {"status": {}, "scale": {"specReplicasPath": ".spec.replicas",
                  "statusReplicasPath": ".status.replicas", "labelSelectorPath": ".status.selector"}},
                "additionalPrinterColumns": [
                  {"name": "Size", "type": "integer", "jsonPath": ".spec.size", "description": "widget size"},
                  {"name": "Age", "type": "date", "jsonPath": ".metadata.creationTimestamp", "priority": 1}]}
              ]}}
            """;

    /** gadgets.example.org: cluster-scoped, one version, explicit singular and listKind. */
    static final String GADGETS = """
            {"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
             "metadata": {"name": "gadgets.example.org"},
             "spec": {"group": "example.org", "scope": "Cluster",
              "names": {"plural": "gadgets", "singular": "gizmo", "kind": "Gadget", "listKind": "GadgetCollection"},
              "versions": [{"name": "v1alpha1", "served": true, "storage": true,
                "schema": {"openAPIV3Schema": {"type": "object"}}}]}}
            """;

    private Crds() {
    }

    static MapNode parse(String json) {
        return JsonReader.create(CodecLimits.DEFAULT).read("crd.json", json).documents().get(0).content()
                .asMap().orElseThrow();
    }

    static MapNode widgets() {
        return parse(WIDGETS);
    }

    static MapNode gadgets() {
        return parse(GADGETS);
    }
}
