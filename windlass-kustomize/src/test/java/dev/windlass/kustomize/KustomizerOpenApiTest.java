package dev.windlass.kustomize;

import static dev.windlass.kustomize.KustomizeFixtures.built;
import static dev.windlass.kustomize.KustomizeFixtures.files;
import static dev.windlass.kustomize.OpenApiFixtures.DEPLOYMENT;
import static dev.windlass.kustomize.OpenApiFixtures.DEPLOYMENT_PATCH;
import static dev.windlass.kustomize.OpenApiFixtures.MERGED_WIDGET;
import static dev.windlass.kustomize.OpenApiFixtures.SCHEMA_JSON;
import static dev.windlass.kustomize.OpenApiFixtures.SCHEMA_YAML;
import static dev.windlass.kustomize.OpenApiFixtures.WIDGET;
import static dev.windlass.kustomize.OpenApiFixtures.WIDGET_PATCH;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code openapi:} field with a custom schema file: which lists patches merge (by
 * {@code x-kubernetes-patch-merge-key} or {@code x-kubernetes-list-map-keys}, through {@code $ref}
 * links, per API version) and that the file replaces the built-in schema; each case's expected
 * output is what {@code kubectl kustomize} (v5.5.0) printed for the same files.
 */
class KustomizerOpenApiTest {

