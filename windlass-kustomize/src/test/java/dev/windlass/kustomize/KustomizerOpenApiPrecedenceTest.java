package dev.windlass.kustomize;

import static dev.windlass.kustomize.KustomizeFixtures.built;
import static dev.windlass.kustomize.KustomizeFixtures.files;
import static dev.windlass.kustomize.OpenApiFixtures.DEPLOYMENT;
import static dev.windlass.kustomize.OpenApiFixtures.DEPLOYMENT_PATCH;
import static dev.windlass.kustomize.OpenApiFixtures.MERGED_WIDGET;
import static dev.windlass.kustomize.OpenApiFixtures.SCHEMA_YAML;
import static dev.windlass.kustomize.OpenApiFixtures.WIDGET;
import static dev.windlass.kustomize.OpenApiFixtures.WIDGET_PATCH;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.snapshot.MemorySnapshot;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which kustomization's {@code openapi:} field sets the schema of a build: the top one, else the
 * first base or component that has one, patches applied before that using the built-in schema;
 * each case's expected output is what {@code kubectl kustomize} (v5.5.0) printed for the same files.
 */
class KustomizerOpenApiPrecedenceTest {

    static Stream<Arguments> builds() {
        return Stream.of(
                Arguments.of("customSchemaFromBase_usedByOverlay", MERGED_WIDGET,
                        new String[] {"base/kustomization.yaml", """
                resources: [w.yaml]
                openapi:
                  path: schema.yaml
                """,
                            "base/w.yaml", WIDGET,
                            "base/schema.yaml", SCHEMA_YAML,
                            "kustomization.yaml", "resources: [base]\n" + WIDGET_PATCH}),
                Arguments.of("customSchemaFromOverlay_usedForBaseResources", MERGED_WIDGET,
                        new String[] {"base/kustomization.yaml", "resources: [w.yaml]\n",
                            "base/w.yaml", WIDGET,
                            "schema.yaml", SCHEMA_YAML,
                            "kustomization.yaml", """
                resources: [base]
                openapi:
                  path: schema.yaml
                """ + WIDGET_PATCH}),
                Arguments.of("overlayVersion_winsOverBaseSchema", """
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
                        new String[] {"base/kustomization.yaml", """
                resources: [w.yaml]
                openapi:
                  path: schema.yaml
                """,
                            "base/w.yaml", WIDGET,
                            "base/schema.yaml", SCHEMA_YAML,
                            "kustomization.yaml", """
                resources: [base]
                openapi:
                  version: v1.21.2
                """ + WIDGET_PATCH}),
                Arguments.of("customSchemaFromComponent_usedByOverlay", MERGED_WIDGET,
                        new String[] {"comp/kustomization.yaml", """
                apiVersion: kustomize.config.k8s.io/v1alpha1
                kind: Component
                openapi:
                  path: schema.yaml
                """,
                            "comp/schema.yaml", SCHEMA_YAML,
                            "w.yaml", WIDGET,
                            "kustomization.yaml", """
                resources: [w.yaml]
                components: [comp]
                """ + WIDGET_PATCH}),
                Arguments.of("patchesBeforeSchemaIsSet_useBuiltin", """
                apiVersion: example.com/v1
                kind: Widget
                metadata:
                  name: p-w
                spec:
                  parts:
                  - id: b
                    z: 1
                  - id: a
                    x: 1
                  tags:
                  - x
                  - "y"
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
                        new String[] {"b1/kustomization.yaml", "resources: [w.yaml]\n" + WIDGET_PATCH,
                            "b1/w.yaml", WIDGET,
                            "b2/kustomization.yaml", """
                resources: [w.yaml]
                namePrefix: p-
                openapi:
                  path: schema.yaml
                """,
                            "b2/w.yaml", WIDGET,
                            "b2/schema.yaml", SCHEMA_YAML,
                            "kustomization.yaml", """
                resources: [b1, b2]
                patches:
                - patch: |-
                    apiVersion: example.com/v1
                    kind: Widget
                    metadata: {name: p-w}
                    spec:
                      parts: [{id: b, z: 1}]
                """}),
                Arguments.of("firstBaseVersion_winsOverLaterBaseSchema", """
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
                        new String[] {"b1/kustomization.yaml", """
                resources: [w.yaml]
                openapi:
                  version: v1.21.2
                """,
                            "b1/w.yaml", WIDGET,
                            "b2/kustomization.yaml", """
                resources: [d.yaml]
                openapi:
                  path: schema.yaml
                """,
                            "b2/d.yaml", DEPLOYMENT,
                            "b2/schema.yaml", SCHEMA_YAML,
                            "kustomization.yaml", "resources: [b1, b2]\n" + WIDGET_PATCH + DEPLOYMENT_PATCH}),
                Arguments.of("laterBaseOpenapiErrors_ignoredOnceSet", """
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
                        new String[] {"b1/kustomization.yaml", """
                resources: [w.yaml]
                openapi:
                  version: v1.99
                """,
                            "b1/w.yaml", WIDGET,
                            "b2/kustomization.yaml", """
                resources: [d.yaml]
                openapi:
                  version: v1.21.2
                  path: schema.yaml
                """,
                            "b2/d.yaml", DEPLOYMENT,
                            "b2/schema.yaml", SCHEMA_YAML,
                            "schema.yaml", SCHEMA_YAML,
                            "kustomization.yaml", """
                resources: [b1, b2]
                openapi:
                  path: schema.yaml
                """ + WIDGET_PATCH + DEPLOYMENT_PATCH}),
                Arguments.of("customResourceLoadedBeforeBaseSchema_builtinKindsStillMerge", """
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
                  - id: a
                    x: 1
                  - id: b
                  tags:
                  - x
                  - "y"
                """,
                        new String[] {"kustomization.yaml", """
                resources: [w.yaml, base]
                patches:
                """ + DEPLOYMENT_PATCH,
                            "w.yaml", WIDGET,
                            "base/kustomization.yaml", """
                resources: [d.yaml]
                openapi:
                  path: schema.yaml
                """,
                            "base/d.yaml", DEPLOYMENT,
                            "base/schema.yaml", SCHEMA_YAML}),
                Arguments.of("customResourceInEarlierBase_builtinKindsStillMerge", """
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
                  - id: a
                    x: 1
                  - id: b
                  tags:
                  - x
                  - "y"
                """,
                        new String[] {"kustomization.yaml", """
                resources: [b1, b2]
                patches:
                """ + DEPLOYMENT_PATCH,
                            "b1/kustomization.yaml", "resources: [w.yaml]\n",
                            "b1/w.yaml", WIDGET,
                            "b2/kustomization.yaml", """
                resources: [d.yaml]
                openapi:
                  path: schema.yaml
                """,
                            "b2/d.yaml", DEPLOYMENT,
                            "b2/schema.yaml", SCHEMA_YAML}),
                Arguments.of("customResourceAfterBaseSchema_builtinKindsReplaced", """
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
                        new String[] {"kustomization.yaml", "resources: [b2, b1]\n" + WIDGET_PATCH + DEPLOYMENT_PATCH,
                            "b1/kustomization.yaml", "resources: [w.yaml]\n",
                            "b1/w.yaml", WIDGET,
                            "b2/kustomization.yaml", """
                resources: [d.yaml]
                openapi:
                  path: schema.yaml
                """,
                            "b2/d.yaml", DEPLOYMENT,
                            "b2/schema.yaml", SCHEMA_YAML}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builds")
    void openapi_buildsLikeKustomize(String name, String expected, String[] files) {
        assertThat(KustomizeOutput.yaml(built(files(files), ""))).isEqualTo(expected);
    }

    @Test
    void customSchemaFromRemoteBase_usedByOverlay() {
        MemorySnapshot repository = MemorySnapshot.builder("0123456789abcdef0123456789abcdef01234567")
                .file("base/kustomization.yaml", "resources: [w.yaml]\nopenapi:\n  path: schema.yaml\n")
                .file("base/w.yaml", WIDGET).file("base/schema.yaml", SCHEMA_YAML).build();
        RemoteBases remotes = base -> repository;
        var local = files("kustomization.yaml", "resources: [https://github.com/org/repo//base?ref=v1]\n" + WIDGET_PATCH);

        var built = Kustomizer.build(local, "", KustomizeOptions.defaults().withRemoteBases(remotes));

        assertThat(built.errors()).isEmpty();
        assertThat(KustomizeOutput.yaml(built.value())).isEqualTo(MERGED_WIDGET);
    }
}
