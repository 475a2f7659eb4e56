package dev.windlass.sandbox.discovery;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.JsonReader;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;

/** Parses expected bodies and fixtures written as JSON text. */
final class Json {

    private Json() {
    }

    static Node parse(String json) {
        return JsonReader.create(CodecLimits.DEFAULT).read("expected.json", json).documents().get(0).content();
    }

    static MapNode map(String json) {
        return parse(json).asMap().orElseThrow();
    }

    /** widgets.example.com: v1 (storage, status, scale, a printer column) and v1beta1. */
    static MapNode widgetsCrd() {
        return map("""
                {"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
                 "metadata": {"name": "widgets.example.com"},
                 "spec": {"group": "example.com", "scope": "Namespaced",
                  "names": {"plural": "widgets", "kind": "Widget", "shortNames": ["wd"]},
                  "versions": [
                   {"name": "v1beta1", "served": true, "storage": false,
                    "schema": {"openAPIV3Schema": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}}},
                   {"name": "v1", "served": true, "storage": true,
                    "schema": {"openAPIV3Schema": {"type": "object", "description": "A widget.",
                      "properties": {"spec": {"type": "object", "properties": {"size": {"type": "integer"}}}}}},
                    "subresources": {"status": {}, "scale": {"specReplicasPath": ".spec.replicas",
                      "statusReplicasPath": ".status.replicas"}},
                    "additionalPrinterColumns": [{"name": "Size", "type": "integer", "jsonPath": ".spec.size"}]}
                  ]}}
                """);
    }
}
