package dev.windlass.sandbox.kubectl;

/** YAML manifests the kubectl tests feed to {@code kubectl ... -f -}. */
final class Manifests {

    private Manifests() {
    }

    /** A Deployment of {@code replicas} pods labelled {@code app: <name>} running {@code image}. */
    static String deployment(String namespace, String name, int replicas, String image) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: %1$s
                  namespace: %2$s
                  labels: {app: %1$s}
                spec:
                  replicas: %3$d
                  selector:
                    matchLabels: {app: %1$s}
                  template:
                    metadata:
                      labels: {app: %1$s}
                    spec:
                      containers:
                      - name: %1$s
                        image: %4$s
                """.formatted(name, namespace, replicas, image);
    }

    /** A namespaced CRD {@code widgets.example.com} (kind Widget, short name wg) with a typed spec. */
    static String widgetCrd() {
        return """
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata:
                  name: widgets.example.com
                spec:
                  group: example.com
                  scope: Namespaced
                  names: {kind: Widget, listKind: WidgetList, plural: widgets, singular: widget, shortNames: [wg]}
                  versions:
                  - name: v1
                    served: true
                    storage: true
                    schema:
                      openAPIV3Schema:
                        type: object
                        properties:
                          spec:
                            type: object
                            required: [size]
                            properties:
                              size: {type: integer, minimum: 1}
                              color: {type: string}
                """;
    }

    /** A Widget custom resource. */
    static String widget(String namespace, String name, int size, String color) {
        return """
                apiVersion: example.com/v1
                kind: Widget
                metadata:
                  name: %s
                  namespace: %s
                spec:
                  size: %d
                  color: %s
                """.formatted(name, namespace, size, color);
    }
}
