package dev.windlass.kustomize;

/** The files the {@code openapi:} tests build: a custom resource, a Deployment, their patches and a schema for the custom resource. */
final class OpenApiFixtures {

    static final String SCHEMA_YAML = """
            definitions:
              com.example.v1.Widget:
                type: object
                properties:
                  spec:
                    $ref: '#/definitions/com.example.v1.WidgetSpec'
                x-kubernetes-group-version-kind:
                - group: example.com
                  kind: Widget
                  version: v1
              com.example.v1.WidgetSpec:
                type: object
                properties:
                  parts:
                    type: array
                    items:
                      $ref: '#/definitions/com.example.v1.Part'
                    x-kubernetes-patch-merge-key: id
                    x-kubernetes-patch-strategy: merge
                  tags:
                    type: array
                    items: {type: string}
                    x-kubernetes-patch-strategy: merge
                  labelsMap:
                    type: object
                    additionalProperties:
                      $ref: '#/definitions/com.example.v1.Part'
              com.example.v1.Part:
                type: object
                properties:
                  id: {type: string}
                  subs:
                    type: array
                    items: {type: object}
                    x-kubernetes-patch-merge-key: key
                    x-kubernetes-patch-strategy: merge
            """;

    static final String SCHEMA_JSON = """
            {"definitions": {
              "com.example.v1.Widget": {"type": "object", "properties": {"spec": {"$ref": "#/definitions/com.example.v1.WidgetSpec"}}, "x-kubernetes-group-version-kind": [{"group": "example.com", "kind": "Widget", "version": "v1"}]},
              "com.example.v1.WidgetSpec": {"type": "object", "properties": {"parts": {"type": "array", "items": {"$ref": "#/definitions/com.example.v1.Part"}, "x-kubernetes-patch-merge-key": "id", "x-kubernetes-patch-strategy": "merge"}, "tags": {"type": "array", "items": {"type": "string"}, "x-kubernetes-patch-strategy": "merge"}, "labelsMap": {"type": "object", "additionalProperties": {"$ref": "#/definitions/com.example.v1.Part"}}}},
              "com.example.v1.Part": {"type": "object", "properties": {"id": {"type": "string"}, "subs": {"type": "array", "items": {"type": "object"}, "x-kubernetes-patch-merge-key": "key", "x-kubernetes-patch-strategy": "merge"}}}
            }}
            """;

    static final String WIDGET = """
            apiVersion: example.com/v1
            kind: Widget
            metadata:
              name: w
            spec:
              parts:
              - id: a
                x: 1
              - id: b
              tags: [x, y]
            """;

    static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: d
            spec:
              template:
                spec:
                  containers:
                  - name: a
                    image: a
                  - name: b
                    image: b
            """;

    static final String WIDGET_PATCH = """
            patches:
            - patch: |-
                apiVersion: example.com/v1
                kind: Widget
                metadata: {name: w}
                spec:
                  parts: [{id: b, y: 2}, {id: c}]
                  tags: [z, x]
            """;

    static final String DEPLOYMENT_PATCH = """
            - patch: |-
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: d}
                spec:
                  template:
                    spec:
                      containers: [{name: b, image: b2}]
            """;

    static final String MERGED_WIDGET = """
            apiVersion: example.com/v1
            kind: Widget
            metadata:
              name: w
            spec:
              parts:
              - id: b
                "y": 2
              - id: c
              - id: a
                x: 1
              tags:
              - z
              - x
              - "y"
            """;

    private OpenApiFixtures() {
    }
}