    static Stream<Arguments> builds() {
        return Stream.of(
                Arguments.of("customSchema_mergesCustomResourceListsByKey", MERGED_WIDGET,
                        new String[] {"kustomization.yaml", """
                resources: [w.yaml]
                openapi:
                  path: schema.json
                """ + WIDGET_PATCH,
                            "w.yaml", WIDGET,
                            "schema.json", SCHEMA_JSON}),
                Arguments.of("customSchemaYaml_readLikeJson", MERGED_WIDGET,
                        new String[] {"kustomization.yaml", """
                resources: [w.yaml]
                openapi:
                  path: schema.yaml
                """ + WIDGET_PATCH,
                            "w.yaml", WIDGET,
                            "schema.yaml", SCHEMA_YAML}),
                Arguments.of("customSchema_replacesBuiltinSchema", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: d
                spec:
                  template:
                    spec:
                      containers:
                      - image: b2
                        name: b
                """,
                        new String[] {"kustomization.yaml", """
                resources: [d.yaml]
                openapi:
                  path: schema.yaml
                patches:
                """ + DEPLOYMENT_PATCH,
                            "d.yaml", DEPLOYMENT,
                            "schema.yaml", SCHEMA_YAML}),
                Arguments.of("noOpenapi_customResourceListsReplaced", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: d
                spec:
                  template:
                    spec:
                      containers:
                      - image: b2
                        name: b
                      - image: a
                        name: a
                ---
                apiVersion: example.com/v1
                kind: Widget
                metadata:
                  name: w
                spec:
                  parts:
                  - id: b
                    "y": 2
                  - id: c
                  tags:
                  - z
                  - x
                """,
                        new String[] {"kustomization.yaml", "resources: [w.yaml, d.yaml]\n" + WIDGET_PATCH + DEPLOYMENT_PATCH,
                            "w.yaml", WIDGET,
                            "d.yaml", DEPLOYMENT}),
                Arguments.of("builtinVersion_isTheDefault", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: d
                spec:
                  template:
                    spec:
                      containers:
                      - image: b2
                        name: b
                      - image: a
                        name: a
                ---
                apiVersion: example.com/v1
                kind: Widget
                metadata:
                  name: w
                spec:
                  parts:
                  - id: b
                    "y": 2
                  - id: c
                  tags:
                  - z
                  - x
                """,
                        new String[] {"kustomization.yaml", """
                resources: [w.yaml, d.yaml]
                openapi:
                  version: v1.21.2
                """ + WIDGET_PATCH + DEPLOYMENT_PATCH,
                            "w.yaml", WIDGET,
                            "d.yaml", DEPLOYMENT}),
                Arguments.of("componentPatch_usesItsOwnSchema", MERGED_WIDGET,
                        new String[] {"comp/kustomization.yaml", """
                apiVersion: kustomize.config.k8s.io/v1alpha1
                kind: Component
                openapi:
                  path: schema.yaml
                """ + WIDGET_PATCH,
                            "comp/schema.yaml", SCHEMA_YAML,
                            "base/kustomization.yaml", "resources: [w.yaml]\n",
                            "base/w.yaml", WIDGET,
                            "kustomization.yaml", """
                resources: [base]
                components: [comp]
                """}),
                Arguments.of("customSchema_followsRefsAdditionalPropertiesAndVersions", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: d
                spec:
                  template:
                    spec:
                      containers:
                      - image: b2
                        name: b
                ---
                apiVersion: example.com/v1
                kind: Widget
                metadata:
                  name: w
                spec:
                  labelsMap:
                    k:
                      subs:
                      - key: z
                      - key: p
                  parts:
                  - id: b
                    "y": 2
                  - id: a
                    subs:
                    - key: q
                      v: 3
                    - key: r
                    - key: p
                      v: 1
                    x: 1
                  - id: c
                  tags:
                  - z
                  - x
                  - "y"
                ---
                apiVersion: example.com/v2
                kind: Widget
                metadata:
                  name: w2
                spec:
                  parts:
                  - id: b
                    "y": 2
                """,
                        new String[] {"schema.yaml", SCHEMA_YAML,
                            "res.yaml", """
                apiVersion: example.com/v1
                kind: Widget
                metadata:
                  name: w
                spec:
                  parts:
                  - id: a
                    x: 1
                    subs: [{key: p, v: 1}, {key: q, v: 2}]
                  - id: b
                  tags: [x, y]
                  labelsMap:
                    k:
                      subs: [{key: p}]
                ---
                apiVersion: example.com/v2
                kind: Widget
                metadata:
                  name: w2
                spec:
                  parts:
                  - id: a
                  - id: b
                ---
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
                """,
                            "kustomization.yaml", """
                resources: [res.yaml]
                openapi:
                  path: schema.yaml
                patches:
                - patch: |-
                    apiVersion: example.com/v1
                    kind: Widget
                    metadata: {name: w}
                    spec:
                      parts:
                      - id: b
                        y: 2
                      - id: a
                        subs: [{key: q, v: 3}, {key: r}]
                      - id: c
                      tags: [z, x]
                      labelsMap:
                        k:
                          subs: [{key: z}]
                - patch: |-
                    apiVersion: example.com/v2
                    kind: Widget
                    metadata: {name: w2}
                    spec:
                      parts:
                      - id: b
                        y: 2
                - patch: |-
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata: {name: d}
                    spec:
                      template:
                        spec:
                          containers:
                          - name: b
                            image: b2
                """}),
                Arguments.of("customSchema_kindWithTwoApiVersions", """
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
                ---
                apiVersion: v1alpha1
                kind: Widget
                metadata:
                  name: w0
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
                """,
                        new String[] {"kustomization.yaml", """
                resources: [w.yaml, w0.yaml]
                openapi:
                  path: schema.yaml
                """ + WIDGET_PATCH + """
                - patch: |-
                    apiVersion: v1alpha1
                    kind: Widget
                    metadata: {name: w0}
                    spec:
                      parts: [{id: b, y: 2}, {id: c}]
                      tags: [z, x]
                """,
                            "w.yaml", WIDGET,
                            "w0.yaml", """
                apiVersion: v1alpha1
                kind: Widget
                metadata:
                  name: w0
                spec:
                  parts:
                  - id: a
                    x: 1
                  - id: b
                  tags: [x, y]
                """,
                            "schema.yaml", """
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
                    - group: ''
                      kind: Widget
                      version: v1alpha1
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
                """}),
                Arguments.of("customSchema_mergesKeyedListsInsideRefs", """
                apiVersion: apps.example.io/v1
                kind: Runner
                metadata:
                  name: r
                spec:
                  template:
                    spec:
                      containers:
                      - args:
                        - c
                        name: main
                        ports:
                        - containerPort: 443
                          protocol: TCP
                        - containerPort: 80
                          name: http
                          protocol: TCP
                        - containerPort: 80
                          name: h3
                          protocol: UDP
                      - name: side
                      volumes:
                      - configMap:
                          name: c
                        name: v2
                """,
                        new String[] {"kustomization.yaml", """
                resources: [r.yaml]
                openapi:
                  path: schema.json
                patches:
                - target: {kind: Runner}
                  patch: |-
                    apiVersion: apps.example.io/v1
                    kind: Runner
                    metadata: {name: r}
                    spec:
                      template:
                        spec:
                          containers:
                          - name: main
                            args: [c]
                            ports:
                            - {containerPort: 80, protocol: UDP, name: h3}
                            - {containerPort: 443, protocol: TCP}
                          volumes:
                          - name: v2
                            configMap: {name: c}
                          - name: v1
                            $patch: delete
                """,
                            "r.yaml", """
                apiVersion: apps.example.io/v1
                kind: Runner
                metadata:
                  name: r
                spec:
                  template:
                    spec:
                      containers:
                      - name: main
                        args: [a, b]
                        ports:
                        - {containerPort: 80, protocol: TCP, name: http}
                        - {containerPort: 80, protocol: UDP, name: quic}
                      - name: side
                      volumes:
                      - name: v1
                        emptyDir: {}
                """,
                            "schema.json", """
                {"definitions": {
                  "io.example.apps.v1.Runner": {"type": "object", "properties": {"spec": {"$ref": "#/definitions/io.example.apps.v1.RunnerSpec"}}, "x-kubernetes-group-version-kind": [{"group": "apps.example.io", "kind": "Runner", "version": "v1"}]},
                  "io.example.apps.v1.RunnerSpec": {"type": "object", "properties": {"template": {"$ref": "#/definitions/io.k8s.api.core.v1.PodTemplateSpec"}}},
                  "io.k8s.api.core.v1.PodTemplateSpec": {"type": "object", "properties": {"spec": {"$ref": "#/definitions/io.k8s.api.core.v1.PodSpec"}}},
                  "io.k8s.api.core.v1.PodSpec": {"type": "object", "properties": {
                    "containers": {"type": "array", "items": {"$ref": "#/definitions/io.k8s.api.core.v1.Container"}, "x-kubernetes-patch-merge-key": "name", "x-kubernetes-patch-strategy": "merge"},
                    "volumes": {"type": "array", "items": {"type": "object"}, "x-kubernetes-patch-merge-key": "name", "x-kubernetes-patch-strategy": "merge,retainKeys"}}},
                  "io.k8s.api.core.v1.Container": {"type": "object", "properties": {
                    "ports": {"type": "array", "items": {"type": "object"}, "x-kubernetes-list-map-keys": ["containerPort", "protocol"], "x-kubernetes-list-type": "map", "x-kubernetes-patch-merge-key": "containerPort", "x-kubernetes-patch-strategy": "merge"},
                    "args": {"type": "array", "items": {"type": "string"}}}}
                }}
                """}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builds")
    void openapi_buildsLikeKustomize(String name, String expected, String[] files) {
        assertThat(KustomizeOutput.yaml(built(files(files), ""))).isEqualTo(expected);
    }
}
